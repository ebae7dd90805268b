import { re } from './words.js';
import { CAUSE, DAYS } from './repeated-else.js';
import { SIKU } from './planned-words.js';

// What "again" wants or fears after one's own past act or thoughts (repeated.ts reads where): the act wanted, intended
// or urged again, the feeling or the fear of it again, a voice telling one to finish it.

/** After a wanted repetition: the end, a time to come, or despair. */
const WANT_END = `(?= $| (?:tomorrow|tonight|today|next|soon|now|this|on (?:${DAYS})|${DAYS}|i (?:cant|can not|cannot|am done|am tired|give up)|and i am (?:planning|going to do) it)\\b)`;
/** After the feeling or the fear of it again: as after a wanted repetition, or a reason, a time of now, the thoughts or
 * their weight beside it (red team 216: "… i feel that way again since i lost my job", "… scared i will do it again the
 * thoughts are very loud at night"); not since one met someone. */
const FEEL_END = `(?:${WANT_END}|(?= (?:(?:since|ever since) (?!i (?:met|saw|started dating|fell)|my (?:crush|ex|boyfriend|girlfriend|fiance|fiancee|bae)\\b|he |she |him |her )(?:i|my|the|last|then|nothing|everything|no one|nobody|\\p{L}+ing|january|february|march|april|may|june|july|august|september|october|november|december|\\p{N}+)|because|cause|coz|cuz|after|these days|lately|recently|especially|(?:the|my|these|those) (?:suicidal )?thoughts|and (?:last night|yesterday|today|tonight|this (?:week|morning))|and (?:i )?(?:did it|cut myself|cut|tried (?:it|again)|relapsed)(?= $| (?:last|yesterday|today|tonight|this|again|on)\\b)|and (?:i (?:dont|cant|do not|can not|am not)|its|it is|they are)(?! (?:fine|okay|ok|good|great|better|well|nice)\\b))\\b))`;

/** Afraid of doing it again, the feeling again or those feelings back: read right after the past, opening its sentence,
 * or after a turn in the past's own run-on sentence (session 49; two sentences on, "that way" is whatever was told
 * between: homesickness, a crush, exam fear). */
const FEEL_FORMS = `(?:${[
  ` i (?:am |m )?(?:scared|afraid|worried|terrified|fear) (?:that )?(?:i (?:will|might|may|would)|ill|i ll) (?:do it|try it|try|attempt it) again${FEEL_END}`,
  ` i (?:feel|am feeling) (?:exactly |just )?(?:that way|like that|the same way) again${FEEL_END}`,
  ` (?:those|these|the same|the old|my old|suicidal|the) feelings (?:(?:are|have come|came|are coming) back|(?:have )?returned)${FEEL_END}`,
  ' (?:(?:naogopa|nina wasiwasi) (?:kwamba )?(?:nitafanya|nitajaribu|ntafanya|ntajaribu|nitarudia|ntarudia) (?:hivyo )?|(?:nahisi|najisikia|najiskia|naskia) (?:hivyo|vivyo hivyo|hivo|vile) )tena(?= $| (?:leo|sasa|siku hizi|kila siku|tangu|toka|since)\\b)',
  ' (?:naogopa|nina wasiwasi) (?:kwamba )?(?:nitarudia|ntarudia)(?= $)',
].join('|')})`;
/** The act wanted, intended or urged again ("I attempted suicide years ago. I want to do it again.", "nitajaribu
 * tena"), which another goal told beside it may own ("… I failed KCSE, I'm going to try again"). */
