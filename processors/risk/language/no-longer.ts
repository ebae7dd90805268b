import { negated } from './reading.js';

// "i no longer self harm" denies it said alone; anything after may turn it ("… but last night i relapsed", "… i burn my
// arms now"; a code review of 65f2d19), and anything before may be the plan it hides ("… i wrote letters to my mum … so
// do not worry i no longer want to kill myself"; red team 231): then it is read as before, as current.

/** Nothing after a cue but "anymore" or "at all". */
const NOTHING_AFTER = /^ *(?:(?:anymore|any more|at all|now)(?: |$))? *$/u;

/** The whole check-in is one clause that denies its cue with "no longer" (`before` and `after` the cue's match). */
export const noLongerAlone = (before: string, after: string, clauseCount: number): boolean =>
  clauseCount === 1 &&
  /^ (?:\p{L}+ ){0,2}no longer /u.test(before) &&
  NOTHING_AFTER.test(after) &&
  negated(before.replace(/ no longer /gu, ' never '));
