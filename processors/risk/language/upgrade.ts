import { shortSpan, type Clause } from './normalise.js';
import { INTENT_STATED, PLAN_STATED, TIMING, type Tier } from './patterns.js';
import { negated } from './reading.js';
import { everydayAfter } from './taken-back.js';
import { bareTime, PLAN_BARE, timeNext } from './plain-denial.js';
import { harmDenied } from './harm-denied.js';
import { DAYS, SIKU } from './planned-words.js';
import type { LanguageFactor } from './detect.js';

// Time and intent across a text (RULES.md, "How a clause is judged", 3): a time or a stated plan raises the speaker's
// thoughts to a plan; a denial that still names a time is one.

/** Words of dying or ending one's life that a stated intent can act on. */
const DYING =
  / (?:die|dead|death|dying|kill myself|killing myself|end it|end it all|end my life|suicide|suicidal|kufa|nife|kujiua|nijiue|kujitoa uhai|kujimaliza|kudedi) /u;
const SELF_KILL =
  / (?:kill(?:ing)? myself|end(?:ing)? my life|tak(?:e|ing) my life|commit(?:ting)? suicide|kujiua|kujitoa uhai|kujimaliza) /u;
/** The act named in words, as a verb or as "suicide". */
const SELF_KILL_NAMED =
  / (?:kill(?:ing)? myself|end(?:ing)? my life|tak(?:e|ing) my life|suicide|kujiua|kujitoa uhai|kujimaliza) /u;
/** The act denied in one Swahili or Sheng verb ("sitajiua", I will not kill myself; "siezi jimaliza"). */
const SELF_KILL_DENIED =
  / (?:sit[ao]jiua|sintojiua|sitajidhuru|sitajimaliza|sitajitoa uhai|sijiui|sitajiumiza|sitajinyonga|sitajirusha(?= (?:kutoka|toka|darajani|ghorofani|mtoni|majini|baharini|relini|barabarani|juu|kwenye (?:daraja|ghorofa|mto|reli|bahari|ziwa)))|sitajizamisha(?= (?:majini|mtoni|ziwani|baharini|kisimani))|sitakunywa sumu|si(?:e|we)zi (?:ku)?jimaliza|si(?:e|we)zi (?:ku)?jiua) /u;
/** The thoughts denied ("no thoughts of suicide", "im not suicidal", "sina mawazo ya kujiua"): a plan only when dated
 * to now with a later time after it ("… today but tomorrow i dont know", "… leo lakini kesho sijui"). */
const THOUGHTS_DENIED =
  / (?:(?:i )?(?:dont|do not) (?:have|feel)(?: any)?|(?:i )?have no|no|(?:im|i am|am) not(?: feeling| having)?|not|sina(?: hizo| izo)?|hakuna) (?:suicidal(?: thoughts)?(?: at all)?|suicide thoughts|(?:suicidal )?thoughts (?:of|about) (?:suicide|kill(?:ing)? myself|ending my life)|(?:mawazo|thoughts) (?:ya|za) (?:kujiua|suicide|kujimaliza|kujitoa uhai))(?= )/u;
/** "I'm not going to kill myself today, probably next week": a denial with a time still named is a plan, unless what
 * follows is an everyday sentence of its own ("I won't kill myself. Tomorrow I have an exam."; taken-back.ts). So is
 * one dated to now with a later time after it ("sitajiua leo labda wiki ijayo", "… sio leo. … mwisho wa mwezi"). */
