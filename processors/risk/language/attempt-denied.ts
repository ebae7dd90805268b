import { greetingOnly, nothingAfter } from './denied-alone.js';

// An attempt denied on its own (session 31, review 117): "i never tried to hurt myself i just feel tired from work",
// "sikuwahi jaribu kujiua msee nimechoka tu na kazi" were critical, the denial read as the act it names ("never" reached
// "tried", not "hurt myself"). A first version that let "never … tried to" reach every cue lowered "i never tried to
// hurt myself before but last night i did", "… in front of anyone", "sijawahi kujaribu kujiua mpaka jana"; a second,
// keeping the denial unless what followed reopened it or raised anything read alone, lowered 136 of 187 crises written
// against it (red team 120: "… i just do it every night", "… i use the lighter", "… tomorrow is the day", "… i have a
// noose in my bag"). Now the denial must open the check-in, a greeting at most before it, and nothing may follow but
// the day or the denial said again (denied-alone.ts).

/** A greeting or an answer may open the clause: speech-to-text gives "hello i never tried …" as one. */
const GREETING =
  '(?:(?:no|nope|hapana|honestly|well|doctor|daktari|doc|dokta|mimi|mi|hello|hi|hey|habari|habari yako|good morning|good evening|mambo|niaje|vipi) )*';
/** "i never tried to", "i have not attempted to", "sijawahi kujaribu", opening the clause. */
const TRY_DENIED = new RegExp(
  `^ ${GREETING}(?:(?:i )?(?:have |had |ve )?(?:never|not|didnt|did not|havent|have not|hadnt)(?: ever| even)? (?:try|tried|attempted)(?: to)?|(?:sijawahi|sikuwahi|sija|sikuwa)(?: ku)?jaribu) $`,
  'u',
);
/** The negator alone before a cue that itself names the trying ("sikuwahi [jaribu kujiua]"). */
const NEGATOR_ALONE = new RegExp(
  `^ ${GREETING}(?:(?:i )?(?:have |had |ve )?(?:never|not|didnt|did not|havent|have not|hadnt)(?: ever| even)?|sijawahi|sikuwahi|sija|sikuwa) $`,
  'u',
);
const TRYING_CUE = /^ (?:(?:ku)?jaribu|tried|try|attempted) /u;

/** The cue after "i never tried to" is denied, said on its own. */
export function attemptDeniedAlone(
  before: string,
  cue: string,
  sameSentence: string,
  later: string,
  earlier: readonly string[],
): boolean {
  const denied = TRY_DENIED.test(before) || (NEGATOR_ALONE.test(before) && TRYING_CUE.test(cue));
  return denied && greetingOnly(earlier) && nothingAfter(sameSentence, later);
}
