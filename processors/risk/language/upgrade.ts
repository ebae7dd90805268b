import { shortSpan, type Clause } from './normalise.js';
import { INTENT_STATED, PLAN_STATED, TIMING, type Tier } from './patterns.js';
import { negated } from './reading.js';
import { everydayAfter } from './taken-back.js';
import type { LanguageFactor } from './detect.js';

// Time and intent across a text (RULES.md, "How a clause is judged", 3): a time or a stated plan raises the speaker's
// thoughts to a plan; a denial that still names a time is one.

/** Words of dying or ending one's life that a stated intent can act on. */
const DYING =
  / (?:die|dead|death|dying|kill myself|killing myself|end it|end it all|end my life|suicide|suicidal|kufa|nife|kujiua|nijiue|kujitoa uhai|kujimaliza|kudedi) /u;
const SELF_KILL =
  / (?:kill(?:ing)? myself|end(?:ing)? my life|tak(?:e|ing) my life|commit(?:ting)? suicide|kujiua|kujitoa uhai|kujimaliza) /u;
/** The act named in words, as a verb or as "suicide". */
const SELF_KILL_NAMED =
  / (?:kill(?:ing)? myself|end(?:ing)? my life|tak(?:e|ing) my life|suicide|kujiua|kujitoa uhai|kujimaliza) /u;
/** "I'm not going to kill myself today, probably next week": a denial with a time still named is a plan, unless what
 * follows is an everyday sentence of its own ("I won't kill myself. Tomorrow I have an exam."; taken-back.ts). */
export function negatedThenTimed(
  cs: Clause[],
  i: number,
  factors: LanguageFactor[],
  quiet: (text: string) => boolean,
): void {
  const c = cs[i]!;
  const m = SELF_KILL.exec(c.text);
  if (!m || !negated(c.text.slice(0, m.index), true, true)) return;
  const rest = ` ${c.text.slice(m.index + m[0].length)}`;
  const timed = (t: string) => {
    const when = TIMING.exec(t);
    return when !== null && !negated(t.slice(0, when.index), true, true);
  };
  const later = cs.slice(i + 1);
  if (!timed(rest) && !later.some((n) => timed(n.text))) return;
  const sameSentence = [rest, ...later.filter((n) => n.sentence === c.sentence).map((n) => n.text)].join(' ');
  const laterText = later
    .filter((n) => n.sentence !== c.sentence)
    .map((n) => n.text)
    .join(' ');
  if (!everydayAfter(sameSentence, laterText, quiet))
    factors.push({ code: 'ideation_plan', tier: 'plan', span: shortSpan(c.raw) });
}

/** A time named or a plan stated raises a wish one step and thoughts to a plan; both together raise a wish to a plan. */
export function upgradeWithinText(cs: Clause[], factors: LanguageFactor[]): void {
  const timed = cs.some((c) => TIMING.test(c.text));
  // "i am suicidal and i have a plan": a plan stated in words counts as a time does; "i dont have a plan" does not.
  const planned = cs.some((c) => {
    const p = PLAN_STATED.exec(c.text);
    return (
      p !== null &&
      !/ (?:dont|do not|didnt|did not|not|no|never|havent|have not|sina|sijawa) (?:\p{L}+ )?$/u.test(
        c.text.slice(0, p.index + 1),
      )
    );
  });
  // Saying one will act on the thoughts is intent, which DESIGN §10 grades with a plan.
  // Only beside the thoughts it acts on, in their clause or the next ("… sleep forever but i have to clean the house and
  // i will do it now" is a chore, a review found).
  const intent = cs.some((c, j) => INTENT_STATED.test(c.text) && [cs[j - 1], c].some((x) => x && DYING.test(x.text)));
  // "no thoughts of suicide but tonight i will do it": intent told of the act the text named only as a word (a mention)
  // takes that back; with nothing else read it is the plan itself.
  const set = cs.findIndex(
    (c, j) => INTENT_STATED.test(c.text) && [cs[j - 1], c].some((x) => x && SELF_KILL_NAMED.test(x.text)),
  );
  const read = factors.some((f) => f.code.startsWith('ideation_'));
  // Only a mention: a denial taken back by intent is void already (reading.ts), and one not taken back stands ("I dont
  // want to kill myself. I want to finish my degree and I will do it").
  const setAside = factors.some((f) => f.code === 'mention');
  if (set >= 0 && !read && setAside)
    factors.push({ code: 'ideation_plan', tier: 'plan', span: shortSpan(cs[set]!.raw) });
  if (!timed && !planned && !intent) return;
  // A time and a stated plan together ("kesho sitakuwepo, nimeshaamua") raise a wish to a plan.
  const steps = (timed && planned) || intent ? 2 : 1;
  const raised: Partial<Record<Tier, Tier>> = { passive: steps === 2 ? 'plan' : 'active', active: 'plan' };
  for (const f of factors) {
    const to = f.code.startsWith('ideation_') && f.tier ? raised[f.tier] : undefined;
    if (to) Object.assign(f, { code: `ideation_${to}`, tier: to });
  }
}
