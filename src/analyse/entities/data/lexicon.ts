/**
 * Word lists written by us for Triangulate: honorifics, titles, and the head words that type a
 * capitalised name as an organisation or a place. Lower-case; matched word by word.
 */

/** Honorifics before a person's name, with the gender they signal (null: none). */
export const HONORIFICS: Readonly<Record<string, 'female' | 'male' | null>> = {
  mr: 'male', mister: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female',
  madam: 'female', madame: 'female', dame: 'female', lady: 'female', dr: null, prof: null, professor: null,
  rev: null, reverend: null, doctor: null, sheikh: 'male', herr: 'male', frau: 'female', monsieur: 'male', mme: 'female',
};

/** Head nouns of roles and titles ("Foreign Minister", "the ministry spokeswoman"). */
/** Nouns ending a compound office before a name, no role alone ("harbour master Quillane", "station master"). */
export const OFFICE_TAILS: ReadonlySet<string> = new Set(['master']);
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'chancellor', 'minister', 'secretary', 'premier', 'king', 'queen',
  'prince', 'princess', 'emperor', 'pope', 'senator', 'congressman', 'congresswoman', 'governor',
  'mayor', 'ambassador', 'envoy', 'general', 'admiral', 'colonel', 'commander', 'chief', 'captain',
  // a prefect governs a district or department (France, Italy, Greece, …) as a governor does
  'prefect',
  'lieutenant', 'major', 'sergeant', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'director', 'head', 'leader', 'ceo', 'founder', 'judge',
  'justice', 'prosecutor', 'attorney', 'lawmaker', 'deputy', 'mp', 'mep', 'councillor', 'councilor',
  'speaker', 'dictator', 'ayatollah', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam',
  'coach', 'manager', 'actor', 'actress', 'singer', 'analyst', 'economist', 'official', 'diplomat',
  'negotiator', 'adviser', 'advisor', 'professor', 'researcher', 'spokesperson', 'sheriff', 'inspector',
  'executive', 'counterpart', 'host', 'officer', 'policeman', 'policewoman', 'representative', 'lawyer',
  'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'brig', 'cmdr', 'adm', 'cpl', 'pvt', 'lieut', 'supt', 'insp', 'superintendent', 'commissioner', 'inspector-general', 'secretary-general', 'director-general',
]);

/** Words that may stand before a role head inside a title ("Deputy Foreign Minister"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'prime', 'defence', 'defense', 'interior', 'finance', 'economy', 'economic', 'health',
  'justice', 'trade', 'energy', 'deputy', 'vice', 'former', 'acting', 'interim', 'chief', 'supreme',
  'senior', 'junior', 'state', 'home', 'ministry', 'government', 'party', 'army', 'military', 'navy',
  'police', 'executive', 'general', 'lieutenant', 'attorney', 'secretary', 'national', 'security',
  'white', 'house', 'kremlin', 'pentagon', 'opposition', 'agriculture', 'education', 'environment',
  'transport', 'culture', 'labour', 'labor', 'treasury', 'federal', 'top', 'new', 'outgoing',
  'incoming', 'presidential', 'press', 'fleet', 'regional', 'district', 'u.n.', 'un', 'eu', 'nato',
  'crown', 'grand', 'first', 'lady', 'minority', 'majority', 'senate', 'communications', 'joint',
  'staff', 'of', 'the', 'for', 'affairs', 'defence', 'nuclear', 'space', 'agency', 'company',
]);

/** Female and male role nouns: a gender cue when tied to a person. */
export const FEMALE_ROLES: ReadonlySet<string> = new Set([
  'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'actress', 'queen', 'princess',
  'empress', 'duchess', 'countess', 'sister', 'mother', 'wife', 'daughter', 'woman', 'girl',
]);
export const MALE_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'chairman', 'congressman', 'businessman', 'actor', 'king', 'prince', 'emperor',
  'duke', 'count', 'brother', 'father', 'husband', 'son', 'man', 'boy', 'pope',
]);

