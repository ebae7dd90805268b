import type { Clause } from './normalise.js';
import { HISTORY, PAST_ANCHOR, RECENT } from './patterns.js';
import { DAYS as WEEKDAYS, SIKU } from './planned-words.js';
import { re } from './words.js';
import { SW_BACK, THING, THING_SW } from './back-words.js';
import {
  AGAIN_WANTED,
  ATTEMPT_CUE,
  feelingOfOther,
  feelingTurned,
  FINISH,
  withoutFeelReason,
  openingSentence,
  UNFINISHED,
  voiceFinish,
} from './repeated-wanted.js';
import {
  CAUSE,
  DAYS,
  DECIDED_TRY,
  GOAL_FAILED,
  HABIT,
  MEANS_AGAIN,
  MEDICINE,
  MEDICINE_NEAR,
  NOT_DONE,
  OTHER_EVENT,
  OTHER_GOAL,
  PROUD,
  RESISTED,
  TAKEN_BACK,
  UNDERTAKING,
} from './repeated-else.js';

// Words after a cue saying the act happened again or the feeling goes on ("I attempted suicide years ago. Last night I
// tried again.", "I used to want to die. I still do."): CONTINUING and continuing.ts read "again" and "still" only in the
// cue's own sentence, so a history told first hid them (session 36). Three earlier tries were withdrawn for raising ordinary
// texts (RULES.md, reviews 30, 31, 39); the exceptions below are what they and red teams 147–153 raised.

/** A weekday said with the repetition dates it this week, whatever dated the first act ("… years ago. on saturday i tried again"). */
const WEEKDAY = new RegExp(` (?<! (?:a|one|every|each) )(?:${WEEKDAYS}|${SIKU})(?!\\p{L}| moja)`, 'u');
/** A weekday with its part of the day: "on saturday", "last friday night". */
const ON_DAY = `(?:on |this |last )?(?:${WEEKDAYS})(?: night| morning| evening| afternoon)?`;
/** After the same place visited: the end, a time, or a wait there ("… and stood there"); not a visit's purpose. */
const PLACE_END = `(?=(?: (?:yesterday|last night|today|tonight|this (?:morning|week|weekend)|again|on (?:${DAYS})|last (?:${DAYS})|${DAYS}))?(?: $| and (?:stood|sat|waited|stayed|looked down|thought)\\b))`;
/** What may follow the repetition: a time, a reason, the end; not an object ("tried again for the scholarship"). */
const AFTER = `(?= $| (?:last|yesterday|today|tonight|this|on (?:${DAYS})|over|recently|earlier|two|a|few|after|because|but|so|since|every|most|with no|into cutting|into self|and again(?! to)|and(?! (?:again|passed|got|it worked|succeeded|won|made it|did better))|${DAYS}|\\p{N}+)\\b)`;
/** The end, or a time: for wordings that take an object of anything ("gave in and bought the phone"). */
const END = `(?= $| (?:last|yesterday|today|tonight|this|on (?:${DAYS})|over|again|every|${DAYS})\\b)`;
/** After "once more": the end, or a time then the end ("… i tried it once more on friday"). */
const LAST_TIME = `(?= $| (?:last night|yesterday|on (?:${DAYS})|this (?:week|weekend|morning)|${DAYS}) $)`;
const AFTER_SW = `(?= $| (?:jana|juzi|leo|usiku|wiki|mwezi|asubuhi|jioni|${SIKU}|lakini|na|baada|this|last|since)\\b)`;
/** … or, after the act done or cut again, the room it was done in, then a time or a joining word ("… in the bathroom after
 * church", "… nimerudia tena chooni baada ya …"); not "tried again in my room to pray" (a code review). */
