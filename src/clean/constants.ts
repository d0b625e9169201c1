/** Named thresholds of the clean stage, each with the reason it has this value. */

/** Readability: minimum characters of an article before it gives up and retries looser (its default is 500; short news briefs exist). */
export const READABILITY_CHAR_THRESHOLD = 400;
/** Readability: stop on pages with more elements than this (guards time on giant pages). */
export const READABILITY_MAX_ELEMS = 60_000;
/** HTML larger than this is cut before parsing: a news page is never this big, and parse time grows with size. */
export const MAX_HTML_CHARS = 3_000_000;
/** Plain text larger than this is cut: keeps line classification linear and bounded. */
export const MAX_TEXT_CHARS = 1_000_000;
/** A cut text ends at the last sentence end within this many characters before the limit (else at a space). */
export const TRUNCATE_BOUNDARY_WINDOW = 20_000;
/** A plain-text line this long with this many words is a paragraph even without a final stop (a page saved as one line, a cut text, a last sentence left open). */
export const LONG_LINE_CHARS = 400;
export const LONG_LINE_WORDS = 50;
/** ...and with at least this many sentence ends inside it (menus run together have none). */
export const LONG_LINE_SENTENCES = 3;
/** A block at most this long may be a caption, credit, byline or prompt line; longer blocks are prose. */
export const SHORT_BLOCK_CHARS = 160;
/** A repeated block at most this long is dropped on its second appearance (captions shown twice). */
export const DUPLICATE_BLOCK_CHARS = 400;
/** Share of a block's text inside links above which a short block is a link list (related links, tags). */
export const LINK_DENSITY_MAX = 0.5;
/** Language detection needs at least this many letters to overrule the page's `lang` attribute. */
export const LANG_MIN_LETTERS = 200;
/** Language detection reads at most this many characters: on the 181 benchmark pages 600–4,000 give the same answers as 20,000, and eld's time grows with length. */
export const LANG_SAMPLE_CHARS = 1_200;
/**
 * English function words other languages hardly write as words (no "in", "is", "was", "to", "at", "by":
 * Dutch, German, Danish, Polish and Tagalog use those). On 24k AEB, ECB+, GVC and synthetic texts they
 * made up none of any non-English opening, and 15–35% of English ones.
 */
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'that', 'with', 'from', 'which', 'said', 'were', 'have', 'has', 'had', 'been', 'this', 'would', 'their', 'after', 'about', 'who', 'are', 'its', 'his', 'they', 'she', 'not', 'but', 'will', 'than', 'when', 'into']);
/** Common English words (the markers too): in English prose one comes every few words, in a clause of another language hardly ever. */
export const ENGLISH_COMMON: ReadonlySet<string> = new Set([...ENGLISH_MARKERS, 'a', 'an', 'in', 'to', 'on', 'for', 'by', 'as', 'is', 'was', 'it', 'he', 'her', 'be', 'or', 'we', 'our', 'you', 'there', 'what', 'can', 'if', 'more', 'new', 'one', 'two', 'over', 'up', 'out', 'all', 'some', 'last', 'first', 'year', 'years', 'could', 'while', 'where', 'before', 'since', 'during', 'other', 'people', 'told', 'says', 'say', 'day', 'them', 'him', 'any', 'only', 'just', 'now', 'then', 'because', 'against', 'between', 'under', 'three', 'should', 'may', 'did', 'does', 'being', 'these', 'those', 'such', 'many', 'how', 'my', 'your', 'off', 'down', 'back', 'still', 'very', 'through', 'percent',
  // News English with no common look-alike in the other Latin-script languages eld knows.
  'according', 'officials', 'government', 'reported', 'called', 'described', 'residents', 'morning', 'evening', 'night', 'around', 'until', 'however', 'several', 'including', 'across', 'again', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'month', 'months', 'city', 'country', 'made', 'make', 'took', 'take', 'get', 'got', 'like', 'well', 'way', 'time', 'near', 'next', 'early', 'today', 'yesterday', 'already', 'among', 'added', 'asked', 'least', 'much', 'each', 'both', 'own', 'few', 'high', 'small', 'good', 'great', 'old', 'young', 'right', 'left', 'closed']);
