import type { Cue } from './patterns.js';
import { JOKE, STORY_WHOLE } from './after-history-words.js';
import { anyOf } from './farewell-closers.js';
import { DAYS, SIKU } from './planned-words.js';
import { anySpaces, re } from './words.js';

// The clinician's plan question answered yes (session 59, red team 285: "the nurse asked kama niko na plan. Ndio, niko
// nayo, and I'm going to do it kesho" was medium). A bare "plan" asked by a nurse, a doctor, a counsellor or the check-in
// itself is the C-SSRS plan question; answered yes it is a plan. Not a plan for something ("… a plan for the rent"), a
// safety, treatment or family plan, or a yes taken back. Raise only.

/** Who asks the plan question: a clinician or a helpline, or the check-in itself ("you asked", "the app asked"). */
const CLINICIAN =
  '(?:nurse|nesi|doctor|doc|daktari|dokta|counsell?or|counselor|therapist|psychologist|psychiatrist|mshauri|clinician|social worker|chv|chw|helpline|hotline)';
const ASKED =
  '(?:asked|asks|ask|asking|keeps asking|wanted to know|wants to know|aliniuliza|ameniuliza|akaniuliza|ananiuliza|aliuliza|ameuliza|anauliza|akauliza)';
/** "uliniuliza kama …": you (the check-in) asked, the subject in the verb. */
const YOU_ASKED = '(?:uliniuliza|umeniuliza|uliuliza|umeuliza|ukaniuliza)';
/** … whether the speaker has a plan, the plan bare: "if i have a plan", "kama niko na plan", "do you have a plan". */
const HAVE_PLAN =
  '(?:if|whether|kama) (?:(?:i (?:have|had|got|have got|still have)|(?:niko|nko|nilikuwa|bado niko) na|nina|bado nina)(?: a| any)? (?:plan|plani|mpango)|i (?:have |had )?made a plan|(?:nime|nimesha|nisha)(?:panga|plan))|(?:do|did) (?:you|u) (?:have|still have)(?: a| any)? plan|(?:una|uko na) (?:plan|mpango)';
const QUESTION = `(?:${CLINICIAN}(?: \\p{L}+){0,4}? ${ASKED}|(?:you|u|the app|this app|hii app) ${ASKED}|${YOU_ASKED})(?: me)?(?: (?:again|tena|straight|directly|today|leo))? (?:${HAVE_PLAN})`;
/** … answered yes, in the same breath or the next clause: "yes i do", "i said yes", "ndio niko nayo", "nikasema ndio". */
const YES =
  '(?:and |so |na )?(?:(?:i (?:said|answered|told (?:him|her|them|you))|nikasema|nilisema|nikajibu|nilijibu|nikamwambia|nkasema|nkamwambia|nkajibu)(?: (?:ukweli|the truth))? )?(?:(?:honestly|actually|kusema kweli|kwa kweli|to be honest) )?(?:yes|yeah|yep|yup|ndio|ndiyo|eeh|i do|i have one|niko nayo|nko nayo|niko nao|nko nao|ninayo|ninao)';
/** … and not taken back after the yes: "… but no", "… yes and no", "… not really". */
const NOT_TAKEN_BACK =
  '(?! +(?:but (?:not|no|i wont|i will not|i am safe|im safe|i dont|its not)|lakini (?:sitafanya|si|sio)|just kidding|kidding|joking|natania|not really|sio kweli|no(?! one| body)|hapana|i was lying|and no|na hapana|sort of|kiasi|i dont know|i do not know|sijui|i dont think so|sidhani|labda|maybe)(?= |$))';
/** A plan for something, or a safety, treatment or family plan, told anywhere after the question ("… yes my safety plan
 * is on the fridge", "… ndio niko na mpango wa uzazi", "… yes i do i have a plan to pay rent"; code review 289). */
const OTHER_PLAN = re(
  ' (?:(?:safety|crisis|treatment|care|business|family|birth|payment|savings|study|feeding|meal|work) plans?|(?:plans?|mpango|plani) (?:to|for|of|ya|wa|za|kwa|about|kuhusu|on how)|family planning|uzazi|diet|exercise|made it together|we (?:made|wrote)|card|tuliandika|tuliipanga|pamoja|implant|coil|iud|depo|condoms?|vipandikizi|stop drinking|quit\\p{L}*|kuacha pombe|sober|rehab|(?:ndio|ndiyo|eeh) (?:wa|ya) ku\\p{L}+) ',
);

/** An everyday plan told anywhere in the check-in, where nothing of an end is (code review 290: "… yes, wa kurudi shule
 * januari", "… yes i will take my meds and call the helpline", "… for the weekend i am going to church"). */
const EVERYDAY_PLAN = re(
  `^(?!.* (?:do it|nitafanya|nifanye|tonight|usiku|leo usiku|picked|chosen|nimechagua|ready|tayari|goodbye|kwaheri|end it|die|kufa|nobody|no one|hakuna)(?= )).* (?:school|shule|masomo|degree|masters|college|chuo|kazi|work|job|meds|medication|nitarudi|appointment|miadi|checkup|check up|refill|kliniki ya|clinic for|sukari|diabetes|pressure|mimba|ujauzito|helpline|call my|walk|church|kanisa|holiday|likizo|visiting|visit|nhif|sha|insurance|budget|savings|fees|karo|rent|kodi|business|biashara|farm|shamba|wedding|harusi|exam|mtihani|trip|travel|cousin|grandma|bibi)(?= )`,
);

/** What makes the yes the plan of one's end: nothing more said after it, or a time, readiness, secrecy or a farewell in
 * the check-in ("… yes i do. tonight", "… ndio niko nayo, na nitaifanya kesho"). Told with anything else, the plan may
 * be any plan (code review 294: "… yes, she means for the baby", "… ndio, nataka kufungua kibanda"): read as before. */
const AN_END = `(?:tonight|tonite|kesho|leo usiku|usiku huu|do it|nitaifanya|nitafanya|nifanye|ready|tayari|picked|chosen|nimechagua|the day|siku (?:ni|imefika|yangu)|${DAYS}|${SIKU}|\\p{N}+ ?(?:am|pm)|this weekend|wikendi hii|next week|wiki ijayo|goodbye|kwaheri|(?:no one|nobody) knows|hakuna anajua|i know when|najua lini|when everyone)`;
const ANSWERED = `${QUESTION} +${YES}${NOT_TAKEN_BACK}`;
const FILLERS = '(?: +(?:i do|i have one|niko nayo|nko nayo|niko nao|ninayo|ninao|yes|ndio|honestly|kabisa))*';
/** Each part one scan of the check-in (a lookahead per start of a question would rescan it for each). */
const YES_TO_AN_END = `^(?=.*? ${ANSWERED}(?= |$))(?:(?=.*? ${AN_END}(?= |$))|.* ${ANSWERED}${FILLERS} *$)`;
/** The question (its plan ending the clause or answered in it); the answer itself is read in the whole check-in. */
const asked: Cue = {
  tier: 'plan',
  code: 'intent',
  re: re(
    ` ${QUESTION}(?= $| ${YES}(?= |$)| (?:nikamwambia|nilimwambia|i told (?:him|her|them)) (?:ukweli|the truth) $)`,
  ),
  onlyWhole: re(anySpaces(YES_TO_AN_END)),
  unlessWhole: anyOf(JOKE, STORY_WHOLE, OTHER_PLAN, EVERYDAY_PLAN),
  raiseOnly: true,
};

export const PLAN_ASKED_CUES: readonly Cue[] = [asked];
