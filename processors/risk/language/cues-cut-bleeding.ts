import type { Cue } from './patterns.js';
import { SW_ASKED_OR_SAID, WRITTEN_AS_FORM, anySpaces, atClauseEdges, re } from './words.js';

// A cut made deep and still bleeding (session 38, red teams 162 and 163): "cut deep tonight the blood wont stop and i
// dont want it to", "i cut deeper than i meant to and its still bleeding". Each read medium: a bare "cut" names no
// self-harm. Deep, and bleeding after it, is what makes it an act on oneself; a kitchen, a tool or a fall named anywhere
// keeps it an accident. Raise only (patterns.ts LATER_CUES).

const CUT = `(?:(?: i (?:have |ve |just )?|^ )(?:cut|cutted) (?:my ?self )?(?:so |too |really |way )?(?:deep|deeper)(?: than (?:i meant(?: to)?|usual|before|ever))?| and cut my (?:arms?|wrists?|thighs?) with (?:a |the |my )?(?:razor|blade|knife|wembe))(?= |$)`;
const BLEEDING =
  '(?:still bleeding(?: a bit)?|(?:its|it is|im|i am) (?:still )?bleeding|(?:the )?blood (?:wont|will not|doesnt|does not|isnt|is not|cant) stop|(?:wont|will not|doesnt|does not) stop bleeding|damu (?:haiachi|haikomi|inatoka|haiishi|haiachi kutoka))';
/** A kitchen, a tool, a fall, a game, shaving: an accident with the same words. */
const ACCIDENT = re(
  ' (?:kitchen|jikoni|cooking|onions?|tomato\\p{L}*|vegetables|meat|bread|knife slipped|slipped|accident\\p{L}*|by mistake|kwa bahati mbaya|glass|tin|can opener|tin can|shaving|kunyoa|finger|thumb|panga|machete|farm|shamba|work|kazini|fell|fall|football|match|game|paper|saw blade|chainsaw|tool|nail|hair|haircut|salon|barber) ',
);

export const CUT_BLEEDING_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(CUT),
    onlyWhole: re(anySpaces(`${atClauseEdges(CUT)}(?: [\\p{L}\\p{N}]+){0,10}? ${BLEEDING}(?= |$)`)),
    unlessWhole: ACCIDENT,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
  // Wounds one says one made on oneself ("vidonda vipya mkononi nilivyojifanyia juzi"; red team 218, session 50: low).
  // Not "majeraha" (sport), nor English "cuts" (a budget, a film, a haircut: a review), nor asked, denied or believed.
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(' (?:vidonda|mikato)(?: \\p{L}+){0,3}? (?:nilivyojifanyia|nilivyojikata|nilivyojiumiza)(?= )'),
    unlessNear: re(' (?:kwa bahati mbaya|bila kujua|nikinyoa|kunyoa|nikicheza|mechi|mazoezi|nikianguka) '),
    unlessBefore: re(` (?:${SW_ASKED_OR_SAID}|sina|hakuna|sijawahi|mgonjwa|wagonjwa) `),
    unlessWritten: WRITTEN_AS_FORM,
  },
];