const ROOM = `(?:${AFTER}|(?= (?:in )?(?:the |my )?(?:bathroom|toilets?|shower|bedroom|room|washroom)(?= $| (?:last|yesterday|today|tonight|this|again|after|at|when|while)\\b| and(?! (?:burnt|burned|cooked|the onions|made|washed|cleaned|fixed|fell)\\b))))`;
const ROOM_SW = `(?:${AFTER_SW}|(?= (?:bafuni|chooni|msalani|chumbani|kwa choo|kwa bafu)(?= $| (?:jana|juzi|leo|usiku|na|baada)\\b)))`;
/** After the means got again: the end, a time, where they are kept or the wait ("… ziko chini ya kitanda"). */
const KEPT_SW = `(?= $| (?:ziko|zipo|nimezi\\p{L}+|nikingoja|nangoja|nasubiri|jana|juzi|leo|usiku|wiki|${SIKU}|lakini|na)\\b)`;
/** … or, after the act tried again, who took the speaker away ("nilijaribu tena, majirani wakanipeleka hospitali"). */
const RESCUED_SW =
  '(?:(?:majirani|jirani|mama|baba|watu|ndugu) (?:ndio |ndo )?)?(?:wakanipeleka|akanipeleka|walinipeleka|alinipeleka|wakaniokoa|akaniokoa|nikapelekwa|nikalazwa|nikaokolewa)';
const AFTER_TRIED_SW = `(?:${AFTER_SW}|(?= ${RESCUED_SW}\\b)|(?= (?:sija(?:mwambia|waambia|sema)|hakuna (?:mtu|anayejua))\\b)|(?= mara nyingine(?: $| (?:jana|juzi|leo|usiku|${RESCUED_SW})\\b)))`;
const SELF_ACT = '(?:cutting|self harming|selfharming|harming myself|hurting myself|doing it|doing that|it)';
const THOUGHTS = '(?:the |those |these |my |suicidal )?(?:thoughts?|urges?)';

/** The act or the thoughts named again, in words that cannot mean another thing done. */
const AGAIN_NAMED = re(
  ` i (?:have |had |just |then |actually )?(?:tried|attempted|cut|cut myself|overdosed|harmed myself|self harmed|hurt myself)(?: it)? (?:again${AFTER}|(?:once more|one more time)${LAST_TIME})` +
    `|(?:^ | and | i )(?:\\p{L}+ )?cut (?:myself )?again${ROOM}` +
    // The act told a second time with a day of its own ("… in 2019 and i attempted suicide on saturday", "… i attempted on saturday too").
    `| i (?:also |then )?(?:(?:attempted|tried) (?:suicide|to kill myself|to end my life|to take my (?:own )?life)(?: again| too| also)? ${ON_DAY}(?: too| also| again)?|attempted(?: it)? ${ON_DAY} (?:too|also|again))(?= $| (?:and|but|so)\\b)` +
    `| (?:went|go|gone|am back|m back|been) (?:back )?to ${SELF_ACT}(?! (?:school|work|campus|church)\\b)${AFTER}` +
    `| (?:been|am|m|started|start) (?:doing it|cutting|self harming|hurting myself) again\\b` +
    `| ${THOUGHTS} (?:(?:is|are|has|have|came|come|coming|has come|have come) back|(?:has |have )?returned)(?! (?:under|in|for (?:her|him|them)|but they are about)\\b)(?! (?:\\p{L}+ ){0,3}about (?!it|killing|dying|suicide|ending|hurting|cutting|self|death)\\b)` +
    `| i (?:went|have gone|have been going|keep going) back to (?:the same|that) (?:place|spot)${PLACE_END}` +
    `| (?:(?:the same|my old|the old) (?:suicidal )?(?:thoughts?|urges?)|(?:those|these|the|my) suicidal (?:thoughts?|urges?)|(?:those|these|the) (?:thoughts?|urges?) of (?:killing|ending|hurting) (?:myself|my life))(?: of (?:killing|ending|hurting) (?:myself|my life))? (?:are|is|have gotten|are getting) (?:even )?(?:louder|stronger|worse|heavier)\\b` +
    `|(?:^ | i )(?:am|went|have gone|have been) back (?:in (?:that (?:dark )?place|the same dark place)|(?:in|to) (?:that|the same|the old) (?:mindset|headspace|dark place|state of mind))(?= $| (?!(?:of|as|visiting|on|many|with|to|for)\\b))| (?:having|have|had) (?:those|these|the) thoughts again| thinking about (?:trying|doing it) again| i (?:have|ve|had|got) a plan again| (?:days|weeks|months|years) clean until (?:yesterday|last|today|this|tonight|${DAYS})\\b` +
    `| (?:nili|nime|nika|nishali|nimeshali)(?:jaribu|try|tri|jikata|jiumiza|jidhuru)\\p{L}* tena(?: tena)?${AFTER_TRIED_SW}` +
    `| nime(?:rudi|anza) (?:tena )?ku(?:jikata|jidhuru|jiumiza)` +
    '| (?:mawazo|hisia|thoughts|feelings) (?:hayo |hizo |yale |zile )?(?:yamerudi|zimerudi|yamerejea|zimerejea|yamenirudia|zimenirudia|yamenirejea|zimenirejea|yamenijia tena|zimenijia tena|yananijia tena|zinanijia tena|yananirudia)(?! (?:\\p{L}+ ){0,2}(?:(?:kuhusu|juu ya|about) (?!(?:ku(?:jiua|fa|jimaliza|jitoa)|(?:kifo|death)(?! (?:cha|ya|of)\\b)|suicide|ending|killing|dying)\\b)|kwa (?:ex|mpenzi|mchumba|boyfriend|girlfriend|bf|gf|bibi|bwana)\\b))(?! (?:\\p{L}+ ){0,2}(?:ya|za) ku(?!jiua|fa|jitoa|jimaliza|jiumiza|jikata|jidhuru|taka|tamani|ondoka|toweka|die|dedi))',
);
/** "… and i still am" right after a cue (`lead` the joining word it must or may start with), or alone in a sentence. */
const stillAm = (lead: string) =>
  new RegExp(`^ ${lead}(?:i still am|i am still|im still)(?: (?:sometimes|today|now|honestly))? $`, 'u');