export function negatedThenTimed(
  cs: Clause[],
  i: number,
  factors: LanguageFactor[],
  quiet: (text: string) => boolean,
): void {
  const c = cs[i]!;
  const named = SELF_KILL.exec(c.text);
  const namedDenied = named && negated(c.text.slice(0, named.index), true, true) ? named : null;
  const oneVerb = namedDenied ? null : SELF_KILL_DENIED.exec(c.text);
  const harmDenial = namedDenied || oneVerb ? null : harmDenied(cs, i);
  const denied = namedDenied ?? oneVerb ?? harmDenial?.m ?? null;
  const found = denied ? null : THOUGHTS_DENIED.exec(c.text);
  // The speaker's own thoughts, with a greeting or a day at most before them; not "my brother is not suicidal …".
  const thoughts = found && OWN_BEFORE.test(c.text.slice(0, found.index + 1)) ? found : null;
  const m = denied ?? thoughts;
  if (!m) return;
  // Self-harm or a means denied: "today" then any later day is also a sprain, a party or a dose ("i wont hurt myself
  // today playing football … next week", "sitajikata leo kwa hii party … kesho"; review 98): only a doubt counts.
  const harm = harmDenial !== null;
  // Cutting and hurting oneself have everyday senses even dated first: only a doubt; a poison denied, dated first, is
  // read as the one-verb denials are ("leo sitakunywa jik nitasubiri jumamosi").
  const strict = harmDenial?.strict ?? false;
  const rest = ` ${c.text.slice(m.index + m[0].length)}`;
  const timed = (t: string) => {
    const when = TIMING.exec(t);
    return when !== null && !negated(t.slice(0, when.index), true, true);
  };
  const later = cs.slice(i + 1);
  const sameSentence = [rest, ...later.filter((n) => n.sentence === c.sentence).map((n) => n.text)].join(' ');
  const laterText = later
    .filter((n) => n.sentence !== c.sentence)
    .map((n) => n.text)
    .join(' ');
  const next = later.map((n) => n.text);
  const all = ` ${[rest, ...next].join(' ')} `.replace(/\s+/gu, ' ');
  // A denied thought or one-verb denial may be dated before it ("leo sina mawazo ya kujiua lakini kesho sijui", "leo
  // sitajiua lakini kesho sijui"; review 82), then only a later time in doubt follows.
  const before = c.text.slice(0, m.index + 1);
  // A one-verb denial is the speaker's own by its form: any words but another's saying may come before the day
  // ("nimechoka sana leo sitajiua …", review 82).
  const datedBefore =
    m !== named &&
    (thoughts
      ? OWN_BEFORE.test(before) && NOW_SAID.test(before)
      : DAY_RIGHT_BEFORE.test(before) && !SAID_BY.test(before));
  // Dated after it as well ("kwa sasa sitajiua leo lakini baada ya mtihani"): both readings are asked (review 86).
  const nowAfter =
    datedBefore && thoughts ? undefined : (thoughts ? THOUGHTS_NOW : harm ? HARM_NOW : NOW_ONLY).exec(all)?.[0];
  const afterNow = nowAfter === undefined ? undefined : all.slice(nowAfter.length);
  const laterAfterNow =
    afterNow !== undefined &&
    ((thoughts || harm ? LATER_DOUBTED : LATER).test(afterNow) || (harm && LEFT_ALONE_LATER.test(afterNow)));
  // The later readings (review 89; asked only of a denial dated first, never of a strict one) leave out "sitajiumiza",
  // also "I won't strain myself" (gym, work; review 95), and need nothing but a greeting, how one is or the day before
  // it in the check-in:
  // "hii bei ya unga leo sitajiua kesho tutaona", "assignment … leo sitajiua nitafanya kesho" are hyperbole (reviews 95,
  // 96).
  const laterMore = () =>
    !/ sitajiumiza /u.test(m[0]) &&
    BARE_BEFORE.test(` ${[...cs.slice(0, i).map((x) => x.text), before.trim()].join(' ')} `.replace(/\s+/gu, ' ')) &&
    (LATER_DOUBTED_MORE.test(all) || (!thoughts && (LATER_TUTAONA.test(all) || LATER_SET.test(all))));
  const datedThenLater =
    (datedBefore &&
      (LATER_DOUBTED.test(all) ||
        (strict
          ? LEFT_ALONE_LATER.test(all)
          : laterMore() || (!thoughts && (LATER_OPEN.test(all) || LATER_BARE.test(all)))))) ||
    laterAfterNow;
  // The one-verb denials only when dated to now: "Sitajidhuru, … Kesho nitakuwa sawa." names no time for the act.
  const anyTime = m === named && (timed(rest) || later.some((n) => timed(n.text)));
  // Answered by a time alone; a one-verb denial is no cue of its own, so that is its plan ("Siezi jimaliza. Ijumaa.").
  const answeredByTime = !thoughts && !harm && timeNext(rest, next);
  if (!datedThenLater && !anyTime && !(m !== named && answeredByTime)) return;
  if (
    ACT_DATED.test(rest) ||
    answeredByTime ||
    bareTime(next.at(-1) ?? '') ||
    !everydayAfter(sameSentence, laterText, quiet)
  )
    factors.push({ code: 'ideation_plan', tier: 'plan', span: shortSpan(c.raw) });
}
/** The act denied for a day, said right after it ("sitaki kujiua kesho nina mtihani", "i am not going to kill myself
 * tomorrow i have …"): put off, whatever follows (review 14). Said as a sentence of its own, "Tomorrow I have an exam."
 * is everyday; speech-to-text cannot tell them apart, so the alarm stays. */
