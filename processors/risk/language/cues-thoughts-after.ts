import type { Cue } from './patterns.js';
import { AT_LARGE } from './cues-oblique.js';
import { NOUN, PREDICATE, WRITTEN_AS_FORM } from './cues-thoughts.js';
import { re } from './words.js';

// "The suicidal thoughts" with no owner, told after what was done to the speaker ("she left me and the suicidal
// thoughts wont stop", "my husband beat me again. the suicidal thoughts are so strong") or what they went through ("i
// failed my exam and …", "… ever since i failed my exam"): theirs, whoever else the check-in names. The older cue
// (cues-thoughts.ts) is silenced by any "he", "exam", "beat" or "pastor" in the check-in (reviews 100, 101). Raise only.

/** Done to the speaker: left, beaten, fired, mocked; not a call, a hug or a visit (another's thoughts told, review 100). */
const DONE_TO_ME =
  '(?:left(?= me (?!a |an ))|beat|beats|beaten|hit(?= me (?!up ))|hitting|hurt|fired|sacked|dumped|chased|blamed|blames|insulted|insults|abused|cheated on|rejected|divorced|punished|mocked|mocking|bullied|bullies|raped|kicked|threw|betrayed|humiliated|exposed|slapped|shouted at|yelled at|rude to|abandoned|deserted|ignored|lied to|disowned|expelled|laughed at|evicted|threw out|chased away|excluded|caned|whipped|shamed) me';
/** What the speaker went through: failed, lost (not patience), was fired or beaten, feels, misses. */
const WENT_THROUGH =
  '(?:i (?:failed|lost(?! (?:my )?(?:patience|temper))|was (?:admitted|discharged|fired|sacked|raped|beaten|chased|expelled|suspended|rejected|dumped|abused|bullied|insulted|humiliated|diagnosed|kicked out|sent (?:out|home|away)|mocked|thrown out|punished|caned|whipped|excluded|shamed|laughed at)|got (?:fired|sacked|expelled|suspended|beaten|raped|dumped|chased|diagnosed|kicked out|sent (?:out|home|away))|(?:have been|ve been)(?: so| very| really)? (?:alone|lonely|depressed|struggling|crying|sad|down|low|hopeless|sick|unwell|stressed)|feel(?! for)|felt(?! for)|cant (?:sleep|eat|cope|go on|take it|handle it|breathe)|miss|am pregnant|have hiv|owe)|(?:manzi|dem|boyfriend|girlfriend|bibi|mume|mke)(?: \\p{L}+)? (?:alinitema|amenitema|ameniacha|aliniacha|amenipiga|alinipiga)|(?:my|our) (?:\\p{L}+ )?(?:dad|father|mum|mom|mother|baby|son|daughter|husband|wife|brother|sister|grandmother|grandma|best friend) (?:died|passed away|passed)|nilikuwa bullied|(?:ameniacha|aliniacha|amenipiga|alinipiga|amenifukuza|alinifukuza|amenitukana|alinitukana|nimefukuzwa|nilifukuzwa|nimefeli|nilifeli|nilionewa|nilichekwa|nilipigwa))';
const ANCHOR = `(?:${DONE_TO_ME}|${WENT_THROUGH})`;
/** Said of them now: the older predicates, and "stronger than ever", "worse now", "ziko juu", "are back". */
const SAID_NOW = `(?:${PREDICATE}|(?:are|is|r|ziko|zimekuwa) (?:(?!(?:not|never|no|less|hardly|barely|rarely)(?= ))\\p{L}+ ){0,2}?(?:strong|stronger|worse|juu|intense|overwhelming|unbearable|racing|heavy|loud|bad|too much|winning|back|scaring me)|zimerudi|zimeanza tena|zinanisumbua|yamerudi|yameongezeka|yamezidi|yameanza tena|yananisumbua|(?:have been|keep) coming(?: back)?|(?:are|have) (?:back|come back)|came back|(?:have )?started again|wont stop|will not stop|dont stop|keep coming)`;
/** Then nothing that makes them another's within a few words ("… for him", "… she cries"); "… he says i deserve it" is
 * still the speaker's: the event names the speaker. */
const NOT_THEIRS =
  '(?!(?: \\p{L}+){0,4}? (?:(?:he|she|they) (?:cries|feels|thinks|cant sleep|wont talk|tried)|(?:for|in|with) (?:him|her|them)|(?:he|she|they) (?:told|tells) me(?= ?$)|(?:\\p{L}+ ){0,2}(?:said|says|texted|told me)(?= ?$)|for one of them|in my \\p{L}+|for my \\p{L}+)(?= |$))';
/** The older cue's nouns, and the Swahili "mawazo ya kujiua" (thoughts of killing oneself). */
const THOUGHT_NOUN = `(?:${NOUN}|mawazo ya (?:kujiua|kujitoa uhai|kujidhuru)|fikra za kujiua)`;
const THOUGHTS = `(?:(?:the|these|those|hizi|zile|haya|hayo) )?${THOUGHT_NOUN} ${SAID_NOW}${NOT_THEIRS}`;
const JOIN =
  '(?:and|na|now|so|then|tena|sasa|but|lakini|ila|ever since|since then|after that|because of that|which is why)(?: (?:ever since|since then|after that|now|still|honestly|these days|tonight|again))?';
