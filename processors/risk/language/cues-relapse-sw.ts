import type { Cue } from './patterns.js';
import { anySpaces, re } from './words.js';

// Cutting oneself begun again, in Swahili and Sheng (session 33; blind review 134 and reviews 70, 71 found them low):
// "nimeanza kujikata tena mikononi", "nimerudia kujikata kila usiku na wembe", "baada ya miezi sita bila kujikata
// nimeanza kujikata tena", "tangu aniache nimerudi kujikata siwezi kuacha". Sheng "kujikata" is also leaving (a party, a
// group, home early, sneaking out: "nimeanza kujikata tena kila wiki baba hajui"), one's own hair or nails; burning and
// hurting oneself are also cooking, ironing and sport (reviews 71, 135). So: only the present perfect (a past "nilianza"
// may be over), the check-in saying nothing else, and one sign that it is the body that is cut — where on it, with
// what, blood, a loss, despair, not being able to stop. "kujidhuru" (to harm oneself) needs no sign. Raise only.

const BEGUN = '(?:nimeanza|nimerudia|nimerudi|naanza|ninaanza|nimeshaanza|nishaanza|nimeanza tena|nimerudi tena)';
const CUT = '(?:kujikata|kujikatakata|kujicut|kucut)';
/** Before it: a greeting, a filler, the time, or the stop it ends ("nilikuwa nimeacha lakini", "… bila kujikata"). */
const BEFORE = [
  'msee|bro|bana|maze|aki|na|mimi|daktari|doc|leo|jana|usiku|wiki|hii|baada|ya|miezi|mwaka|mmoja|miwili|mitatu|sita',
  'bila|kujikata|nilikuwa|nimeacha|niliacha|kwa|muda|but|lakini|ila|tangu|aniache|aliniacha|ameniacha|nimechoka|kabisa',
].join('|');
/** After it: when, how often, where on the body, with what, why, and not being able to stop; never "nimeacha" (over). */
const AFTER = [
  'tena|sana|jana|juzi|leo|usiku|kila|siku|hizi|wiki|hii|mara|kwa|na|siri|peke|yangu|nikiwa|mikononi|mkononi|mkono',
  'mapajani|mapaja|mguuni|wrist|wembe|blade|damu|tangu|msee|bro|bana|maze|aki|sijui|nifanye|nini|siwezi|kuacha|jinsi',
  'ya|sababu|juu|stress|pressure|depression|huzuni|sitaki|kuishi|aniache|aliniacha|ameniacha|since|my|mum|died|after',
  'the|breakup|asubuhi|iliyopita|mbili|sasa|kabisa|najichukia',
].join('|');
/** At least one of these says it is the body: where, with what, blood, a loss, despair, not being able to stop. */
const THE_BODY =
  '(?:mikononi|mkononi|mapajani|mapaja|mguuni|wrist|wembe|blade|damu|siwezi kuacha|jinsi ya kuacha|sitaki kuishi|aniache|aliniacha|ameniacha|breakup|died|bila kujikata|stress|pressure|depression|huzuni|najichukia)';
/** The whole check-in: the allowed words before, the verb, the allowed words after; any run of spaces is one. */
const only = (verb: string, sign: string) =>
  re(`^(?=.* ${sign} ) *(?:(?:${BEFORE}) +)*${anySpaces(BEGUN)} +${verb}(?: +(?:${AFTER}))* *$`);

export const RELAPSE_SW_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(` ${BEGUN} ${CUT}(?= )`),
    onlyWhole: only(CUT, THE_BODY),
    selfReferring: true,
  },
  // Harming oneself, in the word that says nothing else, with any of the allowed words.
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(` ${BEGUN} kujidhuru(?= )`),
    onlyWhole: only('kujidhuru', '\\p{L}+'),
    selfReferring: true,
  },
];
