// "… a film where the main guy says [i want to die] and later his wife says [i want to die] too": once a clause has
// read a cue as a quotation, the cue said again by another character is that quotation's too (red team 226).

/** Someone other than the speaker said to say what follows ("his wife says", "akasema"), no "i" just before ("i just
 * said", "i literally said") and not one's own mind or heart ("my mind goes"). */
const ANOTHER_SAYS =
  /(?<!(?:^| )(?:i|we|me|mimi|sisi)(?: \p{L}+){0,2}) (?!i |we |me |mimi |sisi |mind |head |heart |brain |soul )\p{L}+ (?:says|said|goes|went|sings|sang|replies|replied|answers|answered|screams|screamed|shouts|shouted|yells|yelled|cries|cried|whispers|whispered|repeats|repeated|anasema|alisema|akasema|wanasema|walisema|akajibu|analia|akalia|anarudia|akarudia)(?: that| kwamba)? $/u;

interface Judged {
  from: number;
  cue: object;
  factor: { code: string };
}

/** The judged cues of clause `text`, later ones said by another after a quotation read as that quotation. */
export function quotedAgain<J extends Judged>(judged: J[], text: string, isIdeation: (j: J) => boolean): J[] {
  return judged.map((j) => {
    // The same cue only: another cue later is the speaker's to say ("… and when i got home my mind goes i want to kill
    // myself"; code review of 65f2d19).
    const quote = judged.find((x) => x.factor.code === 'quote' && x.from < j.from && x.cue === j.cue);
    return quote && isIdeation(j) && ANOTHER_SAYS.test(text.slice(0, j.from + 1)) ? { ...j, factor: quote.factor } : j;
  });
}