const STILL_AM = stillAm('(?:and|but) ');
const STILL_AM_ALONE = stillAm('(?:and )?');
/** The feeling said to go on ("I used to want to die. I still do.", "That feeling has been with me since last year."). */
const STILL =
  '(?:i still (?:do|feel (?:that way|the same|like that)|want to|wanna|wish (?:it|that|for it)|believe that|want out|pray for that|think about doing it)(?= $| (?:sometimes|some|every|most|today|now|and|but|tbh|honestly|especially)\\b)' +
  '|(?:that feeling|the feeling|the thoughts?|those thoughts|the wish|the urges?|it|its|it is) (?:is |are )?still (?:there|here|with me)|(?:the feeling|the wanting|the thoughts?|those thoughts|the wish|the urges?) (?:never stopped|did not leave|didnt leave|stayed)' +
  '|i never stopped wanting (?:that|it|to die|out)' +
  '|bado (?:niko na|nina|nko na) (?:hizo|hayo|hiyo|haya|hizi) mawazo|bado (?:nataka|najiskia hivyo|najiskia hivo)(?= $| (?:even|hata|kila|sana)\\b)|(?:mawazo|hisia|feeling|thoughts|wish|urge|urges|hamu)(?: \\p{L}+){0,3} bado (?:iko|ziko|yapo|zipo)(?= $)' +
  '|(?:it|that|this|that feeling|the feeling|the wanting|the thoughts?|those thoughts|these thoughts|the urges?|the wish) (?:(?:has|have) (?:not|never) (?:really )?(?:gone away|left|stopped|gone)|(?:hasnt|havent) (?:really )?(?:gone away|left|stopped|gone)|never (?:really )?(?:went away|left|stopped)|(?:has|have) (?:been|stayed) with me)' +
  '|nothing has changed(?= $| (?:and|but) i (?:cant|can not|cannot|still)\\b)|(?<=^ )(?:and |but |honestly )?i (?:still )?feel (?:exactly |just )?the same (?:about it|way)(?= $| (?:now|today|again)\\b)|(?<=^ )(?:and |but |honestly )?i (?:have been|am|keep) feeling (?:exactly |just )?(?:like that|the same way|that way) (?:again|lately|recently|these days|now)\\b|bado (?:najisikia|nawaza|nahisi) (?:hivyo|vivyo hivyo|hivo)|(?:mpaka|hadi) (?:leo|sasa) (?:bado )?(?:najisikia|nawaza|nahisi|nafikiria) (?:hivyo hivyo|hivyo|vivyo hivyo|hivo|hivi)(?! (?:\\p{L}+ )?(?:ni|ilikuwa|was|is)\\b)|(?:mawazo|hisia|hamu)(?: (?:hayo|hizo|yale|zile))? (?:hayajawahi|hazijawahi|haijawahi) (?:kuondoka|kuisha|kuniacha|kupotea)|(?:mawazo|hisia|hamu)(?: (?:hayo|hizo|yale|zile))? (?:bado )?(?:hayajaisha|hazijaisha|haijaisha|hayajaniacha|hazijaniacha))';
