import type { Clause } from './normalise.js';
import { CONTINUING } from './patterns.js';
import { THING, THING_SW } from './back-words.js';

// CONTINUING read any "again" and any bare Swahili "it is back" of a run-on check-in as the past going on, so "i used to
// self harm but last night i slept well again" and "nilijaribu kujiua 2020 … hamu ya kula imerudi" were critical
// (reviews 31, 39, 219, 220). After the cue they still count unless what came again is an everyday doing, a wellbeing
// not denied, an everyday thing, or the act denied: a closed list of act words let crises told otherwise fall (review
// 40, and a code review of a first form). Any "again" before the cue still moves the story to now.

/** Words that end the stretch "again" speaks of: what came again is told after the last of them. */
const JOINS = new Set('and but now so then though na sasa sai sahi lakini ila halafu'.split(' '));
const TIMES =
  /^(?: (?:and|but|then|now|once|today|tonight|yesterday|last night|this week|sasa|leo|jana|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))* *$/u;

/** Words only of the act, its thoughts or its means, which no everyday doing beside them hides. */
const ACT =
  /(?:^| )(?:cutting|cut myself|harm myself|hurt myself|urges?|thoughts?|suicidal|suicide|die|dying|kill|killing|pills|tablets|blade|razor|rope|overdosed?|relapsed?|bleeding)(?= |$)/u;
const WELL_WORD =
  '(?:alive|okay|ok|fine|well|good|better|happy|strong|stronger|free|normal|safe|at peace|healthy|hopeful|grateful|blessed|proud|myself|like myself)';
/** A wellbeing denied: "i am not okay again", "i dont feel alive again". */
const WELL_DENIED = new RegExp(
  ` (?:not|never|no longer|dont|cant|cannot|isnt|arent)(?: (?:feel|feeling|being|be|really|so|very|quite|that))* ${WELL_WORD}(?= |$)`,
  'u',
);
/** A wellbeing: "now i feel alive again", "i am okay again", "i love myself again". */
const WELL = new RegExp(
  ` (?:feel|feeling|felt|am|im|is|are|was|be|been)(?: \\p{L}+)? ${WELL_WORD}(?= |$)| (?:love|loving) myself| at peace| (?:smil|laugh)\\p{L}*`,
  'u',
);
/** The act denied: "i havent done it again", "i will never try that again", "i never want to feel like that again". */
const ACT_DENIED =
  / (?:havent|have not|hasnt|has not|wont|will not|didnt|did not|never|not|dont|do not)(?: \p{L}+){0,2}? (?:done|do|did|doing|cut|tried|try|attempt|attempted|hurt|harmed|relapse|relapsed|go back|going back|go through|going through|feel (?:like that|that way|this way|like this))(?= |$)/u;
/** An everyday doing: "yesterday i went to work again", "i danced again", "i started my business again". */
const DOING =
  / (?:(?:went|go|going|gone|came|come|back) (?:back )?to (?:therapy|church|school|work|class|classes|the gym|gym|counsel\p{L}*|my counsel\p{L}*|the support group|support group|group therapy|campus|college|uni|university|the village|shags|ocha|mass|the market|market|my exams?|the salon|the office|my job)|went (?:swimming|hiking|dancing|jogging|running|shopping|home|out)|(?:laughed|smiled|danced|sang|cooked|planted|studied|prayed|preached|swam|jogged|trained|baked|braided|played|won|passed|graduated|travelled|traveled|visited|spoke|did my exams?|slept|ate)|got (?:engaged|married|a job|promoted|paid|malaria|typhoid|flu|the flu|a cold|sick)|called (?:my|mum|mom|dad)|missed (?:school|class|classes|work|lunch)|started (?:my|a|the|going|working|school|selling|braiding|training|to (?:live|work|study|sing|pray|eat|sleep|enjoy)))(?= |$)/u;
/** An everyday thing as what came again: "my boss shouted again", "the power went off again", "my knee hurts again". */
const EVERYDAY =
  / (?:boss|teacher|power|lights|stima|network|system|rain|rains|raining|blood pressure|sugar|knee|ankle|toe|finger|tooth|teeth|toothache|headaches?|migraine|back pain|my back|hair|nails|salary|market|traffic|prices|fuel|phone|car|malaria|fever|flu|cough|ulcers?|asthma)(?= |$)/u;
/** … unless it is the cause: "exam pressure made me cut again". */
const CAUSE = / (?:made|makes|make|pushed) me | because | due to /u;
/** A purpose after it: "… tried again for the driving test", "… at the interview". */
const PURPOSE_AFTER = /^ (?:for|at) (?:the|my|a|an)(?! (?:last|final) time| same)(?= )/u;
/** A fresh wound named right after it ("… went to the clinic again for stitches on my new cuts"). */
const WOUND_AFTER = /^(?: \p{L}+){0,6} (?:stitches|bleeding|(?:new|fresh) (?:cuts|wounds|scars))(?= |$)/u;
/** Thanks or an everyday doing after a bare "again" ("but again i say thank you", "and again on sunday i went to church"). */
const THANKS = / (?:thank|thanks|asante|i say)(?= |$)/u;
const AGAIN = / again(?= |$)/gu;
const AGAIN_ONE = / again(?= |$)/u;

