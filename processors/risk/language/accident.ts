// An injury told as an everyday accident at a task (RULES.md, "An accident at a task"): "I cut myself while cooking
// dinner", "I burned myself making tea this morning", "nimejikata kidole nikikata vitunguu". Read as self-harm, each
// paged a clinician. Two red teams (reviews 25 and 26) broke every reading that allowed other words beside the act: an
// accident word alone, razors, wrists and nights, "… and i was cutting myself", "with my hand in the pan", several
// meals, "jichoma kisu" (stabbed, not burned). So the whole check-in must be one of these few sentences, the act with
// a task it fits and at most a day, and it must be written plainly (no quotes, emoticons or emoji); review 27 narrowed
// the tasks to those that name what was cooked or cut.

const DAY = '(?: (?:this morning|today|yesterday|earlier|leo|jana|asubuhi))?';
const ACCIDENT = '(?: accidentally| by accident| kwa bahati mbaya)?';
const MEAL = '(?:breakfast|lunch|dinner|supper)';
/** Between the act and the task: an accident word, a day ("i cut myself yesterday while cooking": reviews 25, 26). */
const BEFORE_TASK = `${ACCIDENT}${DAY}${ACCIDENT}`;
const FOOD = '(?:onions|vegetables|tomatoes|meat|bread|potatoes)';

/**
 * A cut at cooking or at cutting food, a burn at cooking, football: tasks named with what was cooked or cut where the
 * bare word is self-harm's own ("cutting", "slicing"). No razor or shaving, no hot thing alone ("on the stove"), no
 * ironing, no farm: review 27 found each a common means or a cover story. "jichoma" only at cooking ("jichoma kisu"
 * is stabbing).
 */
const TEMPLATES = [
  `(?:i )?(?:accidentally )?cut myself${BEFORE_TASK} (?:while )?(?:cooking(?: ${MEAL})?|making ${MEAL}|(?:chopping|slicing|peeling|cutting) ${FOOD}|washing dishes|gardening)`,
  `(?:i )?(?:accidentally )?burned myself${BEFORE_TASK} (?:while )?(?:cooking(?: ${MEAL})?|making (?:${MEAL}|tea|chai))`,
  `(?:nimejikata|nilijikata)(?: kidole)?${BEFORE_TASK} (?:nikipika|nilipokuwa nikipika|nikikata (?:vitunguu|kitunguu|mboga|nyama|nyanya)|nikimenya (?:viazi|vitunguu|ndizi))`,
  `(?:nimejichoma|nilijichoma)(?: kidole)?${BEFORE_TASK} (?:nikipika(?: chai| chakula)?|nilipokuwa nikipika)`,
  `(?:nimejiumiza|nilijiumiza)${BEFORE_TASK} nikicheza mpira`,
].map((t) => new RegExp(`^ ${t}${DAY}${ACCIDENT} $`, 'u'));

/** Whether the whole check-in (`whole`: its clauses joined, as the rules read it) is an accident at a task. */
export function accidental(whole: string): boolean {
  const text = ` ${whole} `.replace(/\s+/gu, ' ');
  return TEMPLATES.some((t) => t.test(text));
}

/** Whether the written check-in is told plainly: letters, digits, spaces and a final stop, comma or "!" only. */
export const toldPlainly = (written: string): boolean =>
  /^[\p{L}\p{N}\s,]*[.!]?\s*$/u.test(written.normalize('NFC')) && !/\p{Extended_Pictographic}/u.test(written);
