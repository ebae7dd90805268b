import type { Cue } from './patterns.js';
import { re } from './words.js';

// Wishes to be dead said as anger at being saved or at surviving, as counting the days until one is gone, as not
// feeling like living or wanting to vanish (session 45). Raise only (patterns.ts LATER_CUES).

export const SAVED_ANGRY_CUES: readonly Cue[] = [
  // Counting the days until one is gone; not feeling like living; wanting to vanish, said alone (session 45).
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' counting down (?:the )?days (?:until|till|til|to) (?:i am|im|i m|i will be|ill be) (?:gone|dead|no more|done with (?:it all|everything|all of this|all this|life))(?: for good| forever)?(?= $| lol\\b)' +
        '| sijisikii (?:kuendelea )?kuishi(?: tena| kabisa| tu| siku hizi)*(?= $)' +
        '| (?:ningependa|nataka|natamani|nadai) (?:tu )?kutoweka(?: kabisa| milele| duniani| tu)*(?= $) ',
    ),
    // … not a move, a new job, the end of a contract or of exams told anywhere in the check-in (a code review).
    unlessWhole: re(
      ' (?:campus|college|university|uni|chuo|school|shule|job|kazi mpya|contract|exams?|semester|holiday|vacation|leave|likizo|moving|nahamia|kuhama|nyumba hii|this house|dubai|mombasa|kisumu|nairobi|nakuru|eldoret|kampala|arusha|baridi) ',
    ),
  },
  // Angry to have been saved or to have survived (session 45): "im angry they saved me", "why did they save me",
  // "nimekasirika waliniokoa"; not "… saved me a seat", "angry that i survived and my brother didnt".
  {
    tier: 'passive',
    code: 'wish_dead',
    // The rescuers are the subject, the speaker the one saved: no report of someone else's risk.
    selfReferring: true,
    // Survivor's guilt (an accident, others who died), a game, or the anger told as past, anywhere in the check-in.
    unlessWhole: re(
      ' (?:accident|crash|crashed|fire|flood|war|attack|genocide|ajali|moto|died|passed away|was killed|were killed|did not make it|didnt make it|did not survive|didnt survive|alikufa|walikufa|alifariki|walifariki|game|games|fortnite|pubg|fifa|minecraft|roblox|xp|health|level|hide and seek|grateful|glad|thankful|nashukuru) |(?:my|his|her|our) (?:\\p{L}+ )?(?:did not|didnt)(?: make it| survive)? *$',
    ),
    re: re(
      '(?:^|(?<= and| so| but| now| honestly)) (?:(?:honestly|now) )*(?:i am|im|i m|i feel|i get)(?: so| really| very| still)? (?:angry|mad|upset|furious|annoyed|disappointed) (?:that |at )?(?:they|he|she|someone|somebody|my \\p{L}+|the doctors?|the nurses?|people) (?:saved|rescued|revived) me(?= $| (?:in time|yesterday|last night|again|that night)\\b)' +
        '|^ (?:(?:and|so|honestly|but) )*why did (?:they|you|he|she|god|someone|the doctors?) (?:save|rescue|revive) me(?= $| (?:in time|again|that night)\\b)' +
        '|(?:^|(?<= and| so| but| now| honestly)) (?:(?:honestly|now) )*(?:i am|im|i m|i feel)(?: so| really| very| still)? (?:angry|mad|upset|disappointed) (?:that )?i (?:survived|woke up|am still alive|didnt die|did not die)(?= $| again\\b)' +
        '|^ (?:they|he|she|someone|my \\p{L}+) (?:saved|rescued|revived) me and i (?:hate|cant forgive|will never forgive) (?:them|him|her) for it' +
        '|^ (?:(?:na|sasa|kusema kweli) )*(?:nimekasirika|nina hasira|nimeudhika|nimesikitika) (?:kwamba |kuwa )?(?:wali|ali|mli)niokoa(?= $| (?:jana|tena)\\b)|^ (?:(?:na|sasa) )*kwa ?nini (?:wali|ali|mli)niokoa(?= $| (?:jana|tena)\\b) ',
    ),
  },
];
