import type { Cue } from './patterns.js';
import { NOT_OWN_NOW } from './act-farewell-words.js';
import { WRITTEN_AS_FORM, anySpaces, re } from './words.js';

// Affairs put in order, then one's absence said (session 38, red team 162): "wrote letters for my mum and sister theyre
// in the drawer. tomorrow i wont be here to explain", "bro nimegawa kila kitu … zimebaki siku mbili tu", "deleted all
// my photos and paid back everyone i owed. the only thing left is me", "after payday nitalipa madeni yote then thats it
// for me. hakuna kesho". The learned warning signs read the act (high); the absence after it makes it a plan. Letters,
// gifts, debts and wills are also how people move, retire or change jobs, so those words anywhere keep it as it was.
// Raise only (patterns.ts LATER_CUES).

/** Letters or a message written or scheduled, things given away, debts paid, photos deleted, a will, a means ready. */
const AFFAIRS = [
  '(?:wrote|written|writing|nimeandika|niliandika|nimeandikia|niliandikia) (?:\\p{L}+ ){0,4}?(?:letters?|barua|note(?= |$)|goodbye|kwaheri|msg|message|ujumbe)',
  '(?:scheduled|nimeschedule|nimepanga) (?:a |the |my )?(?:\\p{L}+ )?(?:message|msg|ujumbe|email|post)',
  '(?:gave|given|giving|nimegawa|nimegive|nimepeana) (?:away )?(?:everything|all my|kila kitu|vitu vyangu|vitu vyote)|nimegive away|(?:gave|giving|given) my (?:phone|laptop|shoes|clothes|cat|dog|books|bike|boda|motorbike|car|radio|coat|goats|cows) to|(?:nimegawa|nimewapa|nimewapea|nimempa|nimempea) (?:\\p{L}+ ){0,3}?(?:simu|viatu|nguo|vitabu|paka|mbwa|vitu|phone|shoes)',
  '(?:tell|say) (?:the group|everyone|them|my \\p{L}+) goodbye(?: from me)?|nimesema goodbye (?:to|kwa)',
  '(?:paid back|paid off|pay back|nimelipa|nitalipa|nimemaliza kulipa) (?:\\p{L}+ ){0,2}?(?:everyone|every one|all|madeni|deni|debts?|what i owed?)',
  'deleted (?:all )?(?:of )?my (?:photos|pictures|accounts|social media|messages)|nimefuta (?:picha|akaunti|accounts?|messages)',
  '(?:nimeandika|niliandika|wrote|made|signed) (?:my |the )?will(?: yangu)?(?= |$)|(?:finished|written) my will|(?:nimeandika|nimemaliza) wosia',
  '(?:pills|rope|knife|poison|sumu|kamba|kisu|vidonge|dawa) (?:(?:are|is|iko|ziko|viko|kiko) (?:\\p{L}+ )?)?(?:ready|tayari)',
  '(?:chosen|picked|set) the date|nimechagua (?:siku|tarehe)',
  'nimewaaga|nimemuaga|nimeshaaga|cancelled my (?:phone )?line|said (?:my )?goodbyes? to (?:my )?(?:kids|children|mum|mom|family)',
  '(?:nimeshaandaa|nimeandaa|nimetayarisha) kila kitu|(?:ive|i have) prepared everything|everything is (?:ready|set)',
  'this is my last (?:check in|checkin|message|post|voice note)',
  // Session 39 (red team 174): goodbyes to all said, the phone switched off.
  'said (?:bye|goodbye|goodbyes) to (?:everyone|everybody|you all|all of you)(?! (?:at|in|from|on|after|before)(?= ))|(?:switching|switched|turning|turned) off my phone|(?:nazima|nimezima|ninazima) (?:simu|phone)',
];
/** Then one's absence, or the end of time: said after them. */
const GONE = [
  '(?:usiku wa leo|leo usiku|tonight) (?:naenda|nitaenda|im going|i am going) (?:to the |kwa )?(?:ziwani|mtoni|darajani|relini|bridge|river|lake|dam|railway)|(?:wont|will not) be needing (?:it|them|either|anything)|(?:going|heading|naenda|nitaenda) (?:to the |kwa )?(?:bridge|river|dam|lake|railway|tracks|daraja|mto|ziwa|reli)(?: \\p{L}+){0,2}? (?:after dark|tonight|usiku|leo usiku)|(?:they|she|he) will find me in the morning|(?:wa|a)tanipata asubuhi|when they find me|(?:i )?(?:will be|ll be) gone(?= *$)|before i go(?= *$| on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|nikishaondoka|nikiondoka(?= *$)|(?:dont|wont) need (?:them|it|anything) where (?:im|i am) going|sitazihitaji pale naenda|(?:im|i am) ready(?= *$)|(?:mon|tues|wednes|thurs|fri|satur|sun)day is the day|i have made peace|sitahitaji kuona|(?:i )?(?:wont|will not) (?:see|make it to) (?:december|christmas|easter|new year|my birthday)|hawatanipata|hawatanikuta|(?:they )?(?:wont|will not) find me alive|nitamaliza yote|msinitafute(?! (?:wiki|leo|kesho|until|mpaka|hadi)(?= ))|(?:dont|do not) look for me|(?:by|before) (?:morning|tomorrow|tonight) it (?:will|ll) (?:all )?be over|(?:im|i am) ready now(?= *$)',
  '(?:i )?(?:wont|will not|wouldnt) be (?:here|around|alive)(?! (?:next|for|until|till|on|at|in|during|this|that|from|after|when|over)(?= ))',
  '(?:by then|after that) (?:(?:it |this )?(?:wont|will not|doesnt|does not)|(?:none of (?:this|it)|nothing) (?:will|would)) matter',
  '(?:after tonight|baada ya leo)(?: \\p{L}+){0,2}? (?:thats it|basi)(?= *$)|(?:picked|chosen|set) the date(?= *$)|sitakuwa (?:hapa|duniani|hai)',
  'thats it for me(?! and)|hakuna kesho(?! (?:ya|wa|za|kwa)(?= ))|sitakuwepo(?! (?:kazini|nyumbani|shuleni|ofisini|kanisani|mjini|hostel|kwa|around)(?= ))|sitazi?hitaji|sitavihitaji|i wont need (?:them|it|anything) (?:after (?:this|that|tonight|the weekend|\\p{L}+day)|where)',
  '(?:the )?only thing left is me|zimebaki siku (?:mbili|tatu|moja|chache)(?: tu)?',
  'tonight ndio tonight|tonight is the night|nobody will have to \\p{L}+ (?:it )?again',
  '(?:im|i am) done with (?:everything|life|it all)',
  '(?:hamtanipata|hutanipata|hamtaniona|hutaniona) tena|leo (?:ndo|ndio|ndiyo) leo(?= *$)|(?:now )?for the last time(?= *$)',
];
/** A move, a new job, a retirement, a trip, a lawyer's advice, a class or a party: the everyday reasons (whole). */
const EVERYDAY = re(
  ' (?:moving|move|moved|relocat\\p{L}*|hamia|nahamia|ninahamia|tunahamia|new (?:house|place|job|city)|nyumba mpya|kazi mpya|job|retir\\p{L}*|nastaafu|kustaafu|travel\\p{L}*|safari|abroad|lawyer|wakili|landlord|rent|kodi|kuacha kazi|resign\\p{L}*|pupils|teacher|jeshi|army|kdf|helb|loan|mkopo|juniors|advice|colleagues|wafanyakazi|wanafunzi|students|class|exams?|party|sherehe|wedding|harusi|church|kanisa|business|biashara|shop|duka|sale|sold|selling|wanted to|if|kama|packed|bags|luggage|flight|ticket|airport|bus|battery|charge|charging|detox) ',
);

export const AFFAIRS_THEN_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` (?:${AFFAIRS.join('|')})(?= |$)`),
    onlyWhole: re(anySpaces(` (?:${AFFAIRS.join('|')})(?: [\\p{L}\\p{N}]+){0,14}? (?:${GONE.join('|')})(?= |$)`)),
    unlessWhole: EVERYDAY,
    unlessSentence: NOT_OWN_NOW,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