const ACT_DATED = /^ (?:tomorrow|tonight|kesho|usiku)\b/u;
/** The denial dated to now, right after the act ("… today", "… leo maze", "…, sio leo"). */
const nowFirst = (days: string) => new RegExp(`^ (?:(?:hapana |no )?(?:not |sio |si )?(?:${days}))(?= )`, 'u');
const NOW_ONLY = nowFirst('today|tonight|now|this week|leo|sasa|kwa sasa|usiku huu|wiki hii|mwezi huu');
/** A self-harm denial's "now": also "again today", "for today", "2day". */
const HARM_NOW = nowFirst('(?:again |for )?(?:today|2day)|tonight|now|leo|sasa|kwa sasa|usiku huu');
/** A later time after it ("… maybe next week", "… labda weekend", "… mwisho wa mwezi", "… after saturday"), not
 * denied with it ("sitajiua leo wala kesho"). */
const LATER =
  /(?<! (?:wala|nor|or|au|ama|na|and)) (?:tomorrow|next|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|after|end of the (?:week|month)|kesho|ijayo|ujao|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|mwisho wa (?:wiki|mwezi)|baada ya) /u;

/** A later time, as speech-to-text also writes it. */
const LATER_TIME =
  '(?:tomorrow|tomorow|tommorow|tommorrow|tomoro|2moro|2morrow|tmrw|tmr|kesho|kesh|the weekend|next week|wiki ijayo|tonight|usiku|later|baadaye|this weekend|weekend hii)';
/** After a denied thought dated to now, all that is left is a later time in doubt ("… maybe tomorrow", "… kesho sijui",
 * "… i cant say the same about tomorrow"); more words make it an everyday plan ("maybe tomorrow i will rest", review 55),
 * and "tomorrow is another day" is hope (review 58), "kesho tutaona" a goodbye cut short (review 63). */
const LATER_DOUBTED = new RegExp(
  `^ (?:hivi |kwa sasa )?(?:(?:but|lakini|lkn|ila|though|however) )?(?:(?:maybe|labda|pengine|probably|perhaps) ${LATER_TIME}|(?:(?:and|na) )?(?:${LATER_TIME} (?:maybe|labda|i dont know(?: what i will do)?|i do not know|i really dont know|i honestly dont know|idk|i dunno|dunno|who knows|no promises|i cant promise|sijui nitafanya nini|sijui kama nitaweza kujizuia|only god knows|mungu anajua|mungu tu anajua|mungu ndiye anajua|sijui|sijui itakuwaje|sijui kama nitaweza|sijui kama nitakuwa hai|hata sijui|hatujui|cjui|sjui|sijajua|im not sure|i am not sure|not sure|sina uhakika|sina hakika|siwezi kuahidi|god knows|is another story|ni hadithi nyingine|is a different story)|(?:i |mimi )?(?:cant|cannot|can not|siwezi) (?:say|promise|kusema|kuahidi)(?: (?:the same|hivyo))? (?:about|for|kuhusu) ${LATER_TIME}|(?:i dont know|sijui|not sure|im not sure|i am not sure|no promises for|i dont trust myself|i do not trust myself) (?:about |kuhusu )?${LATER_TIME}))(?: (?:bana|bwana|aki|tho|though|really|kabisa|honestly|yaani|maze|kusema kweli|bro|buda))? $`,
  'u',
);
/** Self-harm put off only while someone is there (review 109): "… today because my sister is here but tomorrow she
 * leaves", "leo sitajikata kwa sababu dada yangu yuko hapa lakini kesho anaondoka", "… because my mum is home but
 * tomorrow i dont know". */
