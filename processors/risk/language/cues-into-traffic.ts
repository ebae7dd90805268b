import type { Cue } from './patterns.js';
import { OWN_WORDS } from './planned-words.js';
import { re } from './words.js';

// Walking into traffic with the intent said ("i walked into traffic on purpose", "nilikuwa nimeingia kwenye magari
// makusudi"; red team 190). Into traffic alone is an everyday slip (cues-means.ts reads it only in a plan); "on
// purpose" makes it the act. Not to cross, stop a car, help or film. Raise only.

const PURPOSE = '(?:on purpose|deliberately|intentionally|kwa makusudi|makusudi)';
/** Up to four words between; never a negation or a purpose of the road's own. */
const BETWEEN = '(?: (?!(?:not|no|bila|sio|si|siyo|to|ili|kuvuka|nivuke)\\b)\\p{L}+){0,4}?';
const EN = ` i (?:walked|stepped|ran|jumped|threw my ?self|went) (?:straight |right )?(?:into|onto|in) (?:the )?(?:oncoming |busy |moving )?(?:traffic|highway|road in front of (?:a |the )?\\p{L}+|cars|moving cars)${BETWEEN} ${PURPOSE}`;
const SW = ` (?:niliingia|nimeingia|nilikuwa nimeingia|nilijitupa|nilijirusha|niliruka|nilitembea|nilisimama|nikaingia|nikajitupa) (?:\\p{L}+ ){0,2}?(?:kwenye |katikati ya |mbele ya )?(?:magari|barabarani|barabara kuu|njia ya magari|highway)${BETWEEN} ${PURPOSE}`;
/** After it: a purpose of the road's own ("… to stop the matatu", "… ili nivuke"), a joke or a game. */
const ROAD_PURPOSE = re(
  ' (?:to (?:cross|stop|help|save|get|catch|flag|hail|film|record|rescue|chase)|ili (?:ni|ku)?\\p{L}*|kuvuka|kusimamisha|kusaidia|prank|game|challenge) ',
);

export const INTO_TRAFFIC_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${EN}|${SW})(?= |$)`),
    ...OWN_WORDS,
    unlessSentence: ROAD_PURPOSE,
  },
];
