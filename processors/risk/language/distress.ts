import { normaliseWords } from './normalise.js';
import { re } from './words.js';

/** Distress and the cultural deflection of the system this implements: graded signals, not alarms by themselves. */
export const DISTRESS: ReadonlyArray<{ code: string; weight: number; re: RegExp }> = [
  {
    code: 'no_reason_to_live',
    weight: 0.3,
    re: re(
      ' (?:sina|sioni|hakuna) (?:sababu|haja) ya kuishi | no reason to live | nothing to live for | (?:life|maisha) (?:is|ni|haina|hayana) (?:pointless|meaningless|maana|maana yoyote) ',
    ),
  },
  {
    code: 'hopeless',
    weight: 0.2,
    re: re(
      ' sina matumaini | hakuna matumaini | (?:i feel |i am |feeling )?(?:so )?hopeless | no hope | (?:there is )?no way out | sioni njia ',
    ),
  },
  {
    code: 'burden',
    weight: 0.2,
    re: re(
      ' (?:i am|i feel like) a burden | mimi ni mzigo | (?:nobody|no one) would (?:care|miss me) | hakuna (?:mtu )?atakayenikumbuka ',
    ),
  },
  {
    code: 'worthless',
    weight: 0.15,
    re: re(' (?:i am|i feel) (?:so )?(?:worthless|useless) | sina thamani | sina maana '),
  },
  { code: 'exhausted', weight: 0.1, re: re(' nimechoka | i am (?:so )?(?:tired|exhausted|done) | nimechoshwa ') },
  {
    code: 'withdrawing',
    weight: 0.1,
    re: re(' najitenga | nimejitenga | (?:i am )?(?:isolating|pulling away from everyone) '),
  },
  {
    code: 'deflection',
    weight: 0.05,
    re: re(' (?:ni )?sawa tu | niko sawa tu | poa tu | hakuna shida | just tired | i am fine '),
  },
  // The warning signs that NIMH lists (trapped, unbearable pain, empty, a burden nobody would miss): a signal each;
  // two together reach medium by the noisy-OR of combine.ts, one alone does not.
  {
    code: 'trapped',
    weight: 0.2,
    re: re(
      ' (?:i (?:feel|am) (?:so |completely )?trapped|no (?:solution|solutions|escape)|(?:i )?(?:just )?want out|(?:nimenaswa|nimekwama) (?:kabisa|kwa maisha)|sina pa kutokea) ',
    ),
  },
  {
    code: 'unbearable_pain',
    weight: 0.25,
    re: re(
      ' (?:the )?pain is (?:unbearable|too much)| (?:i )?(?:cant|cannot|can not) (?:take|handle|bear|stand) (?:it|this|the pain|any of this|life)(?: \\p{L}+){0,2} (?:anymore|any more|much longer)| (?:i )?(?:want|need) (?:the pain|it all|everything) to (?:stop|end)| make (?:it|the pain) stop| siwezi (?:kuvumilia|kustahimili) (?:tena|zaidi)| maumivu (?:yamezidi|hayavumiliki|ni mengi mno) ',
    ),
  },
  { code: 'empty', weight: 0.1, re: re(' i (?:feel|am) (?:so |completely )?(?:empty|numb|hollow) | najiskia tupu ') },
  {
    code: 'burden',
    weight: 0.2,
    re: re(
      ' (?:(?:dont|do not) think )?(?:anyone|anybody|no one|nobody|noone) (?:will|would|is going to) (?:even )?(?:miss me|notice|care if i|notice if i) | hakuna (?:mtu )?(?:atakayenimiss|atanimiss|atakayejali) ',
    ),
  },
];

const NAMED_ALONE =
  /^(?:(?:nimechoka|ni sawa tu|sina matumaini|sina (?:sababu|haja) ya kuishi|najitenga)(?: sana| tu)? ?)+$/u;

/** Only distress phrases issue 11 names ("sina sababu ya kuishi", "nimechoka sana, sina matumaini"): graded signals,
 * never an alarm by themselves, so no learned reading may make them one (the fifth read the first as ideation). */
export const namedDistressAlone = (text: string): boolean => NAMED_ALONE.test(normaliseWords(text));
