import type { Cue } from './patterns.js';
import { HOUSEHOLD, NOT_OWN_NOW } from './act-farewell-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Waiting to be alone, with a means at hand or the end decided (session 38, red team 162): "bought rope today its under
// my bed just waiting for the house to be empty", "the knife is next to me. just waiting for mum to leave for church",
// "kisu kiko chini ya godoro nangoja wazazi waende shamba", "when the house is empty on sunday thats when i go for good",
// "usiku wa leo wakilala wote nitamaliza yote". Each read low to high. Waiting for an empty house is also how people
// study, cry, rest or throw a party, so it counts only beside a means or words of an end, and not beside pests, chores
// or a task. Raise only (patterns.ts LATER_CUES).

/** Waiting for the others to sleep or leave, or the hour when they have. */
const ALONE = [
  '(?:waiting|wait) (?:for|till|until) (?:the house (?:to be|is|to) empty|(?:every ?(?:one|body)|evryone)(?: at home| in the house)? (?:to )?(?:sleep|leave|go|is asleep|is gone)|(?:my |the )?(?:mum|mom|mama|dad|parents|family|wife|husband|roommates?|them|they) (?:to )?(?:sleep|leave|go|travel|is asleep|are asleep|are gone))',
  '(?:after|when|once) (?:every ?(?:one|body)|they all|the house|my (?:parents|family|roommates?)) (?:sleeps?|is (?:asleep|empty|gone)|are (?:asleep|gone)|leaves?|goes? to (?:sleep|bed|church|work))',
  '(?:nangoja|nasubiri|ninangoja|ninasubiri|nangojea|nimengoja) (?:tu )?(?:wazazi|mama|mathe|baba|buda|wote|kila mtu|everyone|every one|wenzangu|roommate|nyumba)(?: \\p{L}+)? (?:waende|aende|walale|alale|wakalale|iwe tupu|watoke|atoke)',
  '(?:(?:my )?(?:mum|mom|mama|dad|parents|family|everyone)) (?:goes|go|leaves|leave) (?:to|for) (?:the )?(?:farm|church|work|market|shamba|job)',
  '(?:wote|wazazi|mama|baba) (?:wakienda|wakitoka|wakilala|akienda|akitoka|akilala)',
  '(?:ill|i will) be alone|nitabaki peke yangu|nikibaki peke yangu|(?:when|once) (?:im|i am) alone|(?:ill|i will) (?:finally )?have the house to myself',
  '(?:wakilala|wakienda|wakitoka) (?:wote|kanisani|shamba|shambani|kazini|kulala)',
  '(?:when|once) (?:my )?\\p{L}+ (?:travels|leaves)|(?:akisafiri|wakisafiri)',
  '(?:roommate|mathe|mama|wife|husband|bibi|mume wangu|mke wangu|dad|mum) (?:akienda|akiondoka|aende|akisafiri)',
  '(?:waiting for|naisubiri|nangoja|nasubiri) (?:my )?\\p{L}+ (?:aende|akienda|waende|to leave for work)',
  '(?:kila mtu|wote) (?:akilala|wakilala|wakishalala)',
  '(?:nyumba|keja|house) (?:ikiwa|ikikuwa|ikishakuwa) (?:tupu|wazi|empty)',
  '(?:my )?(?:roommate|wife|husband|mum|mom|dad|parents|sister|brother|friend) (?:travels|is travel(?:l)?ing|leaves)(?= )',
  '(?:i will|ill) have the (?:room|house|place) to myself',
];
/** A means at hand or the end in words. */
const THEN = [
  '(?:rope|knife|blade|razor|pills|tablets|poison|kamba|kisu|wembe|sumu|vidonge|dawa ya panya)',
  'everything is (?:ready|set)|(?:already|ive|i have) decided|nimeamua|nimeshaamua|my mind is made up|sitaki kuendelea|after that i (?:will|ll) do it|it (?:will|ll) (?:all )?be over|(?:ku|ni|nita)?mali[zs][ae] (?:haya |hii |hizi )(?:yote|maisha)|(?:take|use|swallow) them all|thats it(?= *$)',
  '(?:i|ill|i will) go for good|(?:im|i am) done with (?:everything|it all|life)|thats it for me|(?:i|ill|i will) end it|(?:i )?wont be here|(?:im|i am|ill be) gone for good',
  'nitamaliza (?:yote(?= *$)|kila kitu|maisha)|nitafanya hakuna atakayenizuia|hakuna atakayenizuia|sitakuwepo|ndio mwisho(?: wangu)?',
];
/** Pests, livestock, chores, a task, a show, a party, a prayer: what an empty house is also waited for. */
const TASK = re(
  ' (?:study|studying|revise|revision|assignment|homework|exam|kazi zote|kazi za nyumbani|work on|project|clean|cleaning|laundry|dishes|cook|cooking|watch|watching|series|movie|film|game|party|sherehe|friends|marafiki|girlfriend|boyfriend|pray|praying|sala|rest|nap|sleep in|music|practice|smoke|vape|beer|pombe|surprise|gift|cake|usafi|chores|onions?|vitunguu|tomato\\p{L}*|recipe|food|chakula|nyama|meat|bake|baking|goats?|cows?|chickens?|pigs?|mbuzi|ngombe|kuku|livestock|mifugo|tent|hema|washing line|clothesline|camping|fence) ',
);

export const ALONE_THEN_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` (?:${ALONE.join('|')})(?= |$)`),
    onlyWhole: re(` (?:${THEN.join('|')})(?= |$)`),
    unlessWhole: new RegExp(`${HOUSEHOLD.source}|${TASK.source}`, 'u'),
    // Not the story words' "travel": a roommate who travels is the wait itself.
    unlessSentence: new RegExp(NOT_OWN_NOW.source.replace('travel\\p{L}*|', ''), 'u'),
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