const LEFT_WHEN = `(?:${LATER_TIME}|on (?:${DAYS})|(?:${SIKU}))`;
const LEAVES = '(?:leaves|travels|goes|is leaving|will leave|goes back|travel|leave)';
const LEFT_ALONE_LATER = new RegExp(
  `^ (?:because|since|coz|cause|as|kwa sababu|juu|ju|sababu) (?:\\p{L}+ ){1,5}?(?:is|are|iko|yuko|wako|wapo|yupo) (?:\\p{L}+ ){0,2}?(?:but|lakini|ila) (?:${LEFT_WHEN} (?:(?:she|he|they) ${LEAVES}|(?:anaondoka|anasafiri|anaenda|ataondoka|atasafiri|wanaondoka|wanasafiri|wataondoka))(?: \\p{L}+)?|(?:she|he|they) ${LEAVES} ${LEFT_WHEN}|${LEFT_WHEN} (?:i dont know|i do not know|who knows|sijui|hatujui|maybe|labda)) $`,
  'u',
);
/** Later times and doubts in other words, after thoughts or a one-verb denial dated first (review 89): "… but by
 * tomorrow who knows", "… kesho asubuhi sijui", "… lakini siku nyingine sijui", "… sijui kama kesho nitakuwa hivi",
 * "… maze kesho sijui"; never "kesho ni siku nyingine" (hope, review 95). */
const LATER_TIME_MORE =
  '(?:by (?:tomorrow|tmrw|tmr)|kesho au kesho kutwa|kesho (?:kutwa|asubuhi|usiku|jioni)|siku nyingine)';
const LATER_DOUBTED_MORE = new RegExp(
  `^ (?:(?:maze|bana|buda|bro) )?(?:(?:but|lakini|lkn|ila) )?(?:${LATER_TIME_MORE} (?:who knows|sijui|i dont know|only god knows|mungu anajua|hatujui|sina uhakika)|(?:${LATER_TIME}|${LATER_TIME_MORE}) (?:sijui nitakuwa (?:aje|vipi|namna gani)|sijui (?:itakuwa|utakuwa) (?:aje|vipi))|(?:sijui|cjui) (?:kama )?(?:${LATER_TIME}|${LATER_TIME_MORE}) (?:nitakuwa (?:hivi|hai|sawa|hapa)|itakuwaje|utakuwaje|itakuwa aje)|(?:maze|bana) ${LATER_TIME} (?:sijui|who knows|i dont know))(?: (?:bana|maze|bro|buda))? $`,
  'u',
);
/** After a one-verb denial dated first, "kesho tutaona" with no contrast ("leo sitajiua kesho tutaona", review 89). */
const LATER_TUTAONA = new RegExp(`^ (?:(?:maze|bana) )?(?:${LATER_TIME}|${LATER_TIME_MORE}) tutaona $`, 'u');
/** … or a later day set for it ("leo sitajiua nitasubiri jumamosi", "… nitafanya ijumaa", "… kesho ndio siku"). */
const LATER_SET =
  /^ (?:(?:lakini|ila|but) )?(?:(?:nitasubiri|nitangoja|nitaifanya|nitafanya|nimeamua (?:ni|itakuwa)|itakuwa)(?: (?:mpaka|hadi))? (?:kesho(?: kutwa)?|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wiki ijayo|weekend|mwisho wa (?:wiki|mwezi))|(?:kesho|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili) (?:ndio|ndiyo|ni) siku(?: yenyewe)?)(?: (?:usiku|jioni|asubuhi))? $/u;
