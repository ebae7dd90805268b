import type { Cue } from './patterns.js';
import { re } from './words.js';

// Cutting or burning oneself begun again, in Swahili and Sheng (session 33; blind review 134 and reviews 70, 71 found
// them low): "nimeanza kujikata tena", "nimerudia kujikata kila usiku", "nimeanza kujikata tena mama hajui", "tangu
// aniache nimerudi kujikata". Sheng "kujikata" is also leaving a party, a group, a job, and cutting one's own hair
// (review 71: "nimeanza kujikata mapema kwa party", "… kutoka kwa wasee", "… nywele mwenyewe"), so the check-in may
// say nothing else: only words of when, how often, where on the body, secrecy, stress, a loss or not being able to
// stop. Raise only.

const BEGUN =
  '(?:nimeanza|nilianza|nimerudia|nimerudi|naanza|ninaanza|nikaanza|nimeshaanza|nishaanza|nimeanza tena|nimerudi tena|nimeanzisha)';
const CUT = '(?:kujikata|kujikatakata|kujicut|kucut|kujichoma|kujiburn|kujidhuru|kujiumiza)';
/** The only words the rest of the check-in may use (a place, a group, people, hair or an event leaves it unread). */
const ALLOWED = [
  'tena|sana|jana|juzi|leo|usiku|kila|siku|hizi|wiki|hii|mara|kwa|siri|peke|yangu|nikiwa|mikononi|mkononi|mapajani',
  'mguuni|tangu|msee|bro|bana|maze|aki|na|sijui|nifanye|nini|siwezi|kuacha|jinsi|ya|nimechoka|ni|kama|mimi|but',
  'lakini|ila|niliacha|nilikuwa|nimeacha|bila|baada|miezi|mwaka|mmoja|miwili|mitatu|sita|muda|mama|baba|hajui',
  'hawajui|hakuna|anajua|mtu|marafiki|zangu|daktari|doc|please|nisaidie|again|stress|pressure|sababu|juu',
  'depression|huzuni|damu|wembe|blade|aniache|aliniacha|ameniacha|kujikata|last|night|this|week|because|of|school',
  'shule|maisha|sitaki|kuishi|mkono|since|my|mum|died|nipoteze|nilipoteza|wasee|wangu|wameniacha|after',
  'the|breakup|asubuhi|iliyopita|mbili|sasa|zamani|nikaacha|najikata|najidhuru|nilipokuwa|mdogo|imezidi|mwili|kabisa',
].join('|');

export const RELAPSE_SW_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(` ${BEGUN} ${CUT}(?= )`),
    onlyWhole: re(`^ *(?:(?:${ALLOWED}) +)*${BEGUN.replaceAll(' ', ' +')} +${CUT}(?: +(?:${ALLOWED}))* *$`),
    selfReferring: true,
  },
];
