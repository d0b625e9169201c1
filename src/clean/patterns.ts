/**
 * One date-like part of a line, shared by `dateish` (is there one) and `dateishAll` (every one). An English month may
 * follow its day with the dot German and Slavic writers (and their machine translations) put there: "Saturday, 4. April 2026".
 */
const DATEISH_SOURCE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d{2,4}\b|\b\d{4}-\d{2}-\d{2}(?:\b|(?=T\d))|\b(?:19|20)\d{2}[/.]\d{1,2}[/.]\d{1,2}\b|\b\d{1,2} ?[/.] ?\d{1,2} ?[/.] ?\d{2,4}\b|\b(?:19|20)\d{2} - \d{2} - \d{2}\b|\b\d{1,2}\.?\s+(?:de\s+)?(?:januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|maret|mei|augustus|agustus|desember|augusti|maj|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?,?\s+(?:de\s+)?(?:19|20)\d{2}\b|\b(?:januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|maret|mei|augustus|agustus|desember|augusti|maj)\s+\d{1,2},?\s+(?:19|20)\d{2}\b/.source;

/** Every regex of the clean stage, built once. */
export const PATTERNS = {
  /**
   * One class or id token that names page chrome: the chrome word, optionally after a short prefix
   * ("article__", "c-", "js-") and before a widget suffix ("-bar", "-tools", "-list").
   */
  chromeToken: /^(?:[a-z0-9]{1,12}(?:__|--|-|_))?(?:share|sharing|social|shares|sharebar|related|recommend(?:ed|ations)?|newsletter|subscribe|subscription|signup|promo|outbrain|taboola|comments?|disqus|cookie|consent|gdpr|breadcrumbs?|byline|bylines|author|authors|dateline|timestamp|pubdate|caption|captions|credit|credits|figcaption|tags|keywords|advert|advertisement|ad|ads|sponsor(?:ed)?|readmore|read-more|more-stories|toolbar|popup|modal|visually-hidden|sr-only|print-only|inline-related|article-meta|post-meta|entry-meta|meta-data)(?:s|(?:__|--|-|_)(?:bar|box|tools|buttons?|links?|list|container|wrapper|wrap|module|widget|block|section|inline|icons?|text|name|info|area|slot|unit|placeholder|label))?$/i,
  /** Whole short blocks that are prompts or site chrome. */
  promptLine: /^[\s\-–—*•|]*(?:advertisement|ad|sponsored|related(?: articles| stories| coverage| content)?|read more|more from|more on|see also|also read|recommended|trending|most popular|latest (?:news|posts|stories)|advert|don'?t miss|breaking news|this slideshow requires|tell us what you think|what do you think|share (?:this|on|via)|share|tweet|email|print|follow us|sign up|subscribe|newsletter|comments?|leave a comment|join the conversation|skip to|back to top|click here|(?:this|the) (?:article|story) (?:was|has been) (?:updated|corrected)|we use cookies|accept cookies|log ?in|sign in|register|have a (?:news )?tip|got a (?:news )?tip)\b/i,
  /** Lines beginning with a credit or caption label, or naming the sources of a programme's figures ("Figures in this episode: …"). */
  creditLine: /^(?:photo|image|picture|video|graphic|illustration|credit|photograph|source|file photo|pictured|(?:figures|data|statistics|numbers) (?:in|for|used in) this (?:programme|program|episode|broadcast|report|article|story))s?\s*(?:credit)?\s*[:|/]/i,
  /** A credit in parentheses or after a pipe at the end of a caption: "(Getty Images)", "| Reuters". */
  agencyCredit: /(?:getty images|reuters|associated press|\bap photo\b|afp|shutterstock|epa|alamy|istock|bloomberg via getty)/i,
  copyright: /^(?:©|\(c\)\s*\d{4}|copyright\b)|©\s*\d{4}|all rights reserved/i,
  /** "(AP Photo/Alan Diaz)", "Photo by X", "Picture: Getty" inside a block: a caption. */
  photoCredit: /\((?:[^()]*\b(?:photo|photograph|image|picture|credit)s?\b[^()]*|getty images|reuters|ap|afp|epa|shutterstock)\)\s*$|\b(?:photo|image|picture)s? (?:by|courtesy of)\b[^.]*$|\|\s*(?:getty images|reuters|afp|ap)\s*$/i,
  /** "Updated at 1:23 p.m.", "Published 3 hours ago", "Posted: Jan 3, 2020". */
  stampLine: /^(?:(?:last\s+)?updated|published|posted|first published|modified)\b[^.]{0,60}(?:\d|ago)[^.]{0,30}(?:[ap]\.?m\.?)?\s*$/i,
  year: /\b(?:19[89]\d|20\d\d)\b/,
  /** Labels that start a site's tail after the article. */
  tailMarker: /^(?:tags?|topics?|related(?:\s+\w+)?|more (?:stories|from|on|news|in)\b.*|you (?:may|might) (?:also )?like|recommended(?: for you)?|trending(?: now)?|most (?:read|popular)|comments?|want more stories like this\??|about the author|share (?:this|the) (?:article|story)|filed under|see also)[:.!?]?$/i,
  /** Attributes never read by Readability or us for text (lazy-image data, responsive images, handlers); values bounded to stay linear. */
  bulkyAttribute: /\s(?:data-[\w.:-]+|srcset|sizes|on[a-z]+)\s*=\s*(?:"[^"<>]{0,4000}"|'[^'<>]{0,4000}')/gi,
  jsonLdScript: /^<script\b[^>]*application\/ld\+json/i,
  /** A site name with its initials: "LPR – Lusmaran Public Radio" (1 = initials, 2 = name) or "Lusmaran Public Radio (LPR)" (3 = name, 4 = initials). */
  acronymName: /^(\p{Lu}{2,6})\s*[–—|:-]\s*(.{4,80})$|^(.{4,80}?)\s*\((\p{Lu}{2,6})\)$/u,
  /** An HTML character reference: "&amp;", "&#163;", "&#x2014;". */
  htmlEntity: /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i,
  /** "By Name" bylines. */
  byLine: /^by\s+(.{2,120})$/i,
  /** ...with a capital after "By" ("By taking off the top half…" is prose); no i flag, which would make \p{Lu} match any letter. */
  byName: /^[Bb][Yy]\s+\p{Lu}/u,
  /** Image file names left in text. */
  imageFile: /\b[\w-]{1,128}\.(?:jpe?g|png|gif|webp|svg|avif)\b/i,
  /** The site speaking of itself ("our newsletter", "follow us", "we use cookies"): a promo, not an article about a product. */
  selfPromo: /\b(?:our|us|we|we're|we’re|the newsroom)\b|©/i,
  /** Words that make a block a call to action. */
  ctaWords: /\b(?:subscribe|sign up|newsletter|follow us|share this|click here|download (?:our|the) app|cookies?|log in|sign in|create an account|email the author|contact the author|our journalism|support (?:our|us)|comments? (?:are|policy)|disable your ad ?blocker|terms of (?:use|service)|privacy policy|all rights reserved|copyright ©|©)\b/i,
} as const;

/** Byline patterns (used by _byline.ts and the text-line lifter). */
export const BYLINE_PATTERNS = {
  byPrefix: /^\s*(?:written\s+)?by[:\s]+/i,
  /** Separators between authors; also cuts trailing "| Outlet" and ", Staff Writer". */
  nameSeparator: /\s*(?:,|;|&|\||\band\b|\bwith\b|\/|\s[-–—]\s)\s*/i,
  /** "Henrik Aalto in Calvero": the place after a name. */
  inPlace: /\s+in\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u,
  nameTrail: /\s*(?:\(.*\)|\[.*\]|<.*>|\S+@\S+|@\w+)\s*$/,
  notPerson: /\b(?:news|press|associated|reuters|agency|media|staff|team|desk|editors?|editorial|newsroom|service|wire|online|digital|times|post|journal|daily|herald|tribune|gazette|magazine|network|group|inc|ltd|llc|corp|company|the|email|author|follow|twitter|facebook|updated|published|contributors?|bureau|today|weekly|courier|ledger|observer|chronicle|monitor|express|review|report|bulletin|dispatch|vestnik|edition)\b|\d|@|https?:|www\./i,
  jobTitle: /\b(?:writer|reporter|correspondent|columnist|contributor|producer|analyst|director|chief|senior|deputy|managing|photographer|intern|fellow|professor|president|ceo|founder)\b/i,
  nameWord: /^(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|del|della|di|van|von|der|den|le|la|bin|al|ibn|y|e|du|dos|das)|\p{Lu}\.)$/u,
} as const;

/** Plain-text line features (used by _text-lines.ts and _text-meta.ts). */
/** Language detection. */
export const LANGUAGE_PATTERNS = {
  letter: /\p{L}/u,
} as const;

/** A date stamp's labels, clock words and zones ("updated", "a.m.", "UTC"): stampLabelsAll, and part of stampWordsAll. */
const STAMP_LABELS_SOURCE = String.raw`published|updated|posted|modified|date|broadcast|aired|sendung|vom|ausgestrahlt|emission|diffus[eé]e?|[ap]\.?m\.?|[ecmpa][sd]t|bst|cet|cest|eet|ist|jst|aest|utc|gmt`;

export const LINE_PATTERNS = {
  /** Ends like a sentence, optionally inside closing quotes or brackets of any script (” » 」 〟 ）). */
  sentenceEnd: /[.!?…:;。！？．][\p{Pf}\p{Pe}"'〞]*$/u,
  /**
   * A sentence, then its source credited in brackets ("… on both cars. (Plovatch Herald)"): how an aggregator or a digest
   * ends each item it takes from elsewhere; the line still ends a sentence, before the credit.
   */
  creditedSentenceEnd: /[.!?…][\p{Pf}"']*\s+\((?:\p{Lu}[\p{L}&.'’-]*\s?){1,5}\)$/u,
  /** A sentence end inside a line: "… the pier. The council …". */
  innerSentenceEnd: /[.!?。！？][\p{Pf}\p{Pe}"']*\s+[\p{Lu}\p{Lo}"“«〝]/gu,
  cjkChar: /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g,
  whiteChar: /\s/,
  /** Link-like and widget words: a short line made of these is navigation or a prompt. */
  chromeWord: /\b(?:share|shares|tweet|pin|email|print|comments?|reply|login|log in|sign in|sign up|register|subscribe|subscription|newsletter|related|latest|trending|popular|recommended|read more|more stories|see more|view all|show more|load more|advertisement|advert|sponsored|promoted|follow|like us|cookies?|privacy|terms|contact us|about us|menu|home|search|skip|navigation|back to top|next|previous|prev|download|app|watch|listen|podcast|video|photos?|gallery|tags?|topics?|categories|filed under|posted in|copyright|all rights reserved|©|click|tap|join|donate|support us|whatsapp|facebook|twitter|linkedin|reddit|instagram|youtube|telegram|rss)\b/gi,
  /** A teaser cut short: "Microsoft removes the safeguard hold for...". */
  teaser: /(?:\.\.\.|…)\s*$/,
  tagsLine: /^(?:tags?|topics?|filed under|categories)\s*:|^(?:tags?|topics?)\s+\p{Lu}/iu,
  /** Words of labels that head lists of other articles, in the languages we meet (CJK without word breaks). */
  tailLabelWord: /(?<![\p{L}\p{N}])(?:more|related|recommended|trending|popular|latest|next up|radar|elsewhere|read next|also (?:read|on|like)|weitere|mehr|beiträge|empfehlungen|материал\p{L}*|читайте|похож\p{L}*|популярн\p{L}*|leggi|correlat\p{L}*|altri|leia|relacionad\p{L}*|veja|lire aussi|à lire|même sujet|plus lus|más|también)(?![\p{L}\p{N}])|関連|人気|新着|おすすめ|相关|推荐|热门|延伸阅读|관련|인기|추천/iu,
  /** "About Moritz Bachmann", "Über Moritz Bachmann", "Sobre Carlos Nadalim": the label of an author box. */
  aboutName: /^(?:[Aa]bout|ABOUT|[Üü]ber|[Ss]obre|[Àà] propos de)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u,
  /** The label of a comment section: "Comments", "12 Comments", "Leave a Reply", "Join the discussion". */
  commentsLabel: /^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|join the (?:conversation|discussion)|reader comments|kommentare|commentaires|comentários|comentarios|commenti|комментарии)\s*(?:\(\d+\))?[:.!]?$|^\d+\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+\S/i,
  /** A notice that the text was machine-translated or is an unchecked transcript: "Automatic translation.", "This transcript may contain errors.", "Check against delivery." */
  mtNotice: /\b(?:automatic|machine)[ -]translat\w*|\b(?:transcript|translation|text|summary) (?:was |is )?(?:produced|generated|created|made) automatically|\bautomatically (?:generated|transcribed|translated)|\btranslated (?:automatically|by (?:a )?machine)|\btranscript\b[^.]{0,80}\bmay (?:contain errors|not be in its final form)|\bcheck (?:it )?against (?:delivery|the (?:audio|recording|broadcast))\b|\b(?:traduction|traducción|tradução|traduzione) automática|\bautomatisch übersetzt|\bтекст переведен автоматически/i,
  /** Cookie-consent banners: a cookie word with a consent word. */
  cookieWord: /\bcookies?\b/i,
  consentWord: /\b(?:partners|consent|accept|opt[- ]out|privacy (?:settings|policy)|personali[sz]ed|technologies|non-essential)\b/i,
  thisSite: /\bthis (?:web)?site\b/i,
  /** Words of a contact prompt next to an e-mail address: "Have your say: email letters@…", "Write to Al Root at …". */
  contactWord: /\b(?:write to|e-?mail|contact|have your say|send|tips?|letters)\b/i,
  /** A blog post's meta line under its headline: "Posted in News, Ransomware | 7 Comments", "Filed under Harbour". */
  postMetaLine: /^(?:posted|filed|published) (?:in|under)\s+\p{Lu}|^\d+ comments?$/iu,
  /** A blog footer stamp: "This entry was posted on Tuesday, 25 March 2025 at 18:05 and is filed under …". */
  postedStamp: /^this (?:entry|post|article|story) was (?:posted|published|written)\b/i,
  /** The author named in such a footer stamp: "… was posted on March 25, 2025 by Ola Berg." */
  postedStampBy: /\bby\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=[.,;]|\s+(?:and|in|at|on|under)\b|\s*$)/u,
  /** The date inside such a footer stamp. */
  postedStampDate: /\b(?:posted|published|written)\s+(?:on\s+)?(.{4,40}?\b(?:19|20)\d\d\b(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)/i,
  /** Post navigation: "« Previous: Spring flood season", "Next post: …", "Older posts". */
  postNav: /^(?:[«‹←»›→]\s*)?(?:previous|next|older|newer)(?:\s+(?:post|article|story|entry|posts|entries))?\s*(?::|[»›→]|$)|^[«‹←]\s+(?![^»›]*[»›])\p{L}/iu,
  /** Dashes, bullets and bars framing a label line ("– Sponsored –", "*** Advertisement ***"). */
  labelDashes: /^[\s\-–—*•|]+|[\s\-–—*•|]+$/g,
  /** An advertisement label standing alone ("SPONSORED", "Advertisement", "Anzeige", "END SPONSORED"). */
  adLabel: /^(?:advertisement|advert|sponsored(?:\s+content)?|ad|anzeige|publicidad|publicidade|pubblicità|publicité|реклама)$/i,
  /** The label closing an ad: "END SPONSORED", "End of advertisement". */
  adEnd: /^end(?: of)?\s+(?:advertisement|advert|sponsored(?:\s+content)?|ad)$/i,
  /** "Photo: the breach in the embankment, taken by a reader (used with permission).": a caption written as a sentence. */
  photoCreditLead: /^(?:photo|photograph|image|picture|pictured|video|graphic|illustration|file photo)s?\s*[:|]\s/i,
  /** At least two capitals (with lowerCase absent: a line in capitals). */
  shouting: /\p{Lu}.*\p{Lu}/u,
  lowerCase: /\p{Ll}/u,
  /** A link to another article with its label: "Related: The 15 Weirdest Galaxies", "READ MORE: China plague outbreak confirmed". */
  labelledLink: /^(?:related(?: post| article| story)?|read more|read also|also read|see also|see more|more|watch|listen|recommended)\s*:\s*\S/i,
  urlLine: /^(?:https?:\/\/|www\.)\S+$/i,
  readAlsoLabel: /^(?:read also|see also|also read|related|read more|more on this|recommended)\s*:?\s*$/i,
  /** "Keith Bradsher contributed reporting from Hong Kong.", "AP writers A, B and C contributed to this report.": a credit, not prose. */
  contributors: /\bcontributed(?: reporting| to this (?:report|story|article))\b/i,
  /** "(Reporting by Anna Veskovic; Editing by Paul Ranft)": the reporter is the byline. */
  reportingBy: /^\(?\s*(?:reporting|writing|additional reporting|compiled) by ([^;)]+?)(?:\s+in\s+[\p{Lu}][\p{L}-]+)?\s*(?:[;)]|$)/iu,
  /** "© 2025 Meridian News Agency.", "(c) 2026 Meridian News Agency. All rights reserved", "© Meridian One 2025 · Contact" → outlet. */
  copyrightOwner: /(?:©|\([cC]\)|\b[Cc]opyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?![Aa]ll [Rr]ights)([\p{Lu}][\p{L}&.' -]{2,60}?)(?:\s+\d{4})?\s*(?:[.,·|]|[Aa]ll [Rr]ights|$)/u,
  /** "© 2025 Meridian", "&copy; 2019–2025", "(c) Meridian News Agency 2026" → the year (the second of a range), same line. */
  copyrightYear: /(?:©|&copy;|&#169;|\([cC]\)|\b[Cc]opyright\b)[^\n<>]{0,60}?\b((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\b/u,
  /** "Meridian Bulletin © All rights reserved." → outlet (the owner written before the sign). */
  copyrightOwnerBefore: /^([\p{Lu}][\p{L}&.' -]{2,60}?)\s*(?:©|\([cC]\))\s*(?:\d{4}\s*)?(?:[.,·|]|[Aa]ll [Rr]ights|$)/u,
  /** "Harbour Echo Ltd", "Coastal Media Group plc": the company form after a copyright owner's name. */
  companySuffix: /\s+(?:ltd\.?|limited|inc\.?|llc|plc|gmbh|ag|s\.?a\.?|co\.?|corp\.?|media group)$/i,
  hashtags: /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u,
  readingTime: /\b\d+\s*(?:min(?:ute)?s?|mins?)\s*(?:read|reading)\b|\bread(?:ing)? time\b/i,
  breadcrumb: /^[^.!?]{1,40}(?:\s*[>›»/|]\s*[^.!?>›»/|]{1,40}){2,}$/,
  imageFile: /^\S*\.(?:jpe?g|png|gif|webp|svg|avif)\b|\b[\w-]{6,128}\.(?:jpe?g|png|gif|webp|avif)\b/i,
  /** "12", "1.2k shares", and gallery positions ("Image 1 of 5", "Photo 3/12"). */
  counter: /^\d[\d,.]*\s*(?:k|m)?\s*(?:comments?|shares?|views?|likes?|replies)?$|^(?:image|photo|picture|slide|video)s?\s+\d+\s*(?:of|\/)\s*\d+$/i,
  /** "— Rep. Ilhan Omar (@Ilhan) November 19, 2019": the signature of an embedded post, part of the article, not its stamp. */
  embedSignature: /^[—–-]\s*.{1,80}\(@\w{1,30}\)/,
  /** "By Jane Doe", "BY JANE DOE jane@x.com", "Written by ..."; not a sentence opening with a time ("By Friday, the mood had changed.", "By March 3, …", "By nightfall …"). */
  byline: /^(?:written\s+|posted\s+|words\s+)?by[:\s]+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|nightfall|midnight|noon|dawn|dusk|then|now|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d|(?:19|20)\d\d)\b)(.{2,120})$/i,
  email: /[[<(]?[^\s@[<(]{1,64}@[^\s@]{1,253}\.\w+[\]>)]?/,
  /** "Photo: Ringo Chiu, AP", "Image credit: NASA": a picture credit (a "Source:" line may be the article's own). */
  photoCreditLine: /^(?:photo|photograph|image|picture|video|graphic|illustration|file photo)s?\s*(?:credit)?\s*[:|]\s*.{1,80}$/i,
  /** "medium-browser-and-portrait-tablet", "dp3_1_en": one token of code names (style classes, image ids), not words. */
  identifier: /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}$/u,
  /** "Source: Reuters", "Credit: AP", "Photo: X", a programme's "Figures in this episode: …". */
  credit: /^(?:source|sources|credit|credits|photo|photograph|image|picture|video|graphic|illustration|file photo|(?:figures|data|statistics|numbers) (?:in|for|used in) this (?:programme|program|episode|broadcast|report|article|story))s?\s*(?:credit)?\s*[:|]\s*(.{1,80})$/i,
  /** "LISVARRE, Sendrovia — …": a paragraph opening with a wire's dateline (a place in capitals, a dash) that names no agency. */
  datelineNoCredit: /^\p{Lu}[\p{Lu}\s.'-]+,[^()\n]{0,60}?\s[—–]\s/u,
  /** A lone news-agency line. */
  /** "Source: ZNA, QBC", "Sources: XBN; QTA": the line crediting the text itself (a picture's credit names a photo). */
  textCredit: /^sources?\s*[:|]\s*\S/i,
  agencyLine: /^[(\[]?(?:reuters|ap|afp|associated press|agence france-presse|dpa|efe|ansa|upi|pa|xinhua|tass|bloomberg|anadolu|kyodo|yonhap|ians|pti|ani)[)\]]?\.?$/i,
  /** Words that mark a date/time line: "Published", "Updated", "Posted", month names, am/pm, time zones. */
  stampWord: /\b(?:published|updated|posted|filed|last (?:updated|modified)|modified|first published|broadcast|first broadcast|aired|first aired|sendung|gesendet|ausgestrahlt|emission|diffus[eé]e?|on)\b/i,
  /** A part of a stamp line that gives the first publication: "Published: …", "Posted on …", "First published …", a programme's "Broadcast …" / "Aired …" / "Sendung vom …". */
  publishedLabel: /\b(?:published|posted|first published|filed|broadcast|first broadcast|aired|first aired|sendung|gesendet|ausgestrahlt|emission|diffus[eé]e?)\b/i,
  /** A part that gives a later revision: "Updated …", "Last modified …" (the publish date wins over it). */
  modifiedLabel: /\b(?:updated|modified|revised|edited)\b/i,
  /** The label leading a stamp: "Published: ", "Last updated ", "Date: ". */
  stampLead: /^(?:published|updated|posted|last updated|last modified|modified|first published|date|broadcast|first broadcast|aired|first aired|sendung|gesendet|ausgestrahlt|emission|diffus[eé]e?)(?:\s+(?:on|vom|am|du|le))?[:\s]*/i,
  /**
   * An entry of a dated list ("2026-03-10 - Halvask arrested", "12 March: talks open"): a date opening the line, then a dash
   * or colon and words, which may open with a figure ("2026-03-12 - 40,000-florin fine imposed", "3 May: 12 arrested"; not a
   * clock time, "12 March 2026 - 14:05", a stamp's). See datedListAt.
   */
  datedEntry: new RegExp(`^\\s*(?:[-*•]\\s*)?(?:${DATEISH_SOURCE})(?:,?\\s+(?:19|20)\\d{2})?\\s*[-–—:]\\s+(?:\\p{L}|\\d[\\d,.]*(?:\\s+|-)\\p{L})`, 'iu'),
  /** A date opening a period ("2018.04.05 ~ open run", "March 5 ～ 9"): a schedule, not a stamp. */
  dateRange: /\d\s*[~～]/,
  /** A stamp's own label (stampWord without the "on" that any sentence has). */
  stampLabel: /\b(?:published|updated|posted|filed|last (?:updated|modified)|modified|first published|broadcast|first broadcast|aired|first aired|sendung|gesendet|ausgestrahlt|emission|diffus[eé]e?)\b/i,
  /** A date: English month names with a day, ISO or numeric forms (also spaced "08 / 02 / 2013"), year first with slashes or dots, month names of other languages with a day and a year. */
  dateish: new RegExp(DATEISH_SOURCE, 'i'),
  /** Every date-like part of a line (for measuring what else the line says). */
  dateishAll: new RegExp(DATEISH_SOURCE, 'gi'),
  /** Separators between the parts of a meta line ("October 12, 2018/0 Comments/in News/by admin"); a slash or hyphen inside a numeric date (also spaced, "08 / 02 / 2013") is not one. */
  stampSeparator: /\s{0,8}(?:[|•·—–]|(?<!\d ?)\/|\/(?! ?\d))\s*|(?<!\d)\s{1,8}-\s+|\s{1,8}-\s+(?!\d)/,
  /**
   * A stamp's labels, clock words and zones, without the words an entry of a timeline may tell ("first cases", "last
   * ferry", "talks on the budget"): see isDatedItem.
   */
  stampLabelsAll: new RegExp(String.raw`\b(?:${STAMP_LABELS_SOURCE})\b`, 'gi'),
  /** Words that go with a date stamp: weekdays, times, stamp labels, zones. */
  stampWordsAll: new RegExp(String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:first|last|on|at|today|yesterday|${STAMP_LABELS_SOURCE})\b`, 'gi'),
  /** Starts like a sentence: a capital, digit or opening quote. */
  sentenceStart: /^[\p{Lu}\p{N}"'“‘«„〝「(]/u,
  /** Ends in a colon or semicolon: a label or list lead-in, not a finished sentence. */
  sentenceEndColon: /[:;][\p{Pf}\p{Pe}"']*$/u,
  /** A bracketed part at the end of a line: "(Image: Getty)". */
  trailingBracket: /\s{0,8}[[(][^\])[(]{1,80}[\])]\s*$/,
  weekdayLead: /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i,
  /** "by Outlet" without a person: "by The Daily Planet". */
  outletBy: /^by\s+(?:the\s+)?([\p{Lu}][\p{L}&.' -]{1,60})$/iu,
} as const;
