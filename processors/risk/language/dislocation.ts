import type { Clause } from './normalise.js';

// "The suicidal thoughts though, those have been back since January": a topic said first and taken up by a pronoun
// in the next clause is one statement (a probe set's crisis hid behind a comma once its denial of self-harm was read).

/** A clause that is only the topic: thoughts of suicide, with at most a "though" or "too". */
const TOPIC =
  /^ (?:the |those |these |my |and )?(?:suicidal (?:thoughts|feelings|urges|ideation)|thoughts (?:of|about) (?:suicide|killing myself|ending my life)|mawazo ya (?:kujiua|kujimaliza)|thoughts za (?:suicide|kujiua))(?: though| tho| too| lakini)? $/u;
/** The next clause takes it up ("those have been back", "they are worse", "zimerudi"). */
const TAKEN_UP = /^ (?:those|they|these|it|yale|hayo|zile|hizo|yame|yana|zime|zina)\p{L}* /u;

/** The clauses, a topic clause joined with the next clause of its sentence that takes it up. */
export function joinDislocated<C extends Clause>(cs: readonly C[]): C[] {
  const out: C[] = [];
  for (let i = 0; i < cs.length; i++) {
    const [c, next] = [cs[i]!, cs[i + 1]];
    if (next && next.sentence === c.sentence && TOPIC.test(c.text) && TAKEN_UP.test(next.text)) {
      out.push({
        ...c,
        text: `${c.text}${next.text.trimStart()}`,
        raw: `${c.raw}, ${next.raw}`,
        laughing: c.laughing || next.laughing,
      });
      i++;
    } else out.push(c);
  }
  return out;
}
