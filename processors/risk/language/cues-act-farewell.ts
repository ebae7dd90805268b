import type { Cue } from './patterns.js';
import { EVERYDAY } from './cues-means.js';
import { anyOf, BARE, BETWEEN_OWN, CLOSER, CLOSER_OWN, closing } from './farewell-closers.js';
import {
  AT_MILD_HEIGHT,
  AT_THE_EDGE,
  DOSE_KEPT,
  ENDING_ANYWHERE,
  LAST_CHECK_IN,
  LAST_HOURS,
  MEANS_BEFORE,
  MEANS_BOUGHT,
  MEANS_HIDDEN,
  MEANS_NEAR,
  MEANS_READY_HERE,
  NOT_OWN_NOW,
  NOT_SAID_NOW,
  PILLS_GRAVE,
  PILLS_OWN,
  POISON_TAKEN,
} from './act-farewell-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// The act or its hour told in words that also say everyday things, right before a farewell that ends the check-in
// (reviews 82–89): "i took all the pills goodbye all", "nimekunywa dawa zote kwaheri wote", "niko kwa daraja sasa hivi
// kwaheri", "these are my last hours, forgive me". Alone each is ambiguous ("i took all my pills" is a dose kept, "i am
// on the bridge" a commute) and reads as before; so does one told with a dose's, a trip's or a reason's words, or with
// the farewell further away. The graver the act, the plainer the farewell that may close it (farewell-closers.ts).
// Each act is told in the first person, so a mother named beside it ("all my mums pills") is no report about her
// (`selfReferring`). Raise only (patterns.ts LATER_CUES).

const blockers = { unlessSentence: NOT_OWN_NOW, unlessWritten: WRITTEN_AS_FORM, unlessBefore: NOT_SAID_NOW };
const own = { selfReferring: true } as const;

export const ACT_FAREWELL_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${[...PILLS_GRAVE, ...POISON_TAKEN].join('|')})`),
    onlyWhole: closing([...PILLS_GRAVE, ...POISON_TAKEN], BARE),
    unlessNear: new RegExp(`${re(` (?:${DOSE_KEPT}) `).source}|${EVERYDAY.source}`, 'u'),
    ...blockers,
    // A course finished ("i finished the course i took all the tablets", review 85).
    unlessBefore: new RegExp(`${NOT_SAID_NOW.source}| (?:finished|completed|course) `, 'u'),
    ...own,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${PILLS_OWN.join('|')})`),
    onlyWhole: closing(PILLS_OWN, CLOSER_OWN, BETWEEN_OWN),
    // "today" and "this morning" are a dose's words when the pills are one's own.
    unlessNear: re(` (?:${DOSE_KEPT}|today|leo|asubuhi|this morning) `),
    ...blockers,
    ...own,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${AT_THE_EDGE.join('|')})`),
    onlyWhole: closing(AT_THE_EDGE, BARE),
    ...blockers,
    ...own,
  },
  // A rooftop, a balcony or Nairobi's Railways terminus: only a plea or a farewell to one's people (review 85).
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${AT_MILD_HEIGHT.join('|')})`),
    onlyWhole: closing(AT_MILD_HEIGHT),
    ...blockers,
    ...own,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${[...LAST_HOURS, ...LAST_CHECK_IN].join('|')})`),
    onlyWhole: anyOf(
      closing(LAST_HOURS, BARE, BETWEEN_OWN),
      closing(
        [...LAST_HOURS, ...LAST_CHECK_IN],
        `${CLOSER}|i love you(?: (?:mum|mom|mama|dad|baba|family))?|(?:good ?bye|kwaheri) (?:forever|milele)`,
        BETWEEN_OWN,
      ),
    ),
    unlessWhole: ENDING_ANYWHERE,
    ...blockers,
    ...own,
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${[...MEANS_HIDDEN, ...MEANS_BOUGHT].join('|')})`),
    // Hidden pills or a means said to be here take a bare farewell; a means only bought, a plea or one to one's people.
    onlyWhole: anyOf(closing([...MEANS_HIDDEN, ...MEANS_READY_HERE], BARE), closing(MEANS_BOUGHT, CLOSER)),
    unlessNear: MEANS_NEAR,
    unlessBefore: MEANS_BEFORE,
    unlessSentence: NOT_OWN_NOW,
    unlessWritten: WRITTEN_AS_FORM,
    ...own,
  },
];
