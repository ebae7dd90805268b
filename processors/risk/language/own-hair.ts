import { re } from './words.js';

// "nimejikata nywele" is cutting one's own hair (red team 182: "nimejikata nywele leo mwenyewe, niko fresh sana" was
// critical). Red team 184 hid self-harm behind it ("nimejikata nywele... na mapaja pia, nimevaa long trouser wasione"),
// so it reads so only when the whole check-in names no other cut or hurt (in any form: "… na kujiumiza", a code
// review), no body part, blood, scars or hiding. words.ts SW_SELF_HARM reads the infinitive "kujikata nywele" alike.

const HAIR = '(?:nywele|kucha|ndevu|hair|nails|beard)';
/** A body part, blood, a scar, hiding it or doing it again: what makes a cut one's own harm. */
const BODY =
  '(?:mkono|mikono|paja|mapaja|mguu|miguu|tumbo|kifua|shingo|ngozi|mshipa|mwili|vidole|kidole|uso|\\p{L}*vuja\\p{L}*|wrists?|arms?|thighs?|legs?|skin|stomach|damu|blood|bleed\\p{L}*|kovu|makovu|scars?|vidonda|wound\\p{L}*|long ?sleeves?|long trousers?|sweater|wasione|asione|wasijue|ficha|hide|hiding|again|tena|kila siku|every day|everyday|daily|sijui kuacha|cant stop|siwezi kuacha|wembe|blade|razor|kisu|knife|pain|uchungu|relief|nafuu)';

/** The whole check-in: a Swahili self-cut of one's hair, nails or beard, and no other cut, hurt or sign of harm. */
export const OWN_HAIR_ONLY = re(
  `^(?=.* n\\p{L}{0,8}?jikata ${HAIR} )(?!.*ji(?:kata(?! +${HAIR} )|dhuru|umiza|choma|cut|harm))(?!.* ${BODY}(?= |$))`,
);