/** The act said again by a pronoun or "relapse", or the feeling said to go on, which another undertaking may own. */
const AGAIN_SAID = re(
  `(?:^ | i (?:have |had |just |then |actually )?)(?:did it|did that|done it) again${ROOM}` +
    `|(?:^ | i (?:have |had |just )?)relapsed(?! (?:again )?(?:on (?!${DAYS})|with (?!no)|into (?!cutting|self)|to|and (?:smoked|drank|had|ate|bet|lost|went))\\b)(?: again)?${ROOM}` +
    `| i (?:just |finally )?gave in(?: to (?:it|the urges?))?${END}| (?:(?:it|this) (?:happened|is happening|s happening|started)|its happening) again${END}` +
    `| (?:nili|nime|nika)(?:fanya\\p{L}*|du|do) tena${ROOM_SW}| (?:nimerudia|nikarudia|nilirudia|nimerelapse|nilirelapse)(?: tena)?${ROOM_SW}| nimeanza tena${AFTER_SW}| (?:nime|nili) ?(?:relapse|give in)\\b` +
    `| ${STILL}` +
    `|(?:^ | i )(?:slipped|slipped up|broke (?:my )?(?:\\p{N}+ (?:day|days|week|weeks|month|months) )?streak)(?! (?:again )?(?:on the|on a|and fell|down|over|in the|at)\\b)${END}` +
    `| i (?:have |had |just )?(?:started|start) (?:it |doing it |cutting )?again${AFTER}` +
    // The means got again ("… Today I got the pills again."); not one's own medicine ("my pills", "from the clinic").
    `|(?:^ | i (?:have |just )?)(?:got|bought|collected|picked up|have got) the (?:pills|tablets) again${END}` +
    `| (?:nime|nili|nimesha|nishali|nika)(?:nunua|pata|chukua|kusanya) (?:hizo |zile )?(?:dawa|vidonge|tembe) tena${KEPT_SW}`,
);

/** Words that turn from a past to now, right before the repetition. */
const TURN = ['now', 'sasa', 'but', 'lakini', 'today', 'leo'];

/** A time said as where something began. */
const SINCE =
  / since (?:last year|last month|\p{N}{4}|then|that time|childhood|high school|form \p{L}+|(?:\p{L}+ )?years ago)(?= )/u;

/** A cue clause that names thoughts, urges or feelings, which "they" may then take up. */
const THOUGHTS_CUE =
  / (?:thoughts?|urges?|feelings?|mawazo|hisia|(?:think|thinking|nikiwaza|nawaza) (?:about |of |kuhusu )?(?:killing|ending|suicide|dying|kujiua|kujimaliza|kujitoa|kufa)) /u;
/** "… and now they are back", "… yamerudi". */
const THEY_BACK =
  / (?:they|they are|theyre|they have|theyve|have) (?:\p{L}+ )?(?:back|come back|came back|returned)(?= $| (?:now|again|and|but|this|last|since|ever since|every|lately|recently)\b)|(?:^| sasa| na| sahi| sai| sahii| saa hii| sasa hivi| siku hizi| lately| now| nowadays) (?:yamerudi|zimerudi|yamerejea|zimerejea|yamenirudia|zimenirudia)(?= $| (?:na|tena|mwezi|wiki|leo|jana|kila|usiku|juzi|bana|maze|msee|kabisa|tu|sana|vibaya)\b)|(?:^| sasa| sahi| sai| sahii| saa hii| sasa hivi| siku hizi| lately| now| nowadays) (?:imerudi|imerejea|imenirudia)(?= (?:tu |bana |sasa |maze |msee )?(?:hizo |hayo |zile |yale |ile |hiyo )?(?:thoughts|mawazo|hisia)\b(?! (?:ya|za) (?!ku(?:jiua|fa|jitoa|jimaliza|jiumiza|jikata|jidhuru)\b)))/u;

