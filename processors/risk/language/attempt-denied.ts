import { SAID_OVER, greetingOnly, nothingAfter } from './denied-alone.js';

// An attempt denied on its own (session 31, review 117): "i never tried to hurt myself i just feel tired from work",
// "sikuwahi jaribu kujiua msee nimechoka tu na kazi" were critical, the denial read as the act it names ("never" reached
// "tried", not "hurt myself"). A first version that let "never … tried to" reach every cue lowered "i never tried to
// hurt myself before but last night i did", "… in front of anyone", "sijawahi kujaribu kujiua mpaka jana"; a second,
// keeping the denial unless what followed reopened it or raised anything read alone, lowered 136 of 187 crises written
// against it (red team 120: "… i just do it every night", "… i use the lighter", "… tomorrow is the day", "… i have a
// noose in my bag"). Now the denial must open the check-in, a greeting at most before it, typed plainly, and nothing may
// follow but the day or the denial said again (denied-alone.ts); a day after "didnt" or "havent" keeps the alarm.

/** A greeting or an answer may open the clause: speech-to-text gives "hello i never tried …" as one. */
const GREETING =
  '(?:(?:no|nope|hapana|honestly|well|doctor|daktari|doc|dokta|mimi|mi|hello|hi|hey|habari|habari yako|good morning|good evening|mambo|niaje|vipi) )*';
const EN_NEVER = '(?:i )?(?:have |had |ve )?(?:never|not|didnt|did not|havent|have not|hadnt)(?: ever| even)?';
const SW_NEVER = '(?:sijawahi|sikuwahi)';
/** "i never tried to", "i have not attempted to", "sijawahi kujaribu", opening the clause. */
const TRY_DENIED = new RegExp(
  `^ ${GREETING}(?:${EN_NEVER} (?:try|tried|attempted)(?: to)?|${SW_NEVER}(?: ku)?jaribu) $`,
  'u',
);
/** The negator alone before a cue that itself names the trying ("sikuwahi [jaribu kujiua]"). */
const NEGATOR_ALONE = new RegExp(`^ ${GREETING}(?:${EN_NEVER}|${SW_NEVER}) $`, 'u');
const TRYING_CUE = /^ (?:(?:ku)?jaribu|tried|try|attempted) /u;

/** "Never" denies every day; "didnt … today" or "havent … this week" leaves the other days open (red team 121). */
const EVER = /(?:^| )(?:never|sijawahi|sikuwahi)(?= )/u;
const A_DAY = / (?:today|tonight|this (?:week|month|morning)|leo|wiki hii|usiku huu|now|sasa|yet|bado)(?= )/u;
/** A sentence cut off ("… and i am"), or a "yes" before the denial, is no plain denial. Fillers are dropped before this
 * reads ("im okay" is "i am"), so only "and i am" at the end counts as cut off. */
const CUT_OFF = / and (?:i am|im)(?: doing)? $/u;
const YES = /(?:^| )(?:ndio|ndiyo|yes|yeah|yep)(?= )/u;

/** Or only tired from the day's work after "never" (session 32): "… i just feel tired from work", "… nimechoka tu na
 * kazi". Red team 127: a bare "im just tired", "nimechoka tu" or "sleepy" after a denied overdose lowered 77 of 176
 * crises; the work or school must be named, and no reassurance said over before it. */
const TIRED_FROM_WORK =
  /^ (?:(?:but|and|msee|bana) )?(?:(?:i|im|i am) )?(?:just |only )?(?:(?:feel|am|get|feeling) )?(?:so |very |really |a bit |a little )?(?:tired|stressed|exhausted|worn out|busy) (?:from|because of|with|at|by) (?:work|school|my job|the job|the kids|exams|the exams|my shifts?) $|^ (?:(?:msee|bana) )?(?:nimechoka|nimestress) tu na (?:kazi|shule|job|exams|mitihani|watoto) $/u;

/** The cue after "i never tried to" is denied, said on its own, typed plainly. */
export function attemptDeniedAlone(
  before: string,
  cue: string,
  sameSentence: string,
  later: string,
  earlier: readonly string[],
  plainlyWritten: boolean,
): boolean {
  const denied = TRY_DENIED.test(before) || (NEGATOR_ALONE.test(before) && TRYING_CUE.test(cue));
  if (!denied || !plainlyWritten || !greetingOnly(earlier) || earlier.some((e) => YES.test(` ${e} `))) return false;
  const rest = ` ${`${sameSentence} ${later}`.replace(/\s+/gu, ' ').trim()} `;
  if (CUT_OFF.test(rest) || (!EVER.test(before) && A_DAY.test(`${cue}${rest}`))) return false;
  if (nothingAfter(sameSentence, later)) return true;
  return EVER.test(before) && TIRED_FROM_WORK.test(rest) && !SAID_OVER.test(` ${earlier.join(' ')} ${rest} `);
}