/** Last words that make a capitalised name an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'government', 'administration', 'cabinet',
  'parliament', 'congress', 'senate', 'assembly', 'duma', 'bundestag', 'council', 'commission',
  'committee', 'court', 'tribunal', 'army', 'navy', 'forces', 'force', 'guard', 'corps', 'command',
  'police', 'service', 'services', 'party', 'union', 'alliance', 'front', 'movement', 'bank',
  'fund', 'institute', 'institution', 'foundation', 'center', 'centre', 'university', 'college',
  'school', 'association', 'federation', 'organization', 'organisation', 'group', 'corporation',
  'company', 'inc', 'ltd', 'llc', 'plc', 'co', 'corp', 'holdings', 'industries', 'airlines',
  'observer', 'courier', 'daily', 'weekly', 'chronicle', 'ledger', 'monitor', 'review', 'express',
  'today', 'vestnik', 'wire', 'line', 'lines', 'shipping', 'airline', 'times', 'post', 'news', 'press', 'herald', 'journal', 'tribune', 'telegraph', 'guardian',
  'gazette', 'television', 'tv', 'radio', 'broadcasting', 'network', 'agence', 'board', 'bureau',
  'authority', 'club', 'society', 'church', 'brigade', 'battalion', 'regiment', 'division',
  'secretariat', 'directorate', 'survey', 'patrol', 'coastguard', 'constabulary', 'gendarmerie', 'regulator', 'motors', 'airways', 'systems', 'technologies', 'media', 'inspectorate', 'prosecutor\'s', 'watchdog', 'coalition',
  // company forms of general news (drug makers, food firms, labs, utilities, insurers)
  'pharma', 'pharmaceuticals', 'laboratories', 'labs', 'foods', 'telecom', 'insurance', 'partners', 'railways', 'utilities', 'fisheries',
  // plane makers ('Velkor Aerospace')
  'aerospace',
  // the paper or wire noun closing an outlet's name ('Brightvale Newswire', 'Kessmoor Sentinel'): no one's surname
  'newswire', 'digest', 'beacon', 'sentinel', 'courant', 'notebook', 'bulletin', 'dispatch', 'examiner', 'inquirer', 'enquirer',
  'advertiser', 'mail', 'standard', 'newsletter',
  // institutions that treat the sick: a body with a director, staff and a budget that acts and speaks, not a spot on the map
  // ("Orsby General Hospital said …", "Kelmoor Royal Infirmary")
  'hospital', 'infirmary', 'clinic', 'hospice',
  // a museum is a body that holds, lends and insures collections and has a director and a board, as news tells it
  'museum',
]);

/**
 * Trade nouns that close a firm's name written in capitals alone ('Fenstock Cement', 'Corvath Ferries', 'Quellmar Water'):
 * no one's surname, yet also plain nouns, so "the Union of the Cement …" of a machine translation is not one.
 */
export const TRADE_HEADS: ReadonlySet<string> = new Set([
  'cement', 'ferries', 'terminals', 'hydro', 'water', 'security', 'steel', 'energy', 'mining', 'logistics', 'chemicals', 'air',
  // firms of carriage and the yards ('Tamsk Salvage', 'Dravick Haulage', 'Ullsen Towage'): trade nouns, never surnames
  'salvage', 'haulage', 'towage', 'freight', 'tankers', 'coaches', 'recycling', 'roofing', 'tunnelling', 'trackworks',
]);

/** First words that make a capitalised name an organisation ("Ministry of Defence"). */
export const ORG_STARTS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'bank', 'university', 'institute', 'office', 'council', 'court',
  'agence', 'organization', 'organisation', 'federation', 'union', 'league', 'house', 'committee',
  // a station named by its medium first ("Radio Kestrel"): no one's given name
  'radio',
]);

/**
 * Place heads that are also plain nouns a translation capitalises inside a phrase ("the Mouth of the Tunnel"): they type a
 * name only when every word of it is capitalised. A pit's workings and the bores through a hill are sites, whoever runs
 * them ("the Oskenby Colliery", "Tunnel Ardlomb").
 */
export const SITE_HEADS: ReadonlySet<string> = new Set(['colliery', 'quarry', 'tunnel']);