/** English words other languages write as common words too (Tagalog "at", Danish "at", "i"): they neither break nor end a run of other words. */
export const ENGLISH_SHARED: ReadonlySet<string> = new Set(['at', 'i']);
/** eld reads at most this many characters of what it is given. */
export const ELD_READS_CHARS = 1_000;
/** The English pre-check reads words up to this many letters and spaces: a little more than eld reads (350 bytes after its normalisation), so nothing eld sees goes unchecked. */
export const EN_CHECK_WINDOW_CHARS = 420;
/** ...with no run of more than this many words outside ENGLISH_COMMON (ENGLISH_SHARED ones not counted): a clause of another language anywhere in the window makes one (and eld reads such a mixed window as the other language). */
export const EN_CHECK_MAX_GAP = 5;
/** ...markers making up at least this share of its words. */
export const EN_CHECK_MIN_SHARE = 0.12;
/** ...at least this many words (a short window is left to eld). */
export const EN_CHECK_MIN_WORDS = 30;
/** ...and at most this many letters outside ASCII (a name like "José" passes, any other Latin or non-Latin script does not). */
export const EN_CHECK_MAX_OTHER_LETTERS = 2;
/** Titles are cut to this many characters. */
export const TITLE_MAX_CHARS = 300;
/** A byline longer than this is prose, not a name list. */
export const BYLINE_MAX_CHARS = 120;
/** Most authors kept in a byline: more is usually a sidebar list of staff. */
export const BYLINE_MAX_PEOPLE = 4;
/** Dates before this year are treated as parse mistakes. */
export const MIN_YEAR = 1990;
/** An element with a chrome class (share, caption, byline...) holding more text than this is a mislabelled wrapper and is kept. */
export const CHROME_MAX_CHARS = 600;
/** A plain-text line this long, ending like a sentence, is prose. */
export const PROSE_MIN_CHARS = 70;
/** Body search: a chrome line costs this many characters of prose plus its own length. */
export const CHROME_LINE_PENALTY = 200;
/** Body search: a short non-chrome line costs this share of its length (subheadings are cheap, menus add up). */
export const SHORT_LINE_PENALTY = 1.2;
/** Body search: short-line cost is counted on at most this many characters. */
export const SHORT_LINE_CAP = 60;
/** A short line seen this many times in one document is site chrome (menus, repeated prompts). */
export const REPEAT_MIN = 2;
/** Share of a short line's words that are link-like/widget words above which it is chrome. */
export const CHROME_WORD_SHARE = 0.3;
/** A short in-body line longer than this is kept as a subheading only if it has no sentence end. */
export const HEADING_MAX_CHARS = 120;
/** Lines scanned at the top and bottom of a body for bylines and timestamps. */
export const META_ZONE_LINES = 12;
/** A plain-text headline has at least this many words (shorter lines are section labels). */
export const TITLE_MIN_WORDS = 3;
/** A plain-text headline has at least this many characters ("Menu Search Login" is not one). */
export const TITLE_MIN_CHARS = 15;
/** A plain-text headline has at most this many words; longer lines are standfirsts or prose. */
export const TITLE_MAX_WORDS = 40;
/** Lines at the top of a plain-text page searched for the headline (menus can be long, headlines sit above the body). */
export const TITLE_SCAN_LINES = 400;
/** Pages nested deeper than this (first-child chain) skip Readability, whose scoring is quadratic in depth. */
export const MAX_DOM_DEPTH = 250;
/** A short line repeated this often anywhere is chrome whatever its length. */
export const REPEAT_MANY = 3;
/** A line seen twice is chrome only when it has at most this many words (menu items, prompts). */
export const REPEAT_SHORT_WORDS = 4;
/** A prose-length line with a call-to-action phrase and at least this many link-like words is a banner (cookies, newsletter). */
export const CTA_PROSE_CHROME_WORDS = 2;
/** A long block ending in a photo credit is still a caption up to this length. */
export const CAPTION_MAX_CHARS = 300;
/** A sentence under an image file name is its caption up to this many words; a longer one is the lead. */
export const CAPTION_MAX_WORDS = 25;
/**
 * An item that ends in its source credited in brackets is a sentence of the body from this many words before the credit:
 * an aggregator's items are whole news sentences, a photo caption with its paper's credit ("The two mayors at the gate
 * after the ceremony. (Holmvik Post)") is a short phrase.
 */
