import { wholeCheckIn } from './words.js';

// A bare "i want to end this" or "i have decided to" that is about an everyday thing, told alone (session 40, red teams
// 177 and 178): "i want to end this call my boss is calling", "i want to finish it tonight the assignment is due at 9",
// "i have decided to open a shop", "… to end this relationship with my boyfriend he has been cheating". Each was high or
// critical though nothing in it is about dying. Only a short check-in that is nothing but that: red team 179 hid 25
// crises behind these words with the risk told after them ("i have decided to resign today … tonight i am going to the
// place … with the pills"), which the cue alone had been catching.

/** A word of a life, a death, the dead, a farewell or a means anywhere in the rest ("… this trip on earth", "… this
 * game called life", "… this year in my grave", "… siwezi kuendelea kuishi", "… before it ends me"; red team 108). */
const LIFE =
  '(?:everything|disappear\\p{L}*|mwisho|noose|better place|goodbyes?|before i go|i go|wake|rest|late|heaven|mbinguni|marehemu|for ever|pills|tablets|tabs|meds|rope|poison|sumu|dawa|vidonge|tembe|kamba|gun|knife|razor|blade|jik|bleach|paraffin|tracks|railway|bridge|river|lake|roof|life|lives|maisha|world|dunia|duniani|earth|existence|exist|existing|grave|dying|die|dead|death|gone|never|end it all|kuishi|living|alive|pain|suffering|once and for all|god|mungu|ends me|kills me|kufa|nife|myself|forever|for good|bye|goodbye|kwaheri|sorry|nisamehe)';
/** At most ten more words, none of a life or a death. */
const REST = `(?!(?: [\\p{L}\\p{N}]+)*? ${LIFE}(?= |$))(?: [\\p{L}\\p{N}]+){0,10}`;

/** What is ended: "this / the / my" and an everyday thing (a day only with its tea or on a good note; no game, journey,
 * race, fight or conversation, which stand for a life as often: two code reviews, session 40), never "it" or a person
 * one "ends it with" ("i want to end it with my boyfriend gone" is a crisis of red team 108). */
const ENDED = `(?:(?:this|the|my) (?:(?:day|week) (?:with (?:a |some )?(?:cup of tea|tea|coffee|prayers?|my family|family|friends)|on a (?:high|good) note)|semester|term|call|meeting|contract|lease|subscription|argument|diet|fast|match|trip|project|essay|assignment|homework|book|course|degree|shift|job|relationship|marriage|friendship|engagement|deal|loan|series|movie|show|episode|meal|plate|task|chores|report|thesis|exam|paper|habit))`;
/** "finish it tonight the assignment is due": schoolwork still to hand in, never "end it" nor a deadline past. */
const DUE =
  '(?:it (?:tonight|today|now) (?:the|my) (?:assignment|essay|homework|report|project|paper|thesis|presentation) is due)';

/** A life decision, its object named where the verb alone could be anything (buying, saving, selling, visiting,
 * travelling, studying and learning left out, joining and forgiving only what is named: "… to save my tablets", "… to
 * join my late brother", "… to learn how to tie a noose"; two code reviews, session 40). */
const DECIDED = `(?:quit (?:my |the |this )?(?:job|work|school|college|campus|drinking|smoking|alcohol|betting|sugar|choir|group)|start (?:a |my |the )?(?:business|shop|kiosk|new job|school|course|class|exercising|counselling|therapy|gym|farming|treatment)|open (?:a |my )?(?:shop|business|kiosk|salon|account|restaurant|stall)|join (?:the |a )?(?:church|choir|chama|gym|college|university|army|police|kdf|team|club|table banking)|move (?:to|back|out|house|in with)|relocate|marry|get married|forgive (?:him|her|them|my (?:ex|husband|wife|boyfriend|girlfriend|father|mother|dad|mum|mom|brother|sister|friend))|apply|register|enrol|enroll|focus on (?:my|the) (?:studies|business|work|children|kids|family|health)|exercise|retire|resign|divorce|break up|go back to (?:school|college|campus|university|work|farming|church|the village|shags)|return to (?:school|college|work)|stop (?:drinking|smoking|betting|gambling|chewing|alcohol)|leave (?:my|the|this) (?:job|work|church|group|chama|company)|end (?:this|my|our|the) (?:relationship|marriage|friendship|contract|lease|engagement)|take (?:a break|a course|leave|my medication|my medicine|the job|the offer)|go to (?:church|school|the doctor|hospital|counselling|therapy))`;

/** The whole check-in an everyday end: the cues of wanting to end "it / this / things" do not count there. */
export const ENDED_ALONE = wholeCheckIn(
  `(?:i )?(?:want|wanna|need|going) to (?:(?:end|finish) ${ENDED}|finish ${DUE})${REST}`,
);

/** The whole check-in a life decision: "i have decided to" reads no plan there (with a decision to live:
 * protective-decision.ts). */
export const LIFE_DECIDED_ALONE = wholeCheckIn(`(?:i have|ive) (?:decided|made up my mind) to ${DECIDED}${REST}`);