/** What went through: a weaker sign that the thoughts are the speaker's, so no one else between ("i miss my daughter she
 * is in rehab and …", "i feel bad for the girl … her mother beat her and …"; review 103). */
const NO_ONE_ELSE =
  '(?: (?!(?:he|she|they|his|her|their|him|them|yeye|wao|says|said|called|came|for(?= (?:him|her|them|my|his|their))|sorry|bad|worried|preached|preaching|taught|sermon)(?= ))\\p{L}+){0,12}?';
/** The event, then the thoughts in its clause; the event behind the match, so that its tense ("i was kicked out …") does
 * not date the thoughts, which are said now. */
/** Where the thoughts may begin: tried before the costly look back at the event (about 0.7 ms a text without it). */
const THOUGHTS_START = `(?= (?:(?:the|these|those|hizi|zile|haya|hayo) )?(?:suicidal|suicdal|sucidal|suicidial|suicide|thoughts|self|mawazo|fikra|i cant|i cannot) )`;
const AFTER = `${THOUGHTS_START}(?<= (?:${DONE_TO_ME}(?: \\p{L}+){0,12}?|${WENT_THROUGH}${NO_ONE_ELSE})(?: ${JOIN})?)(?<! (?:my|our|his|her|their|your)(?: \\p{L}+)?) (?:${THOUGHTS}|i (?:cant|cannot) (?:stop|control|fight) (?:the |these )?${NOUN})(?= |$)`;
/** The thoughts, then the event ("… since my husband beat me again", "… because he left me"). */
const BEFORE = ` ${THOUGHTS} (?:\\p{L}+ ){0,3}?(?:since|ever since|after|because|tangu|baada ya) (?:\\p{L}+ ){0,4}?${ANCHOR}(?= |$)`;
/** A clause that begins with them ("… she left me. the suicidal thoughts …", "… but the suicidal thoughts …"), the
 * event told elsewhere in the check-in. */
const OPENING = `^ (?:(?:and|but|na|lakini|ila|so|now|sasa) )?${THOUGHTS}(?= |$)`;

/** In their sentence: over ("… but counselling helped and they stopped"), or said of another ("she is suicidal"). */
const OVER_OR_THEIRS = re(
  ' (?:they (?:have )?stopped|(?<! (?:nothing|never|not|hasnt|havent|nobody|no one|really)(?: has| have)? )helped|(?<! be )much better|i sleep well|doing (?:great|well)|healing|feel great|before but|then but now|went away|are over|recovered|zimeisha|i am okay now|counselling worked|(?:scared|worried|afraid) (?:for|about) (?:him|her|them|my)|check on|to see a counsell?or|(?:they are|theyre) (?:gone|over)|gone now|over now|(?:i have been|ive been) (?:fine|okay|ok|well|good|happy|stable)|now i am (?:a|an|fine|okay|ok|happy|well|better|stable)|i am (?:well|fine|stable)(?: now)?|very happy|this year i|got help|(?:he|she|they) (?:is|are|was|has|have) (?:been )?(?:suicidal|depressed|in hospital|admitted)) ',
);
/** In the check-in: a text, a show, a lesson or someone else's care (not a person named, a joke denied or a class). */
const ABOUT_A_TOPIC = re(
  ' (?:preach\\p{L}*|sermon|mahubiri|song|lyrics|film|movie|documentary|podcast|series|(?:tv|radio) drama|filamu|wimbo|kitabu|book|novel|chapter|poem|billboard|lecture|workshop|we learnt|case study|roleplay|training|on (?:the )?(?:radio|tv)|(?:radio|tv) (?:show|programme|program|presenter)|presenter|campaign|awareness|callers?|patients|pupils|students|as a (?:counsell?or|nurse|doctor|teacher|pastor|parent)|counselling (?:a|my)|zinapita|they pass) ',
);
/** Someone's saying right before the event ("… women say he beat me …"), a question or a hypothetical. */
const QUOTED = re(' (?:say|says|said|saying|told me|tells me|asked|ask|if|whether|kama)(?: \\p{L}+){0,2} $');
const guards = {
  unlessBefore: QUOTED,
  unlessNear: AT_LARGE,
  unlessSentence: OVER_OR_THEIRS,
  unlessWhole: ABOUT_A_TOPIC,
  unlessWritten: WRITTEN_AS_FORM,
  // The event names the speaker as its object: its subject is someone else by its nature.
  selfReferring: true,
} as const;

export const THOUGHTS_AFTER_CUES: readonly Cue[] = [
  { tier: 'active', code: 'suicidal_thoughts', re: re(`(?:${AFTER}|${BEFORE})`), ...guards },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(OPENING),
    // Not the thoughts' own "hit me".
    onlyWhole: new RegExp(` (?<!(?:thoughts|thots|urges|feelings) (?:\\p{L}+ )?)${ANCHOR} `, 'u'),
    ...guards,
  },
];
