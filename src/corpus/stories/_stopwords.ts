/** Function words and news filler that never tell two events apart. */
const WORDS = `a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing done down during each either
even ever every few for from further had has have having he her here hers herself him himself his how however if
in into is it its itself just last least less like made make many may me might more most much must my myself
near neither never new news no nor not now of off often on once one only or other others our ours ourselves out
over own per perhaps rather really said same say says several she should since so some still such than that the
their theirs them themselves then there these they this those though three through thus to too two under until
up upon us very was way we well were what when where whether which while who whom whose why will with within
without would yet you your yours yourself told according reported report reports reporting week weeks day days
year years time times monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
people including include including later earlier first second third get got going went come came take took
read more share comment comments email click subscribe advertisement photo image video copyright rights reserved
mr mrs ms dr`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
