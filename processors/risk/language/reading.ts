import { DENIED_NOUN, SW_DENIED_NOUN } from './also-denied.js';
import { sentenceGoesOn } from './continuing.js';
import { normaliseWords, type Clause } from './normalise.js';
import { everydayAfter, TAKEN_BACK, takesBack } from './taken-back.js';
import { deniedThenTakenBack, UNTRUE } from './plain-denial.js';
import { SW_THIS_MUCH } from './words.js';
import {
  everydayOpens,
  hadNoneOpens,
  nothingAfter,
  plainNoOpens,
  saidOverAround,
  spokenAlone,
  thoughtsOpen,
  withoutToday,
} from './denied-alone.js';
import {
  BACKSTOP,
  HISTORY,
  NEGATION_FILLER,
  NEGATOR_WORDS,
  PAST_ANCHOR,
  PLAN_STATED,
  PAST_TENSE,
  PRESENT,
  RECENT,
  SUBJECTS,
  URGE_BEFORE_NEGATOR,
} from './patterns.js';

// How a clause reads around a cue: whose words they are (subject, quotation), whether a negator governs the cue, and
// in which tense the cue is told. detect.ts judges a cue with these.

/** The cue's words stand inside quotation marks in the clause as written (after an opening mark left unclosed when
 * the clause was split at a comma): someone else's words, not the speaker's beside them. */
