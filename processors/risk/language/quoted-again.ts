// "… a film where the main guy says [i want to die] and later his wife says [i want to die] too": once a clause has
// read a cue as a quotation, the cue said again by another character is that quotation's too (red team 226).

/** Someone other than the speaker said to say what follows ("his wife says", "akasema"). */
const ANOTHER_SAYS =
  / (?!i |we |mimi |sisi )\p{L}+ (?:says|said|goes|went|sings|sang|replies|replied|answers|answered|anasema|alisema|akasema|wanasema|walisema|akajibu)(?: that| kwamba)? $/u;

interface Judged {
  from: number;
  factor: { code: string };
}

/** The judged cues of clause `text`, later ones said by another after a quotation read as that quotation. */
export function quotedAgain<J extends Judged>(judged: J[], text: string, isIdeation: (j: J) => boolean): J[] {
  return judged.map((j) => {
    const quote = judged.find((x) => x.factor.code === 'quote' && x.from < j.from);
    return quote && isIdeation(j) && ANOTHER_SAYS.test(text.slice(0, j.from + 1)) ? { ...j, factor: quote.factor } : j;
  });
}