const everyday = (words: string) =>
  DOING.test(words) || WELL.test(words) || (EVERYDAY.test(words) && !CAUSE.test(words));

/** The words before "again" back to the nearest joining word or subject ("… years ago i hurt my knee"), at most eight. */
function stretchBefore(text: string, at: number): string {
  const words = text.slice(0, at).trim().split(' ');
  const kept: string[] = [];
  for (let k = words.length - 1; k >= 0 && kept.length < 8 && !JOINS.has(words[k]!); k--) {
    kept.unshift(words[k]!);
    if (words[k] === 'i' || words[k] === 'we') break;
  }
  return ` ${kept.join(' ')} `;
}

/** Whether one "again" of the clause says the act or the feelings go on. */
function againGoesOn(text: string): boolean {
  for (const m of text.matchAll(AGAIN)) {
    if (/ never$/u.test(text.slice(0, m.index))) continue;
    const stretch = stretchBefore(text, m.index);
    const after = ` ${text
      .slice(m.index + m[0].length)
      .trim()
      .split(' ')
      .slice(0, 8)
      .join(' ')} `;
    if (WOUND_AFTER.test(after)) return true;
    // "… and again on saturday", "…, today again": what follows says what came again.
    if (TIMES.test(stretch)) {
      if (!everyday(after) && !THANKS.test(after)) return true;
      continue;
    }
    if (WELL_DENIED.test(stretch)) return true;
    if (ACT_DENIED.test(stretch)) continue;
    if (ACT.test(stretch) || !(everyday(stretch) || PURPOSE_AFTER.test(after))) return true;
  }
  return false;
}

/** The Swahili "back", with the object forms: "imerudi", "yamenirudia", "zimerejea". */
const BACK_SW = / (?:zi|ya|i)me(?:ni)?(?:rudi|rudia|rejea)(?= |$)/gu;
/** A recovery told after it: "hali imerudi kawaida", "maisha imerudi normal". */
const RECOVERED_AFTER = /^ (?:kawaida|normal|sawa|poa|shwari|juu|vizuri)(?= |$)/u;
/** Things of the shared lists that are as often the pain itself: "maumivu ya moyo", "mambo yamerudi vile vile". */
const NOT_A_THING =
  / (?:mambo|maumivu(?! ya (?:jino|meno|mgongo|kichwa|tumbo|mguu|goti|mkono))|hamu(?! (?:yangu |yake )?ya (?:kula|kusoma|kazi|chakula)))(?= )/gu;
/** The thoughts, the act or a low mood named there ("hamu ya kujiua imerudi", "ile giza imerudi"), not said over. */
const THOUGHTS_SW =
  / (?:ku(?:jiua|fa|jitoa|jimaliza|jiumiza|jikata|jidhuru)|mawazo|hisia|thoughts|feelings|stress|kitu|hali|moyo|giza|huzuni|depression|sonona)(?= )(?!(?: \p{L}+)? (?:yameisha|zimeisha|imeisha|hayapo|hazipo))/u;
const SW_JOINS = new Set('na sasa sai sahi lakini ila halafu but and now'.split(' '));

/** Whether a bare Swahili "back" of the clause is said of the thoughts, not of a thing named with it. */
function backGoesOn(text: string): boolean {
  for (const m of text.matchAll(BACK_SW)) {
    const lead: string[] = [];
    const words = text.slice(0, m.index).trim().split(' ');
    for (let k = words.length - 1; k >= 0 && lead.length < 3 && !SW_JOINS.has(words[k]!); k--) lead.unshift(words[k]!);
    const tail = text
      .slice(m.index + m[0].length)
      .trim()
      .split(' ');
    const cut = tail.findIndex((w) => w === 'kwa' || w === 'na');
    const after = ` ${tail.slice(0, cut < 0 ? 2 : Math.min(cut, 2)).join(' ')} `;
    const around = ` ${lead.join(' ')} ${after} `;
    if (THOUGHTS_SW.test(` ${lead.join(' ')}${m[0]} ${tail.slice(0, 3).join(' ')} `)) return true;
    const thing = THING_SW.test(around.replace(NOT_A_THING, ' ')) || THING.test(around) || RECOVERED_AFTER.test(after);
    if (!thing) return true;
  }
  return false;
}

/** The clause says it goes on ("10 years later I still think about it", "… and now the urge is strong again"). */
const goesOn = (text: string): boolean => CONTINUING.test(text) || againGoesOn(text) || backGoesOn(text);

/** Whether the sentence of cue clause i says the past goes on: a clause of it, or any "again" before the cue (`before`,
 * the cue clause's words up to the cue). */
export function sentenceGoesOn(
  cs: readonly Clause[],
  i: number,
  before: string,
  sameSentence = cs.filter((x) => x.sentence === cs[i]!.sentence),
): boolean {
  const againEarlier = (x: Clause) => cs.indexOf(x) < i && AGAIN_ONE.test(x.text);
  return AGAIN_ONE.test(` ${before} `) || sameSentence.some((x) => goesOn(x.text) || againEarlier(x));
}
