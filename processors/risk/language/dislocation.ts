import type { Clause } from './normalise.js';

// "The suicidal thoughts though, those have been back since January": a topic said first and taken up by a pronoun
// in the next clause is one statement (a probe set's crisis hid behind a comma once its denial of self-harm was read).

/** A clause that is only the topic: thoughts of suicide, with at most a "though" or "too". */
const TOPIC =
  /^ (?:the |those |these |my |and )?(?:suicidal (?:thoughts|feelings|urges|ideation)|thoughts (?:of|about) (?:suicide|killing myself|ending my life)|mawazo ya (?:kujiua|kujimaliza)|thoughts za (?:suicide|kujiua))(?: though| tho| too| lakini)? $/u;
/** The next clause takes it up and says they are back or worse ("those have been back", "zimerudi"), not "they are
 * not a problem for me anymore" or "those are my sister's struggle" (review 11). */
const TAKEN_UP =
  /^ (?:(?:those|they|these) (?:have been|are|keep|kept|came)(?: getting| coming)? (?:back|worse|stronger|louder|more frequent)|(?:zimerudi|yamerudi|zinarudi|yanarudi|zimezidi|yamezidi|zinazidi|yanazidi)) /u;

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
