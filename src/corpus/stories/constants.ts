/** Thresholds for online story clustering and storylines. */

/** Title words count this many times: a headline names the event more densely than the body. */
export const TITLE_WEIGHT = 3;
/** Named entities (or capitalised names when analysis has none yet) weigh this much more than plain words. */
export const ENTITY_WEIGHT = 2;
/** Words read per document for vocabulary: the lead carries the event; long tails add noise and cost. */
export const MAX_WORDS_FOR_TERMS = 600;
/** Terms kept per document vector (highest tf-idf): enough to describe an event, small enough to be fast. */
export const TERMS_PER_DOC = 48;
/** Terms kept per story centroid: a few more than a document so the story's variety survives. */
export const CENTROID_TERMS = 96;
/** Shortest word used as a vocabulary term; shorter ones are mostly function words. */
export const MIN_TERM_LENGTH = 3;
/** Candidate stories looked up through each of a document's top terms (most recent postings first). */
export const POSTINGS_SCAN = 48;
/** Document terms used to look up candidate stories (its highest-weighted ones). */
export const LOOKUP_TERMS = 12;
/** A document joins the best story when its score (average cosine to the story's members, see LINKAGE) reaches this. */
export const JOIN_MIN_SCORE = 0.14;
/** Days between a document and a story's date range beyond which it cannot join: later coverage is a new story (maybe the same storyline). */
export const MAX_GAP_DAYS = 7;
/** Score lost per day of distance inside the gap window (same event reported a few days later still joins). */
export const DAY_DECAY = 0.03;
/** Score factor when the document's year and the story's year are both known and differ. */
export const YEAR_MISMATCH_FACTOR = 0.55;
/**
 * Centroid cosine (ignoring dates) at which a new story is linked to an earlier one as the same storyline: demo and dev2
 * follow-ups (an arrest, a cargo ship) sit at 0.19–0.27, GVC dev's unrelated shootings and dev2's levee breach below.
 * 0.18 is the lowest value at which ECB+ storylines keep their precision (0.16 links other topics' events: P .998 → .986).
 */
export const STORYLINE_MIN_SCORE = 0.18;
/** Years outside this range are not read as years (phone numbers, counts). */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
/** Label words taken from a story's top terms when a title is generated. */
export const LABEL_TERMS = 4;
/** Longest capitalised run taken as one name. */
export const MAX_NAME_WORDS = 4;
export const MS_PER_DAY = 86_400_000;
/** Member headlines kept per story as candidates for its representative title. */
export const TITLE_CANDIDATES = 8;
/** Stories opened in one batch merge into each other (or one earlier story) at this centroid score: average-linkage repair of greedy single-pass choices. */
export const STORY_MERGE_MIN = 0.1;
/**
 * Days between two small stories (a side too small for the split check) from which they merge only at JOIN_MIN_SCORE,
 * not STORY_MERGE_MIN: one event's coverage runs over its day and the next one or two (dev2's follow-up two days on
 * merges at 0.13); pages three or more days later that no member would have joined are a later event of the storyline
 * sharing its cast of names (dev8's release and homecoming, 0.11–0.12).
 */
export const LATER_EVENT_DAYS = 3;
/** Centroid terms used to look up merge candidates for a story. */
export const MERGE_LOOKUP_TERMS = 16;
/** Candidate stories scored in full per document: those sharing the most lookup terms (the rest cannot win). */
export const MAX_CANDIDATES = 12;
/** Pseudo-documents added to the idf denominator's corpus: keeps shared names meaningful in a small corpus. */
export const IDF_PRIOR_DOCS = 100;
/** Weight of a month-day mention ("May 3") as a term: reports of one event repeat its day. */
export const DATE_TERM_WEIGHT = 2;
/** Characters of title and text searched for a dateline ("Updated: July 7, 2012"), whose year is the document's year when no publish date came with it. */
export const LEAD_DATE_CHARS = 240;
/** Linkage between centroid cosine (0) and average member cosine (1): 1 stops a big story from absorbing near-miss events. */
export const LINKAGE = 1;
/** Weight of words and names in a background sentence (another time: "last year", an earlier year): an old event mentioned in passing. */
export const BACKGROUND_WEIGHT = 0.25;
/** A document or story joins a story only when its linkage reaches this share of the story's own average member cosine: near-miss events (same people, another year) are looser than a story's members. */
export const COHESION_RATIO = 0.6;
/** Batch reassignment moves a document when another story scores this much more than its own (without it). */
export const REASSIGN_MARGIN = 0.02;
/** Reassignment passes over a batch at most (stops early when nothing moves): more measured no better on ECB+ (0.890 vs 0.896). */
export const REASSIGN_PASSES = 1;
/** A document scoring this much with its own story is not looked at again (saves the main thread a candidate search). */
export const REASSIGN_SKIP = 0.3;
/** Smallest side a story is split into: nearest-neighbour evidence needs a few members per side. */
export const SPLIT_MIN_MEMBERS = 3;
/** Nearest fellow members looked at per member in the split check. */
export const SPLIT_NEIGHBOURS = 3;
/** Share of nearest fellow members on the own side at which two sides are two events: in the gap between ECB+ dev single events cut in two (up to 0.94, two outliers) and event pairs (0.97 and up, three hard pairs at 0.81–0.86). */
export const SPLIT_PURITY = 0.95;
/** A split also needs the sides looser to each other than this share of the looser side's own average cosine: one event's tight sub-groups (wire copies against rewrites; synthetic events 0.92–0.99) are nearly as close across as inside, two events are not (ECB+ dev splits 0.40–0.77). */
export const SPLIT_MAX_CROSS = 0.85;
/** Power-iteration rounds for the splitting eigenvector (a sweep cut needs only its rough shape). */
export const SPLIT_EIGEN_ROUNDS = 60;
/** Largest group the split check looks at (its cost grows with the square of the size). */
export const SPLIT_MAX_MEMBERS = 200;
/** Most stories one batch story is split into (bounds the work; three events opened as one is rare). */
export const SPLIT_MAX_PARTS = 4;
