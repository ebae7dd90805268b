import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Fire and charcoal smoke turned on oneself, and a stomach pumped (session 31, review 122): "i set myself on fire",
// "i tried to set myself on fire last month", "i lit charcoal and closed all the windows … the landlord smelt it and
// broke in", "niliwasha mkaa chumbani nikafunga madirisha yote", "they pumped my stomach". Each was low. Raise only.

const ON_FIRE =
  '(?:set (?:my ?self|me) (?:on fire|alight|ablaze)|set fire to my ?self|burn(?:ed|t)? my ?self (?:alive|to death))';
const ACT = [
  ` i (?:\\p{L}+ )?(?:tried to |attempted to )?${ON_FIRE}`,
  ` i (?:poured|doused|splashed) (?:\\p{L}+ ){0,2}?(?:petrol|paraffin|kerosene|fuel) (?:on|over|all over) my ?self`,
  ` (?:nilijimwagia|nikajimwagia|nimejimwagia) (?:petroli|mafuta ya taa|mafuta|paraffin|petrol)`,
];
/** A stomach pumped: after poison, not after food or drink gone bad (read in the whole check-in). */
const PUMPED = ` (?:pumped my stomach|(?:wa|a)(?:ka|li|me)nisafisha tumbo)`;
const BAD_FOOD = re(
  ' (?:ate (?:some |the )?(?:bad|spoiled|rotten|old|undercooked) \\p{L}+|bad (?:fish|meat|food)|food poisoning|mushrooms?|chang.?aa|contaminated|not knowing|by mistake|sumu ya chakula|(?:samaki|nyama|chakula) (?:mbovu|kibovu|iliyoharibika))(?= )',
);
const PLANNED = [` (?:i (?:want|wanted|am going|plan|will|am planning) to|ill|i will just) ${ON_FIRE}`];
/** Charcoal lit in a shut room, found by someone (the smoke is a common means and a common accident alike). */
const CHARCOAL = [
  ` i (?:lit|burned|burnt|put) (?:the |some |a )?(?:charcoal|jiko|brazier)(?: \\p{L}+){0,6}? (?:closed|shut|sealed|locked) (?:all )?(?:the )?(?:windows|window|door|doors|room)`,
  ` (?:niliwasha|nikawasha|nimewasha|niliweka) (?:mkaa|jiko|charcoal)(?: \\p{L}+){0,4}? (?:nikafunga|nimefunga|nilifunga) (?:madirisha|dirisha|mlango|milango|windows|door)`,
];
const BROKE_IN = re(
  ' (?:broke in|broke the door|broke down the door|smelt|smelled|smelt it|pulled me out|found me|akavunja mlango|alivunja mlango|akanusa|alinusa|akanitoa|alinitoa|alinikuta|akanikuta|akabreak in|wakaniokoa) ',
);
const EVERYDAY = re(
  ' (?:gym|workout|dance|dancing|stage|performance|exercise|training|match|game|football|cooking|cook|kupika|cold|baridi|warm|mosquitoes|mbu|by mistake|accident|bahati mbaya|food|chakula|fish|meat|mushrooms|pombe|drunk|alcohol|movie|film|lol|haha\\p{L}*) ',
);
const guards = {
  unlessNear: new RegExp(`${JOKE_AFTER.source}|${EVERYDAY.source}`, 'u'),
  unlessBefore: NOT_OWN_PLAN,
  unlessWritten: WRITTEN_AS_FORM,
} as const;

export const FIRE_SMOKE_CUES: readonly Cue[] = [
  { tier: 'behaviour', code: 'attempt', re: re(`(?:${ACT.join('|')})`), selfReferring: true, ...guards },
  { tier: 'plan', code: 'method', re: re(`(?:${PLANNED.join('|')})`), ...guards },
  { tier: 'behaviour', code: 'attempt', re: re(PUMPED), unlessWhole: BAD_FOOD, selfReferring: true, ...guards },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${CHARCOAL.join('|')})`),
    onlyWhole: BROKE_IN,
    unlessWhole: EVERYDAY,
    selfReferring: true,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
  },
];