/** People named before "they" take it ("My friends came back into my life and they are back every Sunday"). */
const PEOPLE =
  / (?:friends|children|kids|parents|people|guests|customers|visitors|family|relatives|cousins|sisters|brothers|twins|sons|daughters|husband|wife|in laws|grandchildren|students|watoto|wazazi|marafiki|wageni|wateja|ndugu) /u;

/** A cue clause that names a want or a feeling, which "it" may then take up ("I used to want to die. It's back."). */
const WANT_CUE =
  / (?:want|wanted|wanting|wish|wished|feel|felt|feeling|feelings|suicidal|thoughts?|urges?|attempt|attempted|tried|nilijaribu|kujiua) /u;
/** "… and now it's back"; not "back on track", nor where an illness, the rain or a thing was named that "it" may be. */
const IT_BACK =
  / (?<!(?:got|get|gave|give|bring|brought|took|take|put|paid|pay|won|win|want|wanted) )(?:it|its|it is|it has|its come|it came|it has come) (?:\p{L}+ )?(?:back|returned)(?= $| (?:now|again|and|but|this|last|since|every|lately|recently)\b)/u;
const LOST = / since (?:i )?(?:lost|losing) (?:my |the |our )?\p{L}+/gu;
/** A sentence of wellbeing alone between the past and "it's back" ("… I was doing well. Since March it's back."). */
const WELL_BETWEEN =
  /^ (?:i was|i had been|i have been|things were|life was)(?: \p{L}+)? (?:well|fine|better|okay|ok|good|great|stable)(?: for (?:\p{L}+ ){0,3}?(?:years?|months?|a while))? $/u;

/** "They are back" after a cue clause naming thoughts (no people named before), else "it's back" after one naming a
 * want or feeling (no thing named in the cue's sentence or before it). */
function backAgain(words: string, cue: string, sentence: string): RegExpExecArray | null {
  const they = THOUGHTS_CUE.test(cue) ? THEY_BACK.exec(words) : null;
  // A thing told right before the Swahili "back" is what came back ("… ng'ombe ziliibiwa lakini sai zimerudi").
  const thing = they !== null && SW_BACK.test(they[0]) && THING_SW.test(words.slice(0, they.index + 1));
  if (they && !PEOPLE.test(words.slice(0, they.index + 1)) && !thing) return they;
  const it = WANT_CUE.test(cue) ? IT_BACK.exec(words) : null;
  // A thing lost as the cause ("since i lost my job its back") is not what came back ("i lost my phone but now its back").
  return it && !THING.test(`${sentence} ${words.slice(0, it.index + 1)}`.replace(LOST, ' ')) ? it : null;
}

/** The words after the last "but" ("everyone thinks i'm fine but i still want to": the belief is another's, not the act). */
const afterContrast = (lead: string) => {
  const at = Math.max(...[' but ', ' lakini ', ' ila ', ' though '].map((w) => lead.lastIndexOf(w)));
  return at < 0 ? lead : lead.slice(at);
};

const allText = (cs: readonly Clause[]) => ` ${cs.map((c) => c.text.trim()).join(' ')} `;

const textOf = (cs: readonly Clause[], k: number) =>
  ` ${cs
    .filter((c) => c.sentence === k)
    .map((c) => c.text.trim())
    .join(' ')} `;

/** Whether what follows the cue of clause i (the rest of its sentence, then later sentences) says the act or the
 * thoughts came again or go on, as done and not of another habit. */