export const AGAIN_WANTED = re(
  ` i (?:still |really |just )?(?:(?:(?:want|need|plan|am planning|am going|have (?:the|an) urge) to |will )(?:do it|do that|try|try it|attempt it|attempt)|feel like (?:doing it|trying it|trying)|(?:have been|am|keep) thinking about (?:it|that|doing it)) (?:again|once more|one more time)${WANT_END}` +
    `| (?:(?:nataka|natamani|ninataka|nimepanga|napanga|nimeamua) ku(?:jaribu|fanya)(?: hivyo)?|nitajaribu|nitafanya|ntajaribu|ntafanya) tena(?= $| (?:kesho|leo|usiku|wiki|hii|sasa|tu|jumamosi|jumapili|ijumaa)\\b)(?!(?: \\p{L}+){0,3} (?:sherehe|party|birthday|harusi|mtihani|exam|biashara|kazi|safari|trip|mkutano|meeting|usaili|interview)\\b)` +
    `| (?:nafikiria|nawaza|nataka|napanga|nimeamua|nimepanga) (?:ku)?rudia(?: tena)?(?= $| (?:kesho|leo|usiku|wiki|hii|sasa|tu|${SIKU})\\b)` +
    // Afraid of doing it again, the feeling again or those feelings back (FEEL_FORMS), opening its sentence.
    `|${FEEL_FORMS}` +
    // Thinking of it again or still ("… na sasa nawaza tena"; session 50); not "nafikiria tena" (reconsidering).
    '| (?:(?:nawaza|natamani|ninawaza) (?:hivyo |hayo |kufanya hivyo )?tena|bado (?:nawaza|natamani|ninawaza))(?: (?:leo|sasa|siku hizi|kila siku|hivyo|hayo))*(?= *$)' +
    // "finish it" only after an attempt told (ATTEMPT_CUE): "I tried to kill myself in 2019. I am going to finish it."
    `| i (?:am going to|will|am gonna|want to|need to) finish (?:it|the job|what i started)(?: this time)?${WANT_END}`,
);
/** A cue clause that tells an attempt, which "finish it" may take up. */
export const ATTEMPT_CUE = / (?:tried|attempted|attempt|overdosed|nilijaribu|niliwahi kujaribu) /u;
/** A voice urging one on (review 212: "… the same voice is talking every night telling me to finish what i started"):
 * only the words that may stand between, not a voice note, a head of department or "no voice". */
const VOICE = `(?<!(?:no|not a|never a|without a) )(?:voice(?! (?:note|notes|message|mail|call|recording|over))|voices|something|my mind|my head(?! (?:of|teacher|master|boy|girl)))(?: (?:keeps|keep|is|are|still|always|again|back|inside me|in me|inside|in my head|at night|every night|talking|that|which))*? (?:(?:telling|tells|tell|urging|urges|whispering|whispers) me to|(?:says|saying|say|whispering|whispers)(?: (?:to|that i should|i should))?)`;
const VOICE_END = `(?: (?:this time|soon|today|tonight|already|properly|for good|last year))?(?= $| (?:and (?!(?:get|pass|finish|complete|do|go|start)\\b)|but|every|at night|tonight|now|this|i|am|i am)\\b)`;
/** … to finish what one started, anywhere after an attempt told; "finish it" only opening its sentence, where "it" can be
 * nothing told before ("… my essay is due friday and my mind keeps telling me to finish it"). */
const VOICE_FINISH = re(` ${VOICE} (?:finish|complete) (?:the job|what i (?:started|began))${VOICE_END}`);
const VOICE_FINISH_IT = re(` ${VOICE} (?:finish|complete) it${VOICE_END}`);
const VOICE_OPENER =
  /^(?: *(?:and|but|now|sasa|sai|honestly|lately|these days|today|tonight|there is|theres|the same|a|the|my|i keep hearing))* *$/u;
/** A recovery told before it ("i no longer hear the voice telling me to finish it"). */
const NO_LONGER =
  /(?:no longer|dont|do not|never|stopped|cant|cannot|no more|there was|i heard|used to) (?:\p{L}+ ){0,3}$/u;
/** … or after it ("… but it is gone now", "… is quieter now since therapy"). */
const FADED =
  / (?:(?:is|its|are|has been|got|getting) (?:now )?(?:gone|quieter|quiet|silent)|went away|has stopped|stopped(?! me)|i (?:now |just |can now )?(?:ignore|ignored) (?:it|them|the voices?))\b/u;