/** Last words that make a capitalised name a place. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'channel', 'river', 'lake', 'island',
  'islands', 'peninsula', 'mountains', 'mountain', 'mount', 'valley', 'desert', 'province',
  'region', 'oblast', 'state', 'county', 'district', 'city', 'town', 'village', 'square', 'street',
  'avenue', 'airport', 'port', 'harbour', 'harbor', 'shipyard', 'cosmodrome', 'spaceport',
  'base', 'station', 'plant', 'bridge', 'border', 'coast', 'strip', 'bank', 'heights', 'canal',
  'launch', 'site', 'facility', 'reactor', 'dam', 'prison', 'stadium', 'palace',
  'embassy', 'territory', 'territories', 'republic', 'kingdom', 'emirate', 'crossing', 'pass',
  'quay', 'wharf', 'pier', 'memorial', 'cemetery', 'park', 'gardens', 'cathedral', 'terminal',
  // open land named for what it is: "Orlin Meadow" ("... Fields" is as often a festival's name; "Hill", "Heath", "Woods" surnames)
  'meadow', 'meadows',
  ...SITE_HEADS,
]);

/** First words that make a capitalised name a place ("Gulf of Aden", "Lake Geneva"). */
export const PLACE_STARTS: ReadonlySet<string> = new Set([
  'gulf', 'sea', 'strait', 'lake', 'mount', 'bay', 'port', 'cape', 'isle', 'fort', 'camp',
  'republic', 'kingdom', 'principality', 'commonwealth', 'emirate', 'sultanate', 'colliery', 'tunnel',
]);

/** Organisations named without a head word that news text cites constantly. */
export const KNOWN_ORGS: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'TASS', 'Xinhua', 'Yonhap',
  'Kyodo', 'Interfax', 'RIA Novosti', 'dpa', 'ANSA', 'EFE', 'Bloomberg', 'BBC', 'CNN', 'Al Jazeera',
  'United Nations', 'UN', 'U.N.', 'NATO', 'European Union', 'EU', 'Kremlin', 'Pentagon',
  'White House', 'Downing Street', 'Elysee', 'Hamas', 'Hezbollah', 'Taliban', 'IAEA', 'OPEC', 'IMF',
  'World Bank', 'Interpol', 'Europol', 'Frontex', 'Red Cross', 'Amnesty International',
  'Human Rights Watch', 'Greenpeace', 'Gazprom', 'Rosatom', 'Roscosmos', 'NASA', 'ESA', 'FBI', 'CIA',
  'KGB', 'FSB', 'GRU', 'MI6', 'MI5', 'Mossad', 'G7', 'G20', 'ASEAN', 'OSCE', 'WHO', 'WTO',
];

/** Lower-case words never taken as names on their own (sentence-initial capitals, months, days). */
export const STOP_CAPS: ReadonlySet<string> = new Set([
  'neighbouring', 'neighboring', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'or', 'if', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'as',
  'after', 'before', 'when', 'while', 'his', 'her', 'their', 'our', 'its', 'my', 'there', 'here',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'read', 'more', 'also', 'photo', 'image',
  'however', 'meanwhile', 'according', 'although', 'yet', 'so', 'then', 'what', 'who', 'why',
  'how', 'where', 'which', 'some', 'many', 'all', 'one', 'two', 'no', 'not', 'last', 'next',
  'today', 'yesterday', 'tomorrow', 'earlier', 'later', 'now', 'since', 'during', 'under',
  'every', 'each', 'any', 'both',
]);

/** Feasts and seasons of the calendar, with their eves and days ("New Year's Eve"): times, not entities. */
export const CALENDAR_NAMES = /^(?:New[ \u00A0]+Year|Christmas|Easter|Whitsun|Pentecost|Lent|Advent|Ramadan|Eid|Hanukkah|Diwali|Passover|Thanksgiving)(?:['’]s)?(?:[ \u00A0]+(?:Eve|Day))?$/u;

/** Last words that make a capitalised name an "other" entity: agreements and laws; competitions and festivals ("the Harlow Winter Cup"), no person's name. */
export const OTHER_HEADS: ReadonlySet<string> = new Set([
  'accord', 'accords', 'treaty', 'agreement', 'pact', 'convention', 'protocol', 'act', 'charter', 'declaration', 'doctrine',
  'cup', 'trophy', 'championship', 'championships', 'tournament', 'festival', 'marathon', 'regatta',
]);

/** Lower-case nouns right before a capitalised name that make it a vessel ("the cutter Ardent"). */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'cutter', 'frigate', 'tanker', 'freighter', 'carrier', 'boat', 'destroyer',
  'submarine', 'trawler', 'corvette', 'cruiser', 'yacht', 'ferry', 'liner',
]);

