import { LIFE_DECIDED_ALONE } from './everyday-ends.js';
import { re, wholeCheckIn } from './words.js';

// A decision to live or to get help, said alone (session 50): "ive decided to stay alive", "i have decided to get
// help", "… to keep going for my kids", "… to call the helpline". Each was critical through the bare "i have decided
// to" plan cue. As with a life decision (everyday-ends.ts), the cue does not count where the whole check-in is that
// decision and at most six more words saying whom it is for ("for my kids"), "every week" or thanks. A first
// form that let the decision silence the cue in a longer check-in where nothing else read as risk lowered crises that
// only the cue had caught (red team 217 and two code reviews: "… december is my deadline", "… but i have written them
// notes", "ive decided to get help i attempted yesterday"). Doctors, nurses, medicine and hospitals stay out: red team
// 179 hid crises behind them ("… to take my medicine tonight but not the way the doctor said", "… to go to the
// hospital tomorrow but only to visit my mum").

/** Help, by whom it is given: "see a counsellor", "call the helpline". */
const HELPER =
  '(?:a |my |the |our |some )?(?:counsell?ors?|therapists?|psychologists?|psychiatrists?|pastors?|priests?|imams?|sheikh|helplines?|hotlines?|crisis line|befrienders|professionals?|someone|somebody)';
const CLOSE =
  '(?:my )?(?:wife|husband|family|parents|mum|mom|mother|dad|father|sister|brother|friends?|best friend|partner|girlfriend|boyfriend)';

/** What is decided: to live, to go on, to get or ask for help. */
const LIVING = [
  'keep (?:going|living|fighting|pushing|holding on|my head up)',
  '(?:carry on|push on|push through|hold on|soldier on|go on living)',
  '(?:stay|remain) (?:alive|strong|safe|sober|clean|positive|hopeful)',
  'live(?: my life(?: fully)?)?',
  '(?:choose|chose) (?:life|to live)',
  '(?:never|not) give up(?: on (?:myself|life|my life|my dreams))?|fight (?:on|this|for my life|for my recovery)',
  'be (?:strong|brave|positive|hopeful|happy|kind to myself|there for)',
  '(?:get|seek|ask for|find|accept) (?:some |professional )?(?:help|support|counselling|counseling|therapy)',
  `(?:see|talk to|speak to|speak with|talk with|reach out to|call) ${HELPER}`,
  `(?:open up to|talk to|confide in|reach out to) ${CLOSE}`,
  '(?:start|begin|go to|attend|continue|join|go back to) (?:counselling|counseling|therapy|a support group|support group|rehab)',
  '(?:focus on|work on|take care of|look after|love) (?:my )?(?:healing|recovery|mental health|myself|self care|wellbeing)',
  '(?:heal|recover|get better|give (?:life|myself) (?:another|a second) chance)',
];
/** Who it is for: "for my kids", "be there for my family". */
const FAMILY =
  '(?:kids|children|child|family|wife|husband|mum|mom|mother|dad|father|son|daughter|parents|baby|sake|people|loved ones)';
/** The only words that may follow it: whom it is for, "every week", thanks. Anything else (a reason, a day, a limit,
 * "again", an act, Swahili told after it) keeps the cue: code reviews found each of those lowering crises. */
const AFTER = `(?:for|and|my|our|the|${FAMILY}|every week|every day|thank you|thanks|asante|sana|please)`;

/** The whole check-in a decision to live or a life decision: "i have decided to" reads no plan there. */
export const DECIDED_ALONE = new RegExp(
  `${LIFE_DECIDED_ALONE.source}|${
    wholeCheckIn(`(?:i have|ive) (?:decided|made up my mind) to (?:${LIVING.join('|')})(?: ${AFTER}){0,6}`).source
  }`,
  'u',
);

/** An emoji but a few of strength, thanks, smiles or celebration (a pill or a coffin may carry the end): the cue counts
 * as before. Punctuation, faces typed as ":)" and skin tones do not count. */
export const EMOJI_NOT_POSITIVE = re(
  '(?![\\u{1F4AA}\\u{1F64F}\\u{1F60A}\\u{1F642}\\u{1F600}\\u{1F603}\\u{1F604}\\u{1F601}\\u{1F44D}\\u{1F4AF}\\u{1F389}\\u{1F64C}\\u{1F970}\\u2764\\u263A\\u2728])\\p{Extended_Pictographic}',
);