export function insideQuotes(raw: string, cue: string): boolean {
  const parts = raw.split(/["\u201C\u201D]/u);
  return parts.some((p, k) => k % 2 === 1 && ` ${normaliseWords(p)} `.includes(cue.trim()));
}

/** A cue clause with no subject and no present-tense word of its own ("I was hospitalized, at age 12, for trying to
 * kill myself") is told in the tense its sentence set: the nearest clause before it in the same sentence that has a
 * subject. A clause with its own subject or a present word ("…, now I want to die") keeps its own tense. */
/** "This time" or "safari hii" before a future or a vow speaks of now or next (session 46: "i tried to kill myself last
 * year lakini safari hii sitashindwa" took the first clause's past); "… this time for self harm" tells that past. */
const THIS_TIME =
  / (?:this time|next time|safari hii|mara hii|hii time|mara ijayo) (?:i |it |nobody |no one )?(?:will|wont|am going|is going|going to|am not|have|nita\p{L}+|sita\p{L}+|ita\p{L}+|nime\p{L}+|hakuna)\b/u;

export function sentenceFrame(cs: Clause[], i: number, before: string): { past: boolean; history: boolean } {
  const c = cs[i]!;
  const none = { past: false, history: false };
  if (PRESENT.test(c.text) || RECENT.test(c.text) || THIS_TIME.test(c.text)) return none;
  if (sentenceGoesOn(cs, i, before)) return none;
  if (new RegExp(SUBJECTS.source, 'u').test(before) || BACKSTOP.firstPerson.test(before)) return none;
  let history = false;
  for (let k = i - 1; k >= 0 && cs[k]!.sentence === c.sentence; k--) {
    const t = cs[k]!.text;
    if (RECENT.test(t)) return none;
    history ||= HISTORY.test(t) || PAST_ANCHOR.test(t);
    // The tense of that clause's last subject and its verb ("i feel worse than the day i was hospitalized": was).
    const subjects = [...t.matchAll(SUBJECTS)];
    if (subjects.length === 0) {
      if (PRESENT.test(t)) return none;
      continue;
    }
    const tail = t.slice(subjects.at(-1)!.index);
    if (PRESENT.test(tail)) return none;
    return { past: PAST_TENSE.test(tail), history };
  }
  return none;
}

/** The words of the cue's own verb phrase before it: at most four, and none before a joining word ("…and I want"). */
export function ownWords(before: string): string {
  // Not Swahili "na": it is also "have" ("nilikuwa na mawazo").
  return lastWordsAfterJoin(before, 4, ['and', 'or', 'but', 'so', 'then', 'halafu', 'lakini']);
}

/** The last `n` words of `before`, none before the last of the joining words. */
export function lastWordsAfterJoin(before: string, n: number, joins: readonly string[]): string {
  const words = before.trim().split(' ').slice(-n);
  return words.slice(Math.max(...joins.map((w) => words.lastIndexOf(w))) + 1).join(' ');
}

/** "i see no reason not to", "i cant find a reason not to", "give me one reason not to": no reason against it, a wish
 * for it; not "my kids are my reason not to". `k` is the "not". */
function noReasonNot(words: readonly string[], k: number): boolean {
  if (words[k] !== 'not' || !/^reasons?$/u.test(words[k - 1] ?? '')) return false;
  const lead = words.slice(Math.max(0, k - 5), k - 1);
  return lead.some((w) => /^(?:no|never|cant|cannot|dont|any|without)$/u.test(w)) || lead.join(' ').includes('give me');
}
/** Words that deny both things of a "wala" or "nor" after them. */
const DENIES_TWO = new Set(['sina', 'neither', 'hakuna']);
/** A verb after the denying word makes the first thing a wish of its own ("i neither want to live nor [want to die]"). */
const deniesTwo = (words: readonly string[]): boolean => {
  const k = words.findLastIndex((w) => DENIES_TWO.has(w));
  return k >= 0 && !words.slice(k + 1).some((w) => /^(?:want|wanna|wish|like|feel|care)$/u.test(w));
};
/** Verbs that carry a negation into the clause they take. */
const THINKING = new Set(['think', 'thinking', 'thought', 'feel', 'like']);
const INVERTED = new Set(['would', 'will', 'did', 'do', 'does', 'have', 'had', 'could', 'should', 'am', 'was', 'ever']);

/** "i never thought i would want to die", "sijawahi kufikiria nitataka kujiua": an expectation proved wrong admits a
 * wish or a thought (session 56); not an injury or a death ("… i would hurt myself playing football", "… die laughing";
 * a code review). */
export const expectedOtherwise = (before: string, cue: string): boolean =>
  (EXPECTED_EN.test(before) && WISHED_EN.test(cue)) || (EXPECTED_SW.test(before) && WISHED_SW.test(cue));
const EXPECTED_EN =
  /(?:^| )(?:never|didnt|did not) (?:ever )?(?:thought|think|imagined|expected) i (?:would|will|could|d)(?: ever| even)* $/u;
const WISHED_EN =
  /^ (?:want|wanted|wish|wished|think|thought|feel|felt|consider|considered|try|tried|plan|planned)(?= )/u;
const EXPECTED_SW = / (?:ku)?(?:fikiria|waza) $/u;
const WISHED_SW = /^ (?:(?:kwamba|kuwa) )?ni(?:ta|nge)(?:taka|tamani|fikiria|waza|jaribu|panga)\p{L}* /u;

/** A negator governs what follows: nothing but a few filler words stands between them. `plain` reads it as 6f3f0eb did
 * (no new-subject or "why not" rule), for the upgrade of a denial that names a time, which must not weaken. */
export function negated(before: string, acrossOr = true, plain = false): boolean {
  const words = before.trim().split(' ');
  // "sina [mawazo ya kujiua]": I have no — only right before what it denies ("sina tena, nataka kujiua" is no denial).
  if (words.at(-1) === 'sina') return true;
  // "sina kazi wala [mawazo ya kujiua]", "neither thoughts nor [urges to harm myself]": the second thing denied.
  if ((words.at(-1) === 'wala' || words.at(-1) === 'nor') && deniesTwo(words.slice(-5, -1))) return true;
  // "i cant even, i want to die": a new "i" between starts a clause the negator cannot reach, unless a verb of
  // thinking carries the negation into it ("i dont think i want to die").
  let newSubject = false;
  let thinking = false;
  for (let k = words.length - 1, skipped = 0; k >= 0 && skipped <= 4; k--, skipped++) {
    // "not super depressed or suicidal": a negation reaches across a word coordinated right before the cue only
    // (not "don't leave or I'll kill myself").
    if (acrossOr && (words[k] === 'or' || words[k] === 'nor') && k === words.length - 1 && k > 0) {
      k--;
      continue;
    }
    // "struggle (hard) to not self harm", "trying not to": an urge the speaker fights, not a denial; "why not just
    // kill myself" asks, it does not deny.
    if (NEGATOR_WORDS.has(words[k]!))
      return (
        (plain || ((!newSubject || thinking) && words[k - 1] !== 'why' && !noReasonNot(words, k))) &&
        !words.slice(Math.max(0, k - 3), k).some((w) => URGE_BEFORE_NEGATOR.has(w))
      );
    // "I wouldn't consider myself suicidal": myself only as the object of considering (not "I'm not myself").
    if (words[k] === 'myself' && /^consider/u.test(words[k - 1] ?? '')) continue;
    // "i dont think so, i just want to [sleep forever]": the answer is whole; what follows is said anew.
    if (words[k] === 'so' && THINKING.has(words[k - 1] ?? '') && words[k + 1] === 'i') return false;
    // "i dont have a [plan to kill myself]": the article of what is denied, nowhere else ("not a joke, i want to die").
    const article =
      words[k] === 'a' &&
      /^(?:have|had|having|got|no)$/u.test(words[k - 1] ?? '') &&
      (k === words.length - 1 || words[k + 1] === 'plan');
    if (!NEGATION_FILLER.has(words[k]!) && !article) return false;
    // "never would i", "never ever i": an inverted or emphatic "i" is the negator's own subject.
    if (words[k] === 'i' && !INVERTED.has(words[k - 1] ?? '')) newSubject = true;
    else if (THINKING.has(words[k]!)) thinking = true;
  }
  return false;
}

const OBJECT_ME =
  / (?:around|to|with|for|at|about|of|from|near|behind|like|than|on|in|by|without|against|towards?|beside) $/u;
/** Verbs whose next person is their object ("i told my mom about wanting to die"). */
const OBJECT_VERB =
  / (?:told|tell|telling|asked|ask|asking|called|call|calling|texted|messaged|hugged|thanked|visited|love|miss|missed) $/u;

/** Words after an object that leave it behind ("to my family and want to die"), unlike its own verb ("of my parents
 * committed suicide") or an infinitive ("common for people to consider suicide"). */
const NEW_PART = /^ (?:and|about|for|saying|but|so|because|when|after|before|since|then|na|kuhusu)\b/u;
/** The length of a preposition the cue begins with (" about wanting to die"), else 0. */
const leadingWord = (cue: string) => /^ (?:about|of|for|with|on|to) /u.exec(cue)?.[0].length ?? 0;

/** The last subject named before the cue is not the speaker (no subject at all: the speaker, as in speech). */
export function aboutSomeoneElse(before: string, cue = ''): boolean {
  const text = before + cue;
  let last: string | undefined;
  for (const m of text.matchAll(SUBJECTS)) {
    const head = text.slice(0, m.index + 1);
    // "people around me started dying": me after a preposition is an object, not the subject.
    if (m[1] === 'me' && OBJECT_ME.test(head)) continue;
    // "a burden to my family and want to die", "told my mom about wanting to die", "letters to my kids": someone named
    // as an object is not the cue's subject, unless the cue's verb follows it ("worried about my friend wanting to die").
    const object = m[1] !== 'me' && m[1] !== 'i' && (OBJECT_ME.test(head) || OBJECT_VERB.test(head));
    const end = m.index + m[0].length;
    if (
      object &&
      (end > before.length || NEW_PART.test(` ${text.slice(end, before.length + leadingWord(cue)).trim()} `))
    )
      continue;
    last = m[1];
  }
  return last !== undefined && last !== 'i' && last !== 'me';
}

/** Words that start the speaker's next statement in a run-on clause ("… the song was nice and i want to die"). */
const JOINS = new Set(['and', 'then', 'but', 'so', 'because', 'cause', 'coz', 'halafu', 'lakini', 'alafu']);
/** A word that starts a statement of its own after a join: a subject, or a Swahili verb with its subject prefix. */
const STARTS = new RegExp(
  `${SUBJECTS.source}| (?:we|you|it|this|that|now|today|then|n[aiu]\\p{L}{3,}|[aw][aln]\\p{L}{3,}) `,
  'u',
);

/** The cue's own stretch of its clause: up to ten words before it, none before a joining word, the cue and three
 * words after it. Speech-to-text gives a whole check-in as one clause, so an exception (a quotation, advice to someone,
 * a laugh) counts only inside this stretch, never because the word stands somewhere else in the transcript. */
export function localStretch(before: string, cue: string, after: string): { before: string; all: string } {
  const words = before.trim().split(' ').slice(-10);
  let from = 0;
  // A join followed by a verb goes on with the same subject ("the character sits alone and says …"): not a new start.
  for (let k = words.length - 1; k >= 0; k--)
    if (JOINS.has(words[k]!) && (k + 1 >= words.length || STARTS.test(` ${words[k + 1]} `))) {
      from = k + 1;
      break;
    }
  const own = ` ${words.slice(from).join(' ')} `;
  const next = after.trim().split(' ').slice(0, 3).join(' ');
  return { before: own, all: `${own}${cue.trim()} ${next} ` };
}

/** A second thing a denial names, joined to the first ("no thoughts or plans to", "sina mawazo ya kujiua wala mpango
 * wa"; the nouns are also-denied.ts's). */
const OR_ALSO = String.raw`(?: (?:or|nor) (?:any )?(?:suicidal )?${DENIED_NOUN}){0,3}`;
const WALA_ALSO = String.raw`(?:(?: (?:ya|za|wa) kuji\p{L}+)? (?:wala|au|ama) ${SW_DENIED_NOUN}){0,3}`;
/** Thoughts denied right before or after what they deny ("no thoughts of [ending my life]", "sijawahi kufikiria
 * [kujiua]", "[suicide] has never crossed my mind"; a blind probe set, 2026-12-02), or said not to be ("si eti [nadai
 * kujimaliza]", it's not that I want to; another, the same day), never wished ("i have never wished [to die]"), or a wish
 * denied with the act coordinated with it ("i dont want to die or [hurt myself]", not "dont leave or [i'll kill myself]").
 */
const DENIED_BEFORE = new RegExp(
  String.raw` (?:(?:have|had|ve) no intentions? (?:of|to)|(?:no|neither) (?:suicidal )?${DENIED_NOUN}${OR_ALSO} (?:of|about|to)|sina (?:nia|mpango|mawazo|thoughts|fikra|hamu)(?: (?:wowote|yoyote|zozote|lolote))?${WALA_ALSO} (?:ya|za|wa)(?: kuji\p{L}+ (?:au|ama))?|sina \p{L}+ (?:wala|ama|au) ${SW_DENIED_NOUN} (?:ya|za|wa)|(?:sijafikiria|sijawaza|sifikirii|siwazi|sija(?:wahi|wai) (?:kufikiria|kuwaza))(?: kabisa| hata kidogo)?|(?:si|sio|siyo) (?:eti|kwamba)(?: (?:na|ni)?(?:dai|taka|tamani|waza|fikiria|pango)\p{L}*)?|haimaanishi(?: kwamba| eti)?(?: (?:na|ni)?(?:dai|taka|tamani|waza|fikiria)\p{L}*)?|(?:dont|do not) have any (?:suicidal )?(?:thoughts?|ideas?|plans?|intentions?|wish)${OR_ALSO} (?:of|about|to)|(?:have|had|ve) no (?:wish|desire) (?:to|of)|sina (?:mawazo|nia|mpango) (?:hayo|hizo|yoyote|yale) (?:ya|za|wa)|sija(?:wahi|wai) (?:kuwa na|kupata|pata) (?:mawazo|wazo|nia|mpango|ideas?|thoughts?)(?: yoyote| kamwe)?${WALA_ALSO} (?:ya|za|la|wa)(?: kuji\p{L}+ (?:au|ama|wala))?|hakuna (?:wazo|mawazo|mpango|nia) (?:la|ya|wa)|sina wazo (?:lolote )?la|(?:have |had )?never (?:once )?wish(?:ed)?(?: to| i (?:was|were))?|(?:dont|do not|didnt|did not|never|sitaki|sikutaki|sijawahi kutaka) (?:want|wanna|wanted|plan|intend|think of|thinking of)?(?: to)? (?:die|live|be here|exist|kufa|kuishi) (?:or|nor|wala))$`,
  'u',
);
/** Spoken and Sheng denials (probes26, 2026-12-03): "sina hiyo mawazo ya", "sina plan ya", "hakuna vitu za", "sijawai
 * fikiria". Review 14 found them followed by "… ni mawazo tu", "… sana", "… siku hizi" as often as by everyday talk, so
 * they deny only before an everyday sentence of its own (taken-back.ts). */
const DENIED_SPOKEN =
  / (?:(?:mimi |mi )?sina (?:(?:hiyo|hizo|izo|iyo|hizi) )?(?:nia|mpango|mawazo|thoughts|plan|ploti|ideas?) (?:ya|za|wa)|(?:mimi |mi )?(?:sijapata|sijawa na|sijakuwa na) (?:(?:hiyo|hizo|izo|iyo|hizi) )?(?:mawazo|wazo|thoughts)(?: yoyote)? (?:ya|za|la)|hakuna (?:vitu|kitu|mambo) (?:za|ya|cha)|sija(?:wahi|wai) (?:fikiria|waza))$/u;
/** "… has never crossed my mind", not said in mockery ("… said no one ever"; a code review, session 56). */
const DENIED_AFTER =
  /^ (?:has|have|had) (?:never|not ever|not)(?: even| once| ever)* (?:crossed|entered|been on|come to) my mind(?! said (?:no one|nobody|no body)(?: ever)?(?= *$| (?:lol|haha|ever)(?= |$)))| haija(?:wahi )?(?:nijia|kunijia|ingia) (?:akilini|kichwani)/u;
/** "… na hata sasa sina mawazo hayo" (and even now I have none), "… never had them never will": the denial said again,
 * no taking back. */
const DENIED_AGAIN =
  / (?:hata )?sasa (?:sina|sitaki|siwazi|sijawahi|sifikirii)\b| even now i (?:dont|do not|have no)\b| never will(?= (?:i|im|and|but|just|so|honestly)\b| *$)/gu;
const TOLD_SOMEONE = / (?:told|tell|telling|said|say|lied|answered|nilimwambia|niliwaambia|nilisema) /u;
/** "… but I want to live", "lakini napenda maisha yangu": a "but" that says the denial again takes nothing back. */
const BUT_LIVING =
  / (?:but|lakini|ila) (?:i (?:still )?(?:want to live|love (?:my )?life)|napenda maisha(?: yangu)?|nataka kuishi)\b/gu;
/** After an answer, what says it was not so ("the truth is", "ukweli ni ndiyo", "that was before …", "i hide it"). */
const ANSWER_TAKEN_BACK =
  / (?:yes|yeah|ndio|ndiyo|truth is|ukweli ni|actually|hide|hiding|ficha|before|kabla|pretend|najifanya|nimeshaamua|made up my mind|decision|uamuzi|ending|picked|chosen|nimechagua|bought|nimenunua|nimeshanunua|ready|tayari|nimeficha|nimevificha|so (?:that )?(?:she|he|they)|let me go|go home|get out|discharge\p{L}*|admitted|ili|juu(?! ya)|asinione|asijue|wasijue|asiwaambie|asiniite|wasiniite|courage|guts|ujasiri|reason to live|given away|gave away|goodbye|kwaheri|nimeaga|nimegawa|nimewaaga|wouldnt understand|didnt want (?:her|him|them) to (?:worry|know)|call my (?:mum|mom|parents)|didnt tell (?:her|him|them) the truth|sikutaka (?:a|wa)jue|nilim(?:wongopea|danganya)|uongo|si (?:u)?kweli|burden|would care|\p{L}*laz\p{L}*|naogopa|niliogopa|scared|afraid|believed me|bought it|fell for it|aliamini|waliamini|alikubali|ashamed|embarrassed|shame|aibu|niliona haya|\p{L}*miss|but now|lakini sasa|ila sasa) /u;

/** A degree right after the cue ("sijawahi kuwa na mawazo ya kujiua hivi", "no thoughts like this before"): never so
 * much, so some now (a code review, session 54); not "hivi karibuni" (recently) nor a filler "hivi unajua". */
const DEGREE_AFTER = new RegExp(
  String.raw`^ (?:\p{L}+ ){0,3}?(?:hivi(?! (?:karibuni|sasa|unajua|tu)(?= |$))|${SW_THIS_MUCH}|kama (?:hivi|haya|hizi)|this (?:strong|bad|much|often|intense|loud)|(?<! i )like (?:this|these))(?= |$)`,
  'u',
);
/** A plan denied, thoughts admitted ("sina plan ya kujiua, ni mawazo tu", "no plan, just the thoughts"): review 14. */
const PLAN_DENIED = / (?:plans?|mpango|ploti|nia|intentions?) (?:ya|za|wa|of|to) $/u;
const THOUGHTS_ADMITTED =
  /(?<! (?:no|not|sina|hakuna|without|bila)) (?:mawazo|thoughts|feelings|hisia|nawaza|nafikiria|thinking|urges?|mpango|uamuzi|decision)\b/u;

/** A question put to the speaker about the cue ("the counsellor asked me if i ever think of [ending my life]",
 * "aliniuliza kama huwa [nawaza kujitoa uhai]") … */
const ASKED_IF =
  / (?:(?:asked|asks|ask|asking|aliniuliza|ameniuliza|ananiuliza|akaniuliza|waliniuliza|wananiuliza|huniuliza|aliuliza|anauliza|wanauliza|unauliza|mnauliza|ukiuliza|umeniuliza|uliniuliza|mmeniuliza|mliniuliza|uliuliza|umeuliza|mliuliza)(?: me| us)?(?: \p{L}+){0,3}? (?:if|whether|kama)(?: (?!(?:told|said|tell|nikamwambia|nilimwambia|nikasema|nilisema|nikajibu|nilijibu)(?= ))\p{L}+){0,4}|(?:the |your )?question (?:about |of )?(?:if|whether)(?: \p{L}+){0,4}|(?:asked|asks|ask|asking) (?:me )?about(?: \p{L}+){0,2}) $/u;
/** … and answered no in so many words, the answer a sentence of its own or the rest of the question's ("… and the answer
 * is no, never.", "Jibu ni hapana, kamwe.", "I'm not."); a plain "i said no" is taken back in too many ways (a review
 * found "… so i could go home", "… like i always do", "nikiogopa kulazwa"), so it stays read as the question. */
const ANSWERED_NO =
  /^ (?:and |so |na )?(?:honestly |truthfully |kwa kweli )?(?:(?:(?:the answer (?:is|was)|jibu (?:ni|lilikuwa)) (?:no|hapana)|(?:no|hapana) (?:never|kamwe|not at all|hata kidogo|absolutely not)|(?:im|i am) not)(?: (?:never|kamwe|at all|kabisa|hata kidogo))?) $/u;
/** … or a plain no said to be true ("i told her no ni ukweli", "nilisema hapana, na ni kweli kabisa"), what follows it
 * read as after any denial. */
const ANSWERED_NO_TRULY =
  /^ (?:and |so |na )?(?:i (?:said|answered|told (?:him|her|them))|nilisema|nikasema|nilimwambia|nikamwambia|nilijibu|nikajibu) (?:no|hapana)(?: kabisa)? (?:and i meant it|honestly|truthfully|(?:na )?ni (?:kweli|ukweli)(?: kabisa)?|kwa kweli)\b/u;
/** … or a no followed by a denial of the thoughts in the speaker's own words ("… and honestly no i have never had
 * those thoughts", "hapana sijawahi kuwa na mawazo hayo"; red team 234); never one told to someone ("i told her no
 * …"), which ANSWERED_NO_TRULY reads only with its truth said after the no. */
const ANSWERED_NO_DENIED = new RegExp(
  String.raw`^ (?:and |so |na )?(?:(?:honestly|truthfully|kwa kweli) )?(?:no|hapana)(?: (?:never|kamwe))? ` +
    String.raw`(?:i (?:have|ve) never had (?:those|such|any|these|that kind of|suicidal) (?:thoughts?|ideas?)|sija(?:wahi|wai) (?:kuwa na|kupata) (?:mawazo|nia|mpango|wazo) (?:hayo|hiyo|hizo|kama hayo|ya kujiua|ya kujitoa uhai))(?= )`,
  'u',
);
/** … or a no and a plain denial, said now ("you asked if i ever think of [hurting myself] no honestly i dont", "…
 * hapana sifikirii"; red team 275), alone or before an everyday sentence of its own (taken-back.ts). */
const ANSWERED_NO_PLAIN =
  /^ (?:and |so |na )?(?:no|nope|hapana)(?: (?:honestly|truthfully|kwa kweli))?(?: (?:never|kamwe|kabisa|not at all|hata kidogo)(?= )| (?:never |kamwe )?(?:i (?:dont|do not)(?: (?:think so|at all|ever))?|sifikirii|siwazi|sina)(?= *$| (?:honestly|at all|kabisa|kamwe|never|but|lakini|ila|i am|niko|its|it is|just|tu)(?= |$)))/u;
/** A question about the cue answered no is a denial, unless anything after the answer takes it back. */
function answeredNo(
  before: string,
  sameSentence: string,
  later: readonly string[],
  quiet: (text: string) => boolean,
  around: { earlier: readonly string[]; cue: string },
): boolean {
  if (!ASKED_IF.test(before)) return false;
  // Clauses are joined with their own spaces: one space between words, one at each end.
  const spaced = (t: string) => ` ${t.trim().replace(/\s+/gu, ' ')} `;
  const [answer, rest] =
    sameSentence.trim() === '' ? [spaced(later[0] ?? ''), later.slice(1)] : [spaced(sameSentence), later];
  const truly = ANSWERED_NO_TRULY.exec(answer) ?? ANSWERED_NO_DENIED.exec(answer);
  const restOfAnswer = truly ? ` ${answer.slice(truly[0].length)} ` : ' ';
  const after = ` ${restOfAnswer} ${rest.join(' ')} `.replace(BUT_LIVING, ' ');
  const plain = truly === null && !ANSWERED_NO.test(answer) ? ANSWERED_NO_PLAIN.exec(answer) : null;
  if (plain) {
    const restOfPlain = answer.slice(plain[0].length);
    const following = ` ${restOfPlain} ${rest.join(' ')} `;
    // Only the answer alone or before an everyday sentence, which takes nothing back already (taken-back.ts): "… its
    // just that nobody would miss me" is no denial (code review 280).
    return (
      (following.trim() === '' || everydayAfter(restOfPlain, rest.join(' '), quiet)) &&
      !deniedThenTakenBack(restOfPlain, rest, { ...around, before }) &&
      !ANSWER_TAKEN_BACK.test(following) &&
      !PLAN_STATED.test(following)
    );
  }
  return (
    (ANSWERED_NO.test(answer) || truly !== null) &&
    !TAKEN_BACK.test(after) &&
    !ANSWER_TAKEN_BACK.test(after) &&
    !PLAN_STATED.test(after) &&
    !UNTRUE.test(after)
  );
}

/** Thoughts denied around the cue and not taken back in the rest of its sentence (`sameSentence`) or any later one
 * ("no thoughts of suicide except at night", "… because i already decided", "sijawahi kuwaza kujiua kama leo";
 * taken-back.ts, plain-denial.ts), nor a denial the speaker reports making ("i told the counsellor no …").
 * `quiet(text)`: the text read alone raises nothing. */
export function thoughtsDenied(
  before: string,
  cue: string,
  sameSentence: string,
  laterSentences: readonly string[] = [],
  quiet: (text: string) => boolean = () => false,
  earlier: readonly string[] = [],
  written = true,
): boolean {
  if (answeredNo(before, sameSentence, laterSentences, quiet, { earlier, cue })) return true;
  if (expectedOtherwise(before, cue)) return false;
  const later = laterSentences.join(' ');
  // The readings of a denial said on its own (denied-alone.ts) only for one typed plainly and not reassured over.
  const plainlyWritten = written && !saidOverAround([...earlier, before, sameSentence, later]);
  const spoken =
    DENIED_SPOKEN.test(before.trimEnd()) ||
    (/(?:^| )(?:sina|hakuna|hamna)(?: (?:hiyo|hizo|izo|iyo|hayo|hizi))? $/u.test(before) &&
      /^ (?:mawazo|wazo|thoughts?|ideas?|plans?|mpango) /u.test(cue)) ||
    // "sijapata mawazo ya kujiua" (I haven't had thoughts of): the thoughts only, never a plan (session 45).
    (/(?:^| )(?:sijapata|sijawa na|sijakuwa na)(?: (?:hiyo|hizo|izo|iyo|hayo|hizi))? $/u.test(before) &&
      /^ (?:mawazo|wazo|thoughts?) /u.test(cue)) ||
    // "mawazo ya kujiua sina": the thoughts named, then denied.
    (/^ (?:mawazo|wazo|thoughts?|plans?|mpango) /u.test(cue) && /^ (?:sina|sinayo|hamna)\b/u.test(sameSentence));
  const denied =
    DENIED_BEFORE.test(before.trimEnd()) ||
    (/(?:^| )no (?:suicidal )?$/u.test(before) && /^ (?:thoughts|ideas|urges|plans?) /u.test(cue)) ||
    // "sijawahi kuwa na [mawazo ya kujiua]" (I have never had): as "i have never had thoughts of".
    (/(?:^| )sija(?:wahi|wai) (?:kuwa na|kupata|pata) $/u.test(before) &&
      /^ (?:mawazo|wazo|thoughts?|ideas?|nia|mpango) /u.test(cue)) ||
    (plainlyWritten &&
      (plainNoOpens(before, cue, earlier) || hadNoneOpens(before, cue, earlier)) &&
      (nothingAfter(sameSentence, later) ||
        (everydayOpens(withoutToday(sameSentence), later) &&
          everydayAfter(withoutToday(sameSentence), later, quiet)))) ||
    DENIED_AFTER.test(sameSentence) ||
    (spoken &&
      ((plainlyWritten && spokenAlone(before, sameSentence, later, earlier)) ||
        everydayAfter(sameSentence.replace(/^ (?:sina|sinayo|hamna)\b/u, ' '), later, quiet)));
  const again = (t: string) => ` ${t} `.replace(DENIED_AGAIN, ' ');
  // A denial of the thoughts opening the check-in is not taken back by the day alone (denied-alone.ts).
  const dayFree = plainlyWritten && thoughtsOpen(before, cue, earlier);
  const standsAfterDay = dayFree && nothingAfter(withoutToday(sameSentence), later);
  return (
    denied &&
    !DEGREE_AFTER.test(sameSentence) &&
    !(PLAN_DENIED.test(before) && THOUGHTS_ADMITTED.test(again(`${sameSentence} ${later}`))) &&
    (standsAfterDay || !takesBack(again(sameSentence), again(later), quiet, dayFree)) &&
    // Thoughts said to come, "that was a lie", "i cant promise", a bare day (plain-denial.ts).
    !deniedThenTakenBack(sameSentence, laterSentences, { earlier, before, cue }) &&
    !TOLD_SOMEONE.test(before)
  );
}