export function repeatedLater(cs: readonly Clause[], i: number, afterCue: string): boolean {
  const own = cs[i]!.sentence;
  // "i was suicidal and i still am", "… I still am.": only joined right onto the cue or said alone in the next sentence,
  // not "… i was in therapy and i still am" (a review, session 44).
  const next = cs
    .filter((c) => c.sentence === own + 1)
    .map((c) => c.text.trim())
    .join(' ');
  if (STILL_AM.test(` ${afterCue.trim()} `) || STILL_AM_ALONE.test(` ${next} `)) return true;
  // The cue's own sentence counts from the cue's end ("nilikuwa najikata zamani nimerudi kujikata").
  const later = cs
    .slice(i + 1)
    .filter((c) => c.sentence === own)
    .map((c) => c.text.trim());
  const rest = ` ${[afterCue.trim(), ...later].filter((w) => w).join(' ')} `;
  for (let k = own; k <= cs.at(-1)!.sentence; k++) {
    const words = k === own ? rest : textOf(cs, k);
    // "they are back", "it's back" speak of the thoughts only right after a cue that names them.
    const backReach = k <= own + 1 || (k === own + 2 && WELL_BETWEEN.test(textOf(cs, own + 1)));
    const named = AGAIN_NAMED.exec(words) ?? (backReach ? backAgain(words, cs[i]!.text, textOf(cs, own)) : null);
    const said = named ? null : AGAIN_SAID.exec(words);
    // Wanted again only right after the cue and opening its sentence, where "it" can be nothing else.
    const asked =
      named || said || k > own + 1
        ? null
        : (openingSentence(AGAIN_WANTED.exec(words), words) ??
          voiceFinish(words) ??
          (k === own ? feelingTurned(words) : null));
    // "finish it" takes up an attempt told, never another undertaking left unfinished.
    const finish = asked !== null && FINISH.test(` ${asked[0]} `);
    const wanted = finish && (!ATTEMPT_CUE.test(cs[i]!.text) || UNFINISHED.test(allText(cs))) ? null : asked;
    const m = named ?? said ?? wanted;
    if (!m) continue;
    // Dated long ago itself ("years ago i tried again"), it says nothing of now: the three words before it and after.
    // "… has been with me since last year" dates where it began, not the words.
    // Words after a turn to now ("… years ago now they are back") date nothing of it.
    const lead = words.slice(0, m.index).trim().split(' ').slice(-3);
    // "bado" (still) turns to now by itself: "… zamani na bado nawaza".
    const turn = m[0].trimStart().startsWith('bado ')
      ? lead.length - 1
      : Math.max(...TURN.map((w) => lead.lastIndexOf(w)));
    const near = ` ${lead.slice(turn + 1).join(' ')} ${words.slice(m.index).trim()} `.replace(SINCE, ' ');
    if ((HISTORY.test(near) || PAST_ANCHOR.test(near)) && !RECENT.test(near) && !WEEKDAY.test(near)) continue;
    const others = `${words.slice(0, m.index)} ${words.slice(m.index + m[0].length)}`;
    const between = [...Array(Math.max(0, k - own - 1)).keys()].map((d) => textOf(cs, own + 1 + d)).join(' ');
    // The rest of the cue's sentence, without the reason it gives ("… years ago after I lost my job").
    const told = k === own ? ' ' : rest.replace(CAUSE, ' ');
    const after = cs.filter((c) => c.sentence === k || c.sentence === k + 1);
    const at = after.findIndex((c) => c.text.includes(m[0].trim().split(' ').at(-1)!));
    if (
      !NOT_DONE.test(afterContrast(words.slice(0, m.index + 1))) &&
      !after.slice(at + 1).some((c) => TAKEN_BACK.test(c.text)) &&
      !RESISTED.test(`${words.slice(m.index + m[0].length)} ${textOf(cs, k + 1)}`) &&
      !PROUD.test(`${between} ${words} ${textOf(cs, k + 1)}`) &&
      (named || !UNDERTAKING.test(`${between} ${others}`)) &&
      !HABIT.test(`${textOf(cs, own)} ${between} ${words}`) &&
      !(
        MEANS_AGAIN.test(` ${m[0]} `) &&
        (MEDICINE.test(allText(cs)) || MEDICINE_NEAR.test(`${words} ${textOf(cs, k + 1)}`))
      ) &&
      !(
        wanted &&
        (OTHER_EVENT.test(told) ||
          (!finish && OTHER_GOAL.test(`${told} ${between} ${withoutFeelReason(words, m)} ${textOf(cs, k + 1)}`)) ||
          (DECIDED_TRY.test(` ${m[0]} `) && GOAL_FAILED.test(textOf(cs, own))) ||
          feelingOfOther(m, words))
      )
    )
      return true;
  }
  return false;
}