export function voiceFinish(words: string): RegExpExecArray | null {
  const it = VOICE_FINISH_IT.exec(words);
  const m = VOICE_FINISH.exec(words) ?? (it && VOICE_OPENER.test(words.slice(0, it.index)) ? it : null);
  return m && !NO_LONGER.test(words.slice(0, m.index + 1)) && !FADED.test(words.slice(m.index + m[0].length))
    ? m
    : null;
}
export const FINISH = / (?:finish|complete) (?:it|the job|what i (?:started|began)) /u;
/** Another undertaking left unfinished, anywhere in the check-in, which "finish it" may name ("… dropped out of campus"). */
export const UNFINISHED = re(
  ' (?:school|shule|campus|college|university|chuo|masomo|studies|degree|course|dropped out|nikaacha|niliacha|project|thesis|book|house|nyumba|building|assignment|report|kazi|work|driving|licence|license|kcse|kcpe|exams?|training|diploma|masters|business|biashara|mjengo|race|marathon|song|album|novel|graduat\\p{L}*|nursing|program|programme) ',
);
/** Only a joining word or a time before it in its sentence (a date right after the cue: "… zamani na sasa …"). */
const OPENER =
  /^(?: (?:in|mwaka(?: wa)?) \p{N}{4}| zamani| years ago| long ago| miaka (?:\p{N}+ |\p{L}+ )?iliyopita)?(?: *(?:and|but|so|now|honestly|today|tonight|lately|sometimes|these days|i think|i feel like|part of me|na|lakini|ila|sasa|leo|siku hizi))* *$/u;
export const openingSentence = (m: RegExpExecArray | null, words: string) =>
  m && OPENER.test(words.slice(0, m.index)) ? m : null;

/** The words without the reason told after a feeling or a fear of it again ("i feel that way again since i lost my
 * job"): that reason is no other goal; the wanted forms keep theirs ("i feel like trying again because kcse …"). */
const FEEL_AGAIN = re(`^${FEEL_FORMS}`);
const REASON = new RegExp(`${CAUSE.source.replace('(?:after|', '(?:after|ever since|tangu|toka|cause|coz|cuz|')}`, 'u');
export const withoutFeelReason = (words: string, m: RegExpExecArray) =>
  FEEL_AGAIN.test(`${m[0]} `)
    ? `${words.slice(0, m.index + m[0].length)} ${words.slice(m.index + m[0].length).replace(REASON, ' ')}`
    : words;

/** Other feelings, a romance or a wellbeing that "that way" or "those feelings" may be ("… i met joyce and i feel that way
 * again like a teenager", "… i feel much better"); not denied ("i cant feel good about anything"). */
const OTHER_FEELING_OR_LOVE =
  /(?<! (?:not|no|nothing|nobody to|miss|no longer|cant|dont|never|cannot|sina|hakuna)) (?:love|in love|crush|butterflies|happy|happiness|joy|joyful|excited|excitement|homesick|proud|young|grateful|thankful|blessed|hopeful|peace|peaceful|nostalgic|furaha|upendo|mapenzi|amani|shukrani|met|dating|texted me|girlfriend|boyfriend)\b|(?<! (?:not|no|nothing|nobody to|miss|no longer|cant|dont|never|cannot|sina|hakuna)) (?:feel|feeling|am|im) (?:much |so |a lot |really )?(?:better|good|great|fine|okay|ok|well|happier)\b/u;
/** Whether a feeling or a fear of it again (`m` of AGAIN_WANTED) read by this session's tails (a reason, "lately", the
 * thoughts) is said beside another feeling or a wellbeing; one ending or followed by a time stands, as before. */
const WANT_TAIL = re(`^${WANT_END}`);
export const feelingOfOther = (m: RegExpExecArray, words: string): boolean =>
  FEEL_AGAIN.test(`${m[0]} `) &&
  !WANT_TAIL.test(words.slice(m.index + m[0].length)) &&
  OTHER_FEELING_OR_LOVE.test(words);

/** The feeling or the fear again right after a turn in the past's own run-on sentence ("… i was okay for some months but
 * those feelings have returned since …", "… nikapona lakini nahisi hivyo tena"; red team 219). */
const FEEL_TURNED = re(
  `(?<= (?:but|lakini|ila|now|sasa|sai|sahi|sahii|recently|lately|these days|siku hizi|saa hii))${FEEL_FORMS}`,
);
/** A feeling told between the past and the turn, which "that way" may take up ("… nikaokoka nikajisikia mtu mpya ila
 * sahii nahisi hivyo tena"). */
const FELT_BETWEEN =
  / (?:i felt|felt|i feel|i was (?:so|very|really|too) \p{L}+|nikajisikia|nilijisikia|najisikia|nikawa na|nikahisi|nilihisi) /u;
export function feelingTurned(words: string): RegExpExecArray | null {
  const m = FEEL_TURNED.exec(words);
  return m && !OTHER_FEELING_OR_LOVE.test(words) && !FELT_BETWEEN.test(words.slice(0, m.index + 1)) ? m : null;
}
