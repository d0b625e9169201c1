/** Word material for the synthetic coverage generator: our own short lists plus seeded made-up names. */

export const EVENT_TYPES: { noun: string; verbs: string[]; words: string[] }[] = [
  { noun: 'flood', verbs: ['swept through', 'submerged', 'cut off'], words: ['river', 'rain', 'evacuation', 'levee', 'water', 'rescue'] },
  { noun: 'fire', verbs: ['destroyed', 'gutted', 'tore through'], words: ['blaze', 'firefighters', 'smoke', 'warehouse', 'flames', 'arson'] },
  { noun: 'election', verbs: ['was won in', 'was contested in', 'reshaped'], words: ['ballot', 'voters', 'turnout', 'candidate', 'coalition', 'recount'] },
  { noun: 'strike', verbs: ['paralysed', 'shut down', 'disrupted'], words: ['union', 'wages', 'pickets', 'workers', 'negotiations', 'walkout'] },
  { noun: 'earthquake', verbs: ['shook', 'struck', 'rattled'], words: ['magnitude', 'aftershock', 'rubble', 'epicentre', 'tremor', 'collapse'] },
  { noun: 'shooting', verbs: ['shocked', 'terrified', 'stunned'], words: ['gunman', 'police', 'victims', 'suspect', 'weapon', 'hospital'] },
  { noun: 'merger', verbs: ['was announced in', 'was blocked in', 'was approved in'], words: ['shares', 'regulators', 'deal', 'investors', 'takeover', 'board'] },
  { noun: 'ceasefire', verbs: ['was declared in', 'was broken in', 'held in'], words: ['truce', 'troops', 'negotiators', 'shelling', 'border', 'accord'] },
  { noun: 'protest', verbs: ['filled', 'spread across', 'gripped'], words: ['demonstrators', 'march', 'slogans', 'riot', 'square', 'crowd'] },
  { noun: 'trial', verbs: ['opened in', 'collapsed in', 'concluded in'], words: ['jury', 'verdict', 'prosecutors', 'defendant', 'judge', 'testimony'] },
  { noun: 'storm', verbs: ['battered', 'lashed', 'flattened'], words: ['winds', 'gusts', 'outages', 'coast', 'forecasters', 'damage'] },
  { noun: 'outbreak', verbs: ['was reported in', 'spread through', 'alarmed'], words: ['virus', 'cases', 'vaccine', 'clinics', 'quarantine', 'infections'] },
];

export const FILLER = [
  'officials said more details would be released later', 'the situation remained tense throughout the afternoon',
  'residents described a chaotic scene', 'the government promised a full review', 'local media carried live coverage',
  'analysts said the consequences could be felt for months', 'a spokesperson declined to comment further',
  'the mayor called for calm', 'witnesses posted images on social media', 'the opposition demanded answers',
  'emergency services were placed on alert', 'schools in the area stayed closed', 'markets reacted cautiously',
];

export const BOILERPLATE = [
  'Subscribe to our newsletter for the latest updates.', 'Share this article', 'Related Articles', 'Leave a Reply',
  'Your email address will not be published.', '- Advertisement -', 'Read more:', 'Follow us on social media',
];

export const FOLLOW_UP = ['inquiry', 'anniversary', 'compensation', 'investigation', 'memorial', 'rebuilding', 'hearing'];

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'sa', 'dor', 'el', 'tri', 'nu', 'ba', 'ros', 'te', 'an', 'qui', 'zal', 'per', 'go', 'lin', 'ma', 'sk', 'ur', 'fen', 'ha', 'wy', 'cor', 'di', 'ost', 'ven'];

/** A made-up word of `min`..`min`+1 syllables (names use 3+, so two events rarely share one). */
export function madeUp(rand: () => number, min = 2): string {
  const n = min + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

export function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
