import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { ON_PURPOSE as PURPOSE, WRITTEN_AS_FORM, re } from './words.js';

// Walking into traffic with the intent said ("i walked into traffic on purpose", "nilikuwa nimeingia kwenye magari
// makusudi"; red team 190). Into traffic alone is an everyday slip (cues-means.ts reads it only in a plan); "on
// purpose" makes it the act. Not to cross or stop a car, not denied, not another's view or question. Raise only.

/** Up to four words between; never a negation ("… and it wasnt on purpose", "… i didnt do it on purpose"). */
const BETWEEN =
  '(?: (?!(?:not|no|never|wasnt|didnt|isnt|dont|swear|bila|sio|si|siyo|sikuwa|haikuwa|sikufanya|to|ili|kuvuka|nivuke)\\b)\\p{L}+){0,4}?';
/** Cars, not a place one drives or waits at. */
const VEHICLE = '(?:a |the |an )?(?:moving |oncoming |speeding )?(?:car|bus|matatu|lorry|truck|boda|train|vehicle)';
const EN_ACT = `(?:walked|stepped|ran|jumped|threw my ?self)(?: out| straight| right)? (?:into|onto|in front of) (?:(?:the )?(?:oncoming |busy |moving )?(?:traffic|cars|moving cars)|${VEHICLE}|the road in front of ${VEHICLE})`;
const EN = ` i (?:${EN_ACT}${BETWEEN} ${PURPOSE}|${PURPOSE} ${EN_ACT})`;
const SW = ` (?:(?:niliingia|nimeingia|nilikuwa nimeingia|nikaingia) (?:kwenye |katikati ya |mbele ya )?magari|(?:nilijitupa|nilijirusha|niliruka|nikajitupa|nikajirusha) (?:kwenye |katikati ya |mbele ya )?(?:magari|barabarani|barabara kuu|gari|matatu|lori))${BETWEEN} ${PURPOSE}`;
/** Right after it, a purpose of the road's own ("… to cross", "… ili nivuke"); never a purpose of dying. */
const ROAD_PURPOSE =
  '(?! (?:to (?:cross|stop|catch|flag|hail|film|record|rescue|chase|meet|avoid|save|help)|ili (?:nivuke|nikamate|nisimamishe|nisaidie|niokoe|nimsaidie|nipate)|kuvuka|kusimamisha|kusaidia)(?= |$))';
/** Before it: someone else's view or question ("my mom thinks i …", "the doctor asked if i …"). */
const THEIR_VIEW = re(
  ` (?:thinks?|thought|believes?|believed|suspects?|suspected|claims?|claimed|asked(?: me)? (?:if|whether)|accused me of|wanted to know if|wanadhani|anadhani|walidhani|alidhani|(?:ali|wali)niuliza kama)(?: that)? $|${NOT_OWN_PLAN.source}`,
);

export const INTO_TRAFFIC_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${EN}|${SW})${ROAD_PURPOSE}(?= |$)`),
    unlessNear: JOKE_AFTER,
    unlessBefore: THEIR_VIEW,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