export const CREDITED_ITEM_MIN_WORDS = 14;
/** Blocks at each end of the body checked for bare dates (page stamps in any language). */
export const EDGE_BLOCKS = 4;
/** A tail label ("Tags", "Related") cuts the rest only within this last share of the body's characters. */
export const TAIL_SHARE = 0.4;
/** Lines at the top of a plain-text page searched for the site name. */
export const OUTLET_TOP_LINES = 4;
/** A site-name line has at most this many words. */
export const OUTLET_MAX_WORDS = 5;
/** A footer longer than this is a site map, not a copyright line: its names are links, not the owner. */
export const FOOTER_MAX_CHARS = 400;
/** A sentence-like line with a copyright sign up to this long is a site footer, not prose. */
export const COPYRIGHT_MAX_CHARS = 300;
/** A stamp or byline element of a page with more text than this is a wrapper (an author box, a teaser), not a stamp. */
export const STAMP_EL_MAX_CHARS = 80;
/**
 * A bare "meta" element is read as one line of labelled parts ("Station · Broadcast 18/03/2026, 18:00 · Presenter: …"),
 * so it may run as long as a meta line of plain text: its station and presenter names lengthen it, and only its
 * labelled part is taken (see labelledStamp); longer is a teaser or summary block.
 */
export const META_EL_MAX_CHARS = 160;
/** A date line has at most this many words (numbers written without inner spaces); longer is a sentence or a list item. */
export const STAMP_MAX_WORDS = 14;
/** An unlabelled date line is the page's stamp when at most this many other words remain (an author, a place: "Chaim Gartenberg Nov 19, 2019, 7:53pm EST"); more is a citation. */
export const STAMP_MAX_OTHER_WORDS = 4;
/** A short line with a date is a date stamp when at most this many other words remain (a place, a label); more is a list item. */
export const DATE_LINE_MAX_OTHER_WORDS = 1;
/** A dated list item opens with its date: at most this many characters (a bullet, a bracket) before it. */
export const DATED_ITEM_MAX_LEAD = 2;
/** ...and says what happened in at least this many words after it (a stamp has none, or an author). */
export const DATED_ITEM_MIN_WORDS = 2;
/** Dated items in a row that make a list of the article (one alone may be a stamp). */
export const DATED_LIST_MIN_ITEMS = 2;
/** Body search: a short line that reads as a sentence counts for the body at this share of its length (short paragraphs of news prose). */
export const SHORT_SENTENCE_WEIGHT = 0;
/** ...when it has at least this many words. */
export const SHORT_SENTENCE_WORDS = 4;
/** A long in-body line without a sentence end is kept as prose cut short when it has this many words... */
export const UNFINISHED_MIN_WORDS = 15;
/** ...and at least this share of them start in lower case (running prose, not a menu or a headline list). */
export const UNFINISHED_LOWER_SHARE = 0.5;
/** Body search: an earlier run of prose at least this share of the heaviest run's weight is the article (later ones are teasers). */
export const EARLY_RUN_SHARE = 0.8;
/** At most this many widget lines may stand between a page's lead paragraph and the rest of its body. */
export const LEAD_GAP_MAX_LINES = 3;
/** A lead cut off by a widget is taken back only this near the top of the page (in lines). */
export const LEAD_TOP_LINES = 6;
/** A "Related: headline" line has at most this many words (a headline); longer lines starting so are prose. */
export const LABELLED_LINK_MAX_WORDS = 20;
/** A tail label after the last paragraph ("More Great WIRED Stories", "Weitere Beiträge zum Thema") has at most this many words. */
export const TAIL_LABEL_MAX_WORDS = 6;
/** A tail label with more than this share of the body's prose after it is an inline insert ("Read More" + a link), not the start of the tail. */
export const TAIL_AFTER_MAX_SHARE = 0.15;
/** A "X contributed to this report" line has at most this many words (a list of agency writers); longer lines are prose. */
export const CONTRIBUTORS_MAX_WORDS = 40;
/** A block among the last ones with a call to action (subscribe, click here) up to this long is a promo box, not the article's last paragraph. */
export const PROMO_MAX_CHARS = 300;
/** A short block with at least this share of its text inside links, and no sentence end, is a link (a related headline), wherever it stands. */
export const WHOLE_LINK_SHARE = 0.9;
/** A line in capitals with at least this many words and no sentence end is a promo or related-headline link ("CLICK HERE TO GET THE APP"); shorter ones are kickers or subheadings. */
export const SHOUTING_MIN_WORDS = 8;
/** A block starting like a prompt ("Share", "Comments", "Email") that is a sentence of more than this many words is prose, unless it speaks for the site. */
export const PROMPT_MAX_WORDS = 6;
/** Text whose wrap width is above this is not hard-wrapped (dumps wrap at 72–80 columns; scraped one-paragraph lines are longer). */
export const WRAP_MAX_WIDTH = 120;
/** The wrap width is this quantile of the lengths of lines followed by another line (a few long URLs may overrun it). */
export const WRAP_WIDTH_QUANTILE = 0.95;
/** Text is hard-wrapped when at least this many lines, ... */
export const WRAP_MIN_LINES = 5;
/** ...and at least this share of lines followed by another line, end where the next word would not have fit. */
export const WRAP_MIN_SHARE = 0.3;
/** ...and at least this share of those end mid-sentence (one paragraph per line of similar length ends in full stops). */
export const WRAP_MIN_SHARE_MID_SENTENCE = 0.5;
/** A wrapped dump has no line much longer than its width: past this share of such lines, the short adjacent lines are chrome, not wrapping. */
export const WRAP_MAX_SHARE_OVERLONG = 0.1;
/** A line this many times the wrap width is "much longer" than it: a paragraph that was never wrapped. */
export const WRAP_OVERLONG_FACTOR = 1.5;
/** A comment-section label ends the body once this share of the body's prose lies before it (comments may outweigh the article). */
export const COMMENTS_MIN_SHARE = 0.2;
/** A notice line (machine translation, cookie consent, a blog's "posted on" footer) is at most this long; longer lines are article prose (cookie policies run long). */
export const NOTICE_MAX_CHARS = 600;
/** A line with an e-mail address and at most this many words is a contact prompt ("Have your say: email letters@…"). */
export const CONTACT_MAX_WORDS = 12;
/** An ad framed by "SPONSORED" … "END SPONSORED" labels spans at most this many lines between them. */
export const AD_MAX_LINES = 4;
/** A sign-off line in capitals after the last paragraph has at most this many words ("CROSSLINE", "AP", "REUTERS NEWS"). */
export const SIGNOFF_MAX_WORDS = 3;
/** A digest's bulleted items (each a sentence without its full stop) are body when at least this many run together… */
export const DIGEST_MIN_ITEMS = 3;
/** …each of at least this many words (a menu's or teaser list's items are shorter). */
export const DIGEST_ITEM_MIN_WORDS = 8;