/** All that may come before the later readings: OWN_BEFORE's words, being tired, life's weight ("nimechoka na maisha leo …"). */
const BARE_BEFORE =
  /^ (?:(?:mimi|me|habari|hi|hello|daktari|doc|doctor|madam|sir|honestly|kusema kweli|niko|nko|im|i am|sawa|fine|poa|ok|okay|leo|today|right now|for now|sasa hivi|kwa sasa|kwa leo|for today|this morning|usiku huu|usiku|tonight|nimechoka|sana|maze|bana|lakini|ila|but|na|hii|hizi|maisha|imenishinda|dunia|mawazo|stress|huzuni|uchungu|pain|life|world|hali|ya|yangu|this|of|with|tired) )*$/u;
/** The thoughts denied, then now: NOW_ONLY's days and the spoken "right now", "for now", "at the moment". */
const THOUGHTS_NOW = nowFirst(
  'today|tonight|right now|for now|at the moment|this morning|now|this week|leo|sasa hivi|sasa|kwa sasa|usiku huu|wiki hii',
);
/** All that may come before the speaker's own denied thought: a greeting, a word to the clinician, how they are, the
 * day (reviews 63, 67: a list of other people never ends, "kamau is not suicidal today …"). */
const OWN_BEFORE =
  /^ (?:(?:mimi|me|habari|hi|hello|asante|thanks|daktari|doc|doctor|counsellor|madam|sir|hapana|no|yes|ndio|well|honestly|kusema kweli|niko|nko|im|i am|sawa|fine|poa|fiti|ok|okay|leo|today|right now|for now|sasa hivi|kwa sasa|this week|wiki hii|this morning|at the moment) )*$/u;
/** The day right before a one-verb denial, a word or two between ("leo sitajiua", "kwa leo mimi sitajiua"). */
const DAY_RIGHT_BEFORE =
  / (?:today|leo|leo usiku|usiku huu|tonight|for today|kwa leo|for now|kwa sasa|right now|sasa hivi)(?: \p{L}+){0,2} $/u;
/** Someone else's words before it ("alisema leo sitajiua"). */
const SAID_BY =
  / (?:alisema|anasema|amesema|wanasema|walisema|said|says|told|aliniambia|ameniambia|ananiambia|wameniambia|waliniambia|aliandika|ameandika|alinitumia|amenitumia|ananitumia)(?= )/u;
/** After a one-verb denial dated first, a later day left open in other words ("… lakini kesho tutaona", "… ila sijui
 * kesho itakuwaje", "… lakini kesho naweza"; review 86). */
const LATER_OPEN = new RegExp(
  `^ (?:(?:kwa sababu ya|kwa ajili ya) (?:\\p{L}+ ){1,2})?(?:lakini|ila|but|lkn) (?:${LATER_TIME} (?:tutaona|ni ${LATER_TIME}|naweza|inawezekana|labda nitajiua|(?:sijui|sina (?:uhakika|hakika))(?: \\p{L}+){0,4})|(?:sijui|sina uhakika) (?:kuhusu )?${LATER_TIME}(?: \\p{L}+){1,2}|siwezi (?:kuahidi|kusema) ${LATER_TIME}) $`,
  'u',
);
/** … or a later day named bare after a contrast ("leo sitajiua lakini jumamosi", "… ila mwisho wa mwezi"). */
const LATER_BARE =
  /^ (?:lakini|ila|but|lkn) (?:labda |maybe |pengine )?(?:kesho(?: kutwa)?|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wiki ijayo|mwezi ujao|mwisho wa (?:wiki|mwezi)|baada ya \p{L}+|tomorrow|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this weekend|weekend)(?: (?:usiku|jioni|asubuhi|tu|bana|maze))? $/u;
/** The day said before the denied thought ("leo sina mawazo ya kujiua lakini kesho sijui"). */
const NOW_SAID = / (?:today|leo|for now|kwa sasa|right now|sasa hivi|this week|wiki hii|this morning|at the moment) /u;

/** A negation right before a stated plan ("i dont have a plan", "sijawa nimepanga"). */
const NOT_BEFORE = / (?:dont|do not|didnt|did not|not|no|never|havent|have not|sina|sijawa) (?:\p{L}+ )?$/u;

