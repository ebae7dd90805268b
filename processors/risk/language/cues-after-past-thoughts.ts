import type { Cue } from './patterns.js';
import { JOKE, OWN_SUICIDE, STORY, STORY_WHOLE, WELL_NOW } from './after-history-words.js';
import { anyOf } from './farewell-closers.js';
import { re } from './words.js';

// Thoughts of the act now, told without a word of dying, where the check-in tells the speaker's own suicide attempt or
// wish (session 48, red team 212): how it would be done thought over, an inner voice telling one to finish it. Raise
// only (LATER_CUES); the act's own words are elsewhere in the check-in, so an everyday task is the other reading.

/** A task "it" may be, in the check-in: work, school, a project, a house, a meal, a race. */
const TASK_NAMED = re(
  ' (?:project|assignment|homework|thesis|report|essay|exam|mtihani|work|kazi|job|school|shule|campus|house|nyumba|building|business|biashara|recipe|cake|race|marathon|painting|song|book|degree|course|job interview|presentation|wedding|harusi) ',
);

export const AFTER_PAST_THOUGHTS_CUES: readonly Cue[] = [
  // "nimekuwa nikiwaza how i would do it", "i keep thinking about how i would do it", "nawaza jinsi nitafanya".
  {
    tier: 'active',
    code: 'ideation_active',
    re: re(
      ` (?:i (?:keep|have been|am|was|started) (?:thinking|planning)|(?:nimekuwa |nilikuwa )?(?:nikiwaza|nikifikiria)|nawaza|nafikiria|ninawaza|ninafikiria) (?:about |of )?(?:how|jinsi|vile) (?:i |ni)?(?:would|will|could|should|ta|nge)? ?(?:do it|fanya|end it)(?= $| (?:na|and|again|tena|now|sasa|every|kila|lately|these|this)\\b)`,
    ),
    onlyWhole: OWN_SUICIDE,
    unlessWhole: anyOf(JOKE, WELL_NOW, STORY_WHOLE, TASK_NAMED),
    unlessSentence: STORY,
  },
  // "the same voice … telling me to finish what i started", "sauti inaniambia nimalize".
  {
    tier: 'active',
    code: 'ideation_active',
    re: re(
      ` (?:voice|voices|sauti|something|my mind|my head|the devil|shetani)(?: \\p{L}+){0,4}? (?:telling|tells|told|keeps telling|kept telling) me to (?:finish (?:it|what i started|the job)|end it)(?= $| (?:and|now|again|every|tonight)\\b)| (?:sauti|shetani|akili yangu)(?: \\p{L}+){0,3}? (?:inaniambia|ananiambia|ikiniambia|akiniambia) (?:nimalize|nimalizie|nimalizie kazi)(?= |$)`,
    ),
    onlyWhole: OWN_SUICIDE,
    unlessWhole: anyOf(JOKE, WELL_NOW, STORY_WHOLE, TASK_NAMED),
    unlessSentence: STORY,
  },
];
