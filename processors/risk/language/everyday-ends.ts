import { wholeCheckIn } from './words.js';

// A bare "i want to end this" or "i have decided to" that is about an everyday thing, told alone (session 40, red teams
// 177 and 178): "i want to end this call my boss is calling", "i want to finish it tonight the assignment is due at 9",
// "i have decided to open a shop", "… to end this relationship with my boyfriend he has been cheating". Each was high or
// critical though nothing in it is about dying. Only a short check-in that is nothing but that: red team 179 hid 25
// crises behind these words with the risk told after them ("i have decided to resign today … tonight i am going to the
// place … with the pills"), which the cue alone had been catching.

/** A word of a life or a death anywhere in the rest ("… this trip on earth", "… this game called life", "… this year in
 * my grave", "… siwezi kuendelea kuishi", "… before it ends me"; red team 108). */
const LIFE =
  '(?:life|lives|maisha|world|dunia|duniani|earth|existence|exist|existing|grave|dying|die|dead|death|gone|never|end it all|kuishi|living|alive|pain|suffering|once and for all|god|mungu|ends me|kills me|kufa|nife|myself|forever|for good|bye|goodbye|kwaheri|sorry|nisamehe)';
/** At most ten more words, none of a life or a death. */
const REST = `(?!(?: [\\p{L}\\p{N}]+)*? ${LIFE}(?= |$))(?: [\\p{L}\\p{N}]+){0,10}`;
/** A few words may open it ("ok so", "leo"). */
const OPENING = '(?:[\\p{L}\\p{N}]+ ){0,3}?';

/** What is ended: a day only with how it ends ("… this day and never wake up" is no day's end), never a person one
 * "ends it with" ("i want to end it with my boyfriend gone" is a crisis of red team 108). */
const ENDED = `(?:(?:day|week|month|year|season|streak|chapter|night) (?:with|on|early|by|in|at|so|and (?:start|go|sleep|rest|begin|move))|(?:semester|term|call|meeting|contract|lease|subscription|argument|conversation|chat|diet|fast|game|match|trip|journey|project|essay|assignment|homework|book|course|degree|shift|job|relationship|marriage|friendship|engagement|deal|loan|series|movie|show|episode|race|marathon|meal|plate|task|chores|report|thesis|exam|paper|fight|beef|habit)|(?:tonight|today|now) (?:the|my) (?:assignment|essay|homework|report|project|paper|thesis|presentation) (?:is|was) due)`;

/** A life decision: a job, school, a habit, a move, a relationship ended. */
const DECIDED = `(?:quit|start|open|join|study|learn|move|relocate|marry|get married|forgive|buy|sell|save|travel|visit|apply|register|enrol|enroll|change|focus|exercise|plant|build|rent|retire|resign|accept|divorce|break up|go back to (?:school|college|campus|university|work|farming|church|the village|shags)|return to (?:school|college|work)|stop (?:drinking|smoking|betting|gambling|chewing|eating|alcohol)|leave (?:my|the|this) (?:job|work|church|group|chama|company|house|town|city)|end (?:this|my|our|the) (?:relationship|marriage|friendship|contract|lease|engagement)|take (?:a break|a course|a loan|leave|my medication|my medicine|the job|the offer)|go to (?:church|school|the doctor|hospital|counselling|therapy))`;

/** The whole check-in an everyday end: the cues of wanting to end "it / this / things" do not count there. */
export const ENDED_ALONE = wholeCheckIn(
  `${OPENING}(?:i )?(?:want|wanna|need|going) to (?:end|finish) (?:(?:it|this|things) )?(?:this |the |my )?${ENDED}${REST}`,
);

/** The whole check-in a life decision: "i have decided to" reads no plan there. */
export const DECIDED_ALONE = wholeCheckIn(`${OPENING}(?:i have|ive) (?:decided|made up my mind) to ${DECIDED}${REST}`);
