import type { Clause } from './normalise.js';

// "The suicidal thoughts though, those have been back since January": a topic said first and taken up by a pronoun
// in the next clause is one statement; read apart, the topic had no owner and the clause that says it is back no cue.

/** A clause that is only the topic: thoughts of suicide, with at most a "though" or "too". */
const TOPIC =
  /^ (?:the |those |these |my |and )?(?:suicidal (?:thoughts|feelings|urges|ideation)|thoughts (?:of|about) (?:suicide|killing myself|ending my life)|mawazo ya (?:kujiua|kujimaliza)|thoughts za (?:suicide|kujiua))(?: though| tho| too| lakini)? $/u;
/** The next clause takes it up and says only that they are back or worse ("those have been back since January",
 * "zimerudi"), not "they are not a problem for me anymore", "… in my grandmother's stories" or "yamezidi kwa wanafunzi"
 * (reviews 11 and 12). */
const TAKEN_UP =
  /^ (?:(?:yeah |and )?(?:those|they|these|theyre)(?: re| are| have| have been| keep| kept)?(?: come| getting| coming)? (?:back|worse|stronger|louder|returned)|(?:zimerudi|yamerudi|zinarudi|yanarudi|zimezidi|yamezidi))(?: again| this week| today| tonight| lately| since \p{L}+)? $/u;

/** The clauses, a topic clause joined with the next clause of its sentence that takes it up. */
export function joinDislocated<C extends Clause>(cs: readonly C[]): C[] {
  const out: C[] = [];
  for (let i = 0; i < cs.length; i++) {
    const [c, next] = [cs[i]!, cs[i + 1]];
    // A topic said as a sentence of its own ("Suicidal thoughts... they're back") is taken up by the next one too.
    const alone = i === 0 || cs[i - 1]!.sentence !== c.sentence;
    const follows = next && (next.sentence === c.sentence || (alone && next.sentence === c.sentence + 1));
    if (next && follows && TOPIC.test(c.text) && TAKEN_UP.test(next.text)) {
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