/** Lower-case facility nouns that turn a preceding place name into a facility ("Calvero shipyard"). */
export const FACILITY_TAILS: ReadonlySet<string> = new Set([
  'shipyard', 'airport', 'cosmodrome', 'spaceport', 'dockyard', 'naval base', 'air base',
  'town hall', 'city hall', 'launch site', 'nuclear plant', 'power plant', 'power station', 'refinery', 'prison',
  'district', 'province', 'county', 'valley', 'pass', 'sports hall', 'fire station', 'police station',
]);

/** Lower-case institution nouns that make a nationality word plus the noun an organisation ("Talvari coast guard"). */
export const ORG_TAILS: ReadonlySet<string> = new Set([
  'coast guard', 'border guard', 'air force', 'armed forces', 'navy', 'army', 'military', 'government', 'parliament',
  'police', 'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'cabinet', 'embassy',
]);

/** Offices named by what they are rather than by title: the role words a holder's own title may use instead. */
export const OFFICES: Readonly<Record<string, readonly string[]>> = {
  'head of state': ['president', 'king', 'queen', 'monarch', 'emir', 'sultan', 'emperor'],
  'head of government': ['premier', 'chancellor', 'prime'],
};

/** Head nouns of an apposition that make the name before it an organisation ("Velta Hydro, a private company that …"). */
export const ORG_APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'operator', 'utility', 'corporation', 'conglomerate', 'group', 'bank', 'agency', 'ministry', 'party',
  'union', 'broadcaster', 'newspaper', 'publisher', 'charity', 'manufacturer', 'maker', 'contractor', 'subsidiary', 'insurer',
  'lender', 'organisation', 'organization', 'association', 'foundation', 'institute', 'board', 'authority', 'commission',
  'committee', 'watchdog', 'regulator', 'owner', 'developer', 'supplier', 'retailer', 'airline', 'club',
]);

/** What only an organisation has, after a possessive name ("Velta Hydro's board", "X's headquarters"). */
export const ORG_POSSESSIONS = /^['’]s?[ \u00A0]+(?:board|shareholders|headquarters|offices|chief executive|managing director|finance director|employees|subsidiary|licence|license|share price|annual report)\b/u;

/**
 * What only a country or another governed place has, after its name: its state's offices and its people ("Varnia's
 * foreign minister", "Varnia's government", "four Varnia nationals"), and its towns ("Varnia's second city": a company
 * has no cities). (No "president" or "capital": companies have them.)
 */
export const PLACE_POSSESSIONS = /^(?:['’]s?[ \u00A0]+(?:foreign minister|prime minister|interior minister|defence minister|defense minister|foreign ministry|interior ministry|government|parliament|armed forces|army|navy|embassy|citizens|nationals|(?:(?:second|third|largest|biggest|main|oldest|capital)[ \u00A0]+)?(?:city|cities|towns?|provinces?|regions?))|[ \u00A0]+(?:nationals|citizens))\b/u;

/** The same before the name, with "of" ("the governments of Varnia and ...", "four Citizens of Varnia" in machine translation). */
export const PLACE_OWNED_BEFORE = /(?:^|[^\p{L}])(?:foreign minister|prime minister|interior minister|foreign ministry|interior ministry|foreign affairs|governments?|parliament|armed forces|embassy|citizens?|nationals?)[ \u00A0]+of[ \u00A0]+$/iu;

/** A generic organisation noun opening a capitalised run in machine translation ("the Company Velta Hydro"). */
export const ORG_LEAD_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'concern', 'enterprise', 'operator', 'manufacturer', 'maker', 'carrier', 'airline', 'producer', 'contractor', 'supplier']);

/** Lower-case nouns right after a name of two words or more that make it an organisation ("the Civic Renewal party"). */
export const ORG_NAME_TAILS: ReadonlySet<string> = new Set(['party', 'movement', 'alliance', 'coalition', 'company', 'firm', 'group', 'bank', 'agency', 'foundation', 'cell', 'faction', 'militia']);

/** Lower-case nouns right before a name that make it an organisation ("the private company Velta Hydro", "the state-owned utility Lusvatn"). */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set(['company', 'firm', 'utility', 'operator', 'corporation', 'conglomerate', 'broadcaster', 'newspaper', 'insurer', 'lender', 'bank', 'charity', 'party', 'watchdog', 'regulator']);
