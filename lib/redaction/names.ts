import { type Span, WORD_CHAR } from './types.js';

/** Abbreviated titles stand only before names, so a lowercase word after them ("dr otieno") is a name too. */
const ABBREVIATED = ['mr', 'mrs', 'dr', 'prof'];

/** Titles that are also ordinary words ("mama", "sister"), so only a capitalised word after them is a name. */
const TITLES = [
  ...['ms', 'miss', 'mx', 'doctor', 'professor', 'pastor', 'pst', 'rev', 'reverend', 'sister', 'brother', 'father'],
  ...['fr', 'bishop', 'sheikh', 'imam', 'teacher', 'nurse', 'madam', 'madame', 'auntie', 'aunty', 'aunt', 'uncle'],
  ...['bwana', 'bi', 'bibi', 'mama', 'baba', 'dada', 'kaka', 'mwalimu', 'daktari', 'dokta', 'mchungaji'],
  ...['shangazi', 'mjomba', 'babu', 'mzee', 'shehe', 'askofu', 'padri'],
];

/** Abbreviations that may carry a full stop; other titles may not, so "Baba. Nilimwambia" starts a new sentence. */
const DOTTED = ['mr', 'mrs', 'dr', 'prof', 'ms', 'mx', 'rev', 'pst', 'fr'];

/** Explicit name cues: what follows is a name even when speech-to-text writes it in lowercase. */
const NAME_CUES = [
  'name is',
  "name['’]s",
  "i['’]?m called",
  'i am called',
  'jina (?:langu|lake|lako|yangu|yake|yako) ni',
  'naitwa',
  'ninaitwa',
  'anaitwa',
  'unaitwa',
];

/** Self-introductions that more often precede a state ("I'm tired", "mimi ni mgonjwa"): only a capitalised word counts. */
const SELF_CUES = ['mimi ni', 'ni mimi', "i['’]?m", 'i am'];

const CUE = new RegExp(
  String.raw`(?<![${WORD_CHAR}\[])(?:(${ABBREVIATED.join('|')})|(${TITLES.join('|')})|(${NAME_CUES.join('|')})|(?:${SELF_CUES.join('|')}))(?:(?<=${DOTTED.join('|')})\.)?(?:(?=\s)|(?<=\.)(?=\p{Lu}))`,
  'giu',
);
// A word after space, or glued to a dotted title ("Dr.Otieno"); an initial ("J.") continues to the name after it.
const NAME_TOKEN = /[:]?(?:\s+|(?<=\.))(\p{Lu}\.(?=\s*\p{Lu})|\p{L}\p{M}*(?:[\p{L}\p{M}]|['’-](?=\p{L}))*)/uy;

/** Common words that end a name: function words, states, kin with a possessive ("Mama yangu" is "my mother"), peoples, God. */
const STOP = new Set(
  `a an the and but or so if then than that this these those i i'm i’m im me my mine you your he him his she her we us
  our they them their it its is am are was were be been not no yes very really just also too here there today tonight
  tomorrow yesterday now still always never sometimes fine okay ok alright good bad sad tired happy well sick better
  worse unwell ill stressed depressed anxious worried angry hungry lonely alone afraid scared sorry feeling feel felt
  going doing trying from in at on to of for with by about as up down out over again said says told asked called call
  gave came went who what when where why how which all some any every much many more most less little lot back home
  work school church hospital mom mum dad mother wife husband friend son daughter child kids boss kenyan tanzanian
  ugandan rwandan burundian african christian muslim catholic english swahili kiswahili sheng god lord jesus allah
  mkenya mtanzania mganda mkristo mwislamu mungu yesu ni na sana leo kesho jana sasa mimi wewe yeye sisi nyinyi wao
  yangu yako yake yetu yenu yao wangu wako wake wetu wenu angu ako ake etu enu langu lako lake changu chako chake kwa
  ya wa la za cha vya pia tu bado hapa huko pale kule lakini ndio hapana sawa poa fiti mzima mgonjwa nimechoka nina
  sina si hii huyu yule hao hawa nani nini wapi lini kwanini kama kwamba juu chini ndani nje mtoto watoto mume mke
  rafiki familia nyumbani kazini shuleni kanisani hospitalini alisema aliniambia amesema anasema alikuja amekufa
  mathe buda msee manzi dem beste monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december jumatatu jumanne jumatano alhamisi ijumaa jumamosi
  jumapili januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba christmas easter
  ramadhan idd kenya nairobi mombasa kisumu nakuru eldoret tanzania dar dodoma arusha uganda kampala rwanda kigali
  africa`.split(/\s+/),
);
/** Common words that are also names ("Mjomba Said", "Mama June"): they end a name only in lowercase. */
const ALSO_NAMES = new Set(['said', 'may', 'june', 'april', 'august']);
const isStop = (token: string) =>
  ALSO_NAMES.has(token) || (STOP.has(token.toLowerCase()) && !ALSO_NAMES.has(token.toLowerCase()));
const TITLE_WORDS = new Set([...ABBREVIATED, ...TITLES]);

/** A word glued to digits or a placeholder ("John2", "Ann[") is not a plain name. */
const GLUED = new RegExp(`^[${WORD_CHAR}\\[]`, 'u');
const isCapitalised = (token: string) => /^\p{Lu}/u.test(token);

/** Names after titles and in self-introductions: up to three words, stopping at the first common word. */
export function names(text: string): Span[] {
  const spans: Span[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const lowercaseAllowed = Boolean(m[1] || m[3]);
    let at = m.index + m[0].length;
    let start = -1;
    let end = -1;
    for (let n = 0; n < 3; n++) {
      NAME_TOKEN.lastIndex = at;
      const t = NAME_TOKEN.exec(text);
      const token = t?.[1];
      if (!t || !token || isStop(token) || TITLE_WORDS.has(token.toLowerCase())) break;
      if (GLUED.test(text.slice(NAME_TOKEN.lastIndex, NAME_TOKEN.lastIndex + 1))) break;
      // After the first word, a lowercase word continues the name only when the name began in lowercase.
      const capital = isCapitalised(token);
      if (!capital && !(lowercaseAllowed && (n === 0 || !isCapitalised(text.slice(start, end))))) break;
      if (start < 0) start = NAME_TOKEN.lastIndex - token.length;
      end = NAME_TOKEN.lastIndex;
      at = end;
    }
    if (start >= 0) {
      spans.push({ start, end, kind: 'name' });
      CUE.lastIndex = end;
    }
  }
  return spans;
}