/** Sleep or waking bounded by the time ("… sleep and not wake up until next week", "nisiamke mpaka kesho mchana"):
 * how long one would sleep, not when one would act (session 39, red teams 170 and 172). */
const SLEPT_UNTIL =
  / (?:not wake|not wake up|not waking up|not want to wake up|dont want to wake up|nisiamke|sitaamka|nisiamke tu|sitaki kuamka) (?:\p{L}+ )?(?:until|till|mpaka|hadi)(?: (?!(?:i|nife|die|dies|dead|kufa|nikufa|nimekufa)(?= ))\p{L}+){0,3} $/u;
/** … unless what follows the time says it is for good ("… until tomorrow when its all over for good"). */
const FOR_GOOD = / (?:(?:its|it is|it will be|all) over|for good|forever|milele|never (?:to )?wake|sitaamka tena) /u;
const TIMES = new RegExp(TIMING.source, 'gu');
/** A time named in the clause that is not such a bound. */
const timedNotSlept = (t: string): boolean =>
  [...t.matchAll(TIMES)].some(
    (m) => !SLEPT_UNTIL.test(t.slice(0, m.index + 1)) || FOR_GOOD.test(` ${t.slice(m.index + m[0].length - 1)} `),
  );

/** A time named or a plan stated raises a wish one step and thoughts to a plan; both together raise a wish to a plan. */
export function upgradeWithinText(cs: Clause[], factors: LanguageFactor[]): void {
  // A sentence that is a time alone counts as one named ("No plans to kill myself. Friday.").
  const timed = cs.some((c, j) => timedNotSlept(c.text) || (j > 0 && bareTime(c.text)));
  // "i am suicidal and i have a plan": a plan stated in words counts as a time does; "i dont have a plan" does not.
  // … or a clause that is a plan or a decision told bare ("… nishaamua tu", "… i have made a decision"), which takes a
  // denial back (plain-denial.ts): the thoughts it leaves standing have that plan (review 86).
  const planned = cs.some((c, j) => {
    const p = PLAN_STATED.exec(c.text);
    return (p !== null && !NOT_BEFORE.test(c.text.slice(0, p.index + 1))) || (j > 0 && PLAN_BARE.test(c.text));
  });
  // Saying one will act on the thoughts is intent, which DESIGN §10 grades with a plan.
  // Only beside the thoughts it acts on, in their clause or the next ("… sleep forever but i have to clean the house and
  // i will do it now" is a chore, a review found).
  const intent = cs.some((c, j) => INTENT_STATED.test(c.text) && [cs[j - 1], c].some((x) => x && DYING.test(x.text)));
  // "no thoughts of suicide but tonight i will do it": intent told of the act the text named only as a word (a mention)
  // takes that back; with nothing else read it is the plan itself.
  const set = cs.findIndex(
    (c, j) => INTENT_STATED.test(c.text) && [cs[j - 1], c].some((x) => x && SELF_KILL_NAMED.test(x.text)),
  );
  const read = factors.some((f) => f.code.startsWith('ideation_'));
  // Only a mention: a denial taken back by intent is void already (reading.ts), and one not taken back stands ("I dont
  // want to kill myself. I want to finish my degree and I will do it").
  const setAside = factors.some((f) => f.code === 'mention');
  if (set >= 0 && !read && setAside)
    factors.push({ code: 'ideation_plan', tier: 'plan', span: shortSpan(cs[set]!.raw) });
  if (!timed && !planned && !intent) return;
  // A time and a stated plan together ("kesho sitakuwepo, nimeshaamua") raise a wish to a plan.
  const steps = (timed && planned) || intent ? 2 : 1;
  const raised: Partial<Record<Tier, Tier>> = { passive: steps === 2 ? 'plan' : 'active', active: 'plan' };
  for (const f of factors) {
    const to = f.code.startsWith('ideation_') && f.tier ? raised[f.tier] : undefined;
    if (to) Object.assign(f, { code: `ideation_${to}`, tier: to });
  }
}
