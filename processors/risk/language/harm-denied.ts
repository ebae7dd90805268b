import type { Clause } from './normalise.js';

// Self-harm or a named means denied in one phrase ("today i wont cut myself", "leo sitakunywa jik"): upgrade.ts reads
// it as the one-verb suicide denials are, only dated to now with a later time after it ("… but tomorrow i dont know").

const EN_NOT = '(?:i will not|i wont|i shall not|im not going to|i am not going to|im not gonna)';
/** Named groups: the senses with an everyday meaning (hurt, cut, kujikata) and the other self-harm wordings (self);
 * a poison denied has no group and no other meaning. */
const HARM_DENIED = new RegExp(
  ` (?:(?<hurt>${EN_NOT} (?:hurt|harm) myself)|(?<cut>${EN_NOT} cut myself)|(?<self>${EN_NOT} (?:do anything to|do something to) myself|${EN_NOT} self ?harm)|${EN_NOT} (?:drink|eat|swallow) (?:the )?(?:jik|bleach|rat poison|poison|doom|pesticide|dawa ya (?:panya|mende))|(?<kujikata>sitajikata(?! (?:nywele|kucha|ndevu|kidole|vitunguu|mboga|nyama|tamaa))|sijikati)|sita(?:kunywa|kunya) (?:hiyo |ile )?(?:jik|jick|jiki|bleach|doom|paraquat|dawa ya (?:panya|mende)|sumu ya panya|mafuta ya taa)|sitakula (?:dawa|sumu) ya panya)(?= )`,
  'u',
);
/** What else the denied words mean: Swahili "kujikata" is also cutting one's own hair, nails or beard, a slip in the
 * kitchen, giving up ("kujikata tamaa"; review 95) or, in Sheng, leaving a party, a friend's place or work; English
 * "cut myself" a kitchen slip or a shave, "hurt myself" a sprain or a match (reviews 98, 101). Anywhere in the
 * check-in, these leave the denial as it is. */
const GROOMING_OR_KITCHEN =
  'nywele|kucha|ndevu|kinyozi|saluni|salon|barber|hair|fringe|bangs|nails|beard|shav\\p{L}*|kunyoa|(?:ni|na|nita|ku|niki|nili|tuna|tuta)pika|cooking|kitchen|jikoni|vitunguu|onions?|mboga|nyama|nyanya|sukuma|chopping|blunt|butu|haha\\p{L}*|lol|utani';
export const OTHER_SENSES = {
  kujikata: new RegExp(
    ` (?:${GROOMING_OR_KITCHEN}|party|bash|sherehe|chama|kazini|job|wasee|mabeshte|beshte|msee|ocha|shosh|shags|shagz|base|rasta|niko kwa|mapema|late|nairobi|mombasa|kisumu|nakuru|town|tao|home|nyumbani)(?= )`,
    'u',
  ),
  cut: new RegExp(` (?:${GROOMING_OR_KITCHEN})(?= )`, 'u'),
  hurt: new RegExp(
    ` (?:${GROOMING_OR_KITCHEN}|gym|football|rugby|boxing|fight|practice|mechi|match|training|mazoezi|lifting)(?= )`,
    'u',
  ),
} as const;

export interface HarmDenial {
  m: RegExpExecArray;
  /** Cutting or hurting oneself: an everyday sense is near, so only a later day in doubt counts, even dated first. */
  strict: boolean;
}

/** The denial in clause i, unless the check-in names the everyday sense of its words. */
export function harmDenied(cs: Clause[], i: number): HarmDenial | null {
  const m = HARM_DENIED.exec(cs[i]!.text);
  if (!m) return null;
  const g = m.groups ?? {};
  const sense = (['kujikata', 'cut', 'hurt'] as const).find((k) => g[k] !== undefined);
  if (sense && OTHER_SENSES[sense].test(` ${cs.map((x) => x.text).join(' ')} `)) return null;
  return { m, strict: sense !== undefined || g.self !== undefined };
}
