import { re } from './words.js';

// "nimejikata nywele" is cutting one's own hair (red team 182: "nimejikata nywele leo mwenyewe, niko fresh sana" was
// critical). Red team 184 and two code reviews hid self-harm behind it in words no list of harms named ("… na mapaja
// pia", "… na mkononi pia", "… and my hands, wearing a jacket", "… na kujikwaruza"), so, as a recovery milestone
// (milestone.ts), it reads so only when every other word of the check-in is one of a short list about the haircut.
// words.ts SW_SELF_HARM reads the infinitive "kujikata nywele" with its own exceptions.

/** The only other words it may be said with: the day, oneself, how it looks, money saved, the barber not needed. */
const BESIDE = [
  'leo jana asubuhi jioni mwenyewe mimi niko nimekuwa sasa fresh poa sana safi nzuri vizuri smart kama kipara bald',
  'zote zangu yangu wangu na kwa sababu ya joto kinyozi barber salon saluni pesa nimeokoa nimesave nimependeza',
  'napenda style mpya hii hizi today myself i cut my own hair nails beard at home nyumbani so and looks good feel',
  'nice am i is it its was wow haha lol kabisa tu pia hata bila kwenda',
]
  .join(' ')
  .split(' ');
const WORD = `(?:${BESIDE.join('|')}|\\p{N}+)`;

/** The whole check-in (clauses joined by two spaces) is one Swahili self-cut of one's hair, nails or beard and
 * nothing else but those words. */
export const OWN_HAIR_ONLY = re(`^(?: +${WORD})* +n\\p{L}{0,8}?jikata (?:nywele|kucha|ndevu)(?: +${WORD})* *$`);
