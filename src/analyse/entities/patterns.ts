/** Regexes for entity recognition, built once. */

/** One capitalised name word: "Baerbock", "Jong-un", "O'Neill", "U.S.", "McDonald's" (possessive trimmed later). */
const WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|St|Maj|Brig|Cmdr|Adm|Cpl|Pvt|Lieut|Supt|Insp)\.(?= \p{Lu})|(?:\p{Lu}\.){2,}|\p{Lu}\.(?= \p{Lu})|\p{Lu}[\p{L}\p{M}'’]*(?:[-‐–][\p{L}\p{M}'’]+)*|(?:al|el|bin|ibn|abu|de|van|von|der|den|la|le|du|da|di|dos|das|del|ter)(?:[-‐][\p{Lu}][\p{L}\p{M}'’]*|(?= \p{Lu})))`;
/** Lower-case joiners allowed inside a name ("Ministry of the Interior", "Gulf of Aden"). */
const JOIN = String.raw`(?:of|the|for|and|de|del|du|la|le|von|van|der|den|bin|ibn|al|el|y)`;

export const PATTERNS = {
  /** A run of capitalised words on one line, with joiners inside. */
  NAME_RUN: new RegExp(String.raw`${WORD}(?:[ \u00A0]+(?:${JOIN}[ \u00A0]+)*${WORD})*`, 'gu'),
  /** A single word (for tokenising names and role phrases). */
  WORD_TOKEN: /[\p{L}\p{M}\p{N}'’.]+(?:[-‐–][\p{L}\p{M}\p{N}'’.]+)*/gu,
  /** Possessive ending to trim from a name. */
  POSSESSIVE: /['’]s?$/u,
  /** Punctuation to trim at either end of a name. */
  EDGE_PUNCT: /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$|(?<!\p{Lu})\.$/gu,
  /** An acronym in parentheses right after a name: "Agence France-Presse (AFP)". */
  PAREN_ACRONYM: /^[ \u00A0]*\(([\p{Lu}][\p{Lu}\p{N}.&-]{1,9})\)/u,
  /** All-caps acronym. */
  ACRONYM: /^(?:\p{Lu}\.?){2,}[\p{N}]*$|^\p{Lu}[\p{Lu}\p{N}&]+$/u,
  /** Third-person pronouns, for gender cues. */
  PRONOUN: /\b(he|him|his|himself|she|her|hers|herself)\b/gi,
  /** A capitalised preposition inside a Title Case run ("Checks Into Court", "Killed By Police"). */
  TITLE_PREPOSITION: /[ \u00A0]+(?:Into|In|On|At|To|For|With|By|From|After|Over|Against|Amid|As|Near)[ \u00A0]+/gu,
  /** An apposition right after a name, up to its end: ", a 9,000-tonne general cargo vessel owned by". */
  APPOSITION_AFTER: /^,[ \u00A0]+(?:a|an|the)[ \u00A0]+((?:[^,.;:()\n]|,(?=\d))+)/u,
  /** A preposition ending an apposition's head noun phrase ("the officer | in command of the ship"). */
  NP_PREPOSITION: /^(?:in|of|on|at|for|with|from|to|under|aboard|by|over|near)$/u,
  /** A capitalised number word ("Three Hours" in machine translation). */
  NUMBER_WORD: /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|Hundreds|Thousand|Thousands|Dozens|Several|Many)$/u,
  /** A relative word closing an apposition's noun phrase ("a private company that bought …"). */
  RELATIVE_START: /^(?:that|which|who|whose)$/u,
  /** Participles that may follow the vessel noun heading an apposition. */
  VESSEL_PARTICIPLE: /^(?:owned|built|operated|flagged|registered|chartered|carrying|bound|of|from|with)$/u,
  /** Verbs that only ships do, right after the name. */
  VESSEL_VERB_AFTER: /^['’]?s?[ \u00A0]+(?:docked|berthed|moored|anchored|capsized|sank|sailed|ran aground|set sail|was launched|was commissioned|was decommissioned)\b/u,
  /** Words right before a ship's name. */
  VESSEL_BEFORE: /(?:aboard|on board)[ \u00A0]+(?:the[ \u00A0]+)?$/iu,
  /** A name particle ending a span: the surname follows ("Jean Marie Le" + "Pen"). */
  PARTICLE_TAIL: /[ \u00A0](?:Le|La|De|Da|Di|Du|Del|Van|Von|Der|Den|Bin|Ibn|Al|El|Abu|Ter|Dos)$/u,
  /** A capitalised office description ending a run ("Orsennan Head of State", "Head of Government"). */
  OFFICE: /(?:^|[ \u00A0])Head[ \u00A0]+of[ \u00A0]+(?:State|Government)$/u,
  /** What follows an agency credited in a dateline: ") - ", ") — ". */
  DATELINE_CREDIT: /^\)[ \u00A0]*[-–—]/u,
  /** Lower-case joiners (kept in sync with JOIN above). */
  JOINER: /^(?:of|the|for|and|de|del|du|la|le|von|van|der|den|bin|ibn|al|el|y)$/,
} as const;
