import { DAYS as WEEKDAYS } from './planned-words.js';
import { re } from './words.js';

// What else a repetition told after one's own past may be, for repeated.ts: a reason, another event, goal or habit,
// a supposition, one's medicine, a refusal, an urge ridden out, a milestone (sessions 36–48, reviews and red teams).

/** The weekdays and the weekend, as a regex alternation (repeated.ts reads the same). */
export const DAYS = `${WEEKDAYS}|the weekend`;

/** A reason told after the past act, which a wanted repetition does not take for "it". */
export const CAUSE = / (?:after|when|because|since|kwa sababu|baada ya|nilipo\p{L}*) .*$/u;
/** Something else done, told after the past act in its sentence ("…, but last December I took my kids to Mombasa."). */
export const OTHER_EVENT =
  / (?:i|we|nili\p{L}+|tuli\p{L}+|nime\p{L}+|last (?:year|month|week|\p{L}+day)|for the first time) /u;
/** Another goal told beside a wanted repetition (the cue's sentence without its reason, the words up to it and the
 * next sentence): an exam, a course, a business, a race, a visa. */
export const OTHER_GOAL = re(
  ' (?:exams?|tests?|kcse|kcpe|interview|course|degree|masters|diploma|business|biashara|marathon|race|application|scholarship|visa|driving|mtihani|mitihani|kazi|job|recipe|cake|audition|season|harvest|shamba|loan|mkopo|election|tender|dating|divorce|marriage|checkup|cpa|church|kanisa) ',
);

/** A decision to try again (session 48's Swahili wordings), which a failed goal told as the past act's reason may own. */
export const DECIDED_TRY = / (?:nimeamua|nimepanga|napanga) kujaribu /u;
/** A goal failed, told as the past act's reason, which "try again" may take up ("… baada ya kufeli mtihani"). */
export const GOAL_FAILED = re(
  ' (?:kufeli|nilifeli|nimefeli|failed|failing|kushindwa|nilishindwa) (?:\\p{L}+ ){0,2}(?:mtihani|mitihani|exams?|kcse|kcpe|tests?|interview|usaili|biashara|business) ',
);
/** Said as supposed, asked, dreamt or of someone else, not as done ("my mum thinks …", "what if the thoughts …"). */
export const NOT_DONE = re(
  ' (?:if|whether|think|thinks|thought that|not true|asking|asks|asked|dream|dreamt|dreamed|ndoto|eti|kama|she|he|shes|hes|her|his|they|theyre|their|told me|heard|nimesikia|nilisikia) ',
);
/** One's own or a sick person's medicine, anywhere in the check-in, which the pills got again may be ("… the ones the
 * doctor prescribed for my blood pressure", "dawa ziliisha"; "sick of this life" and "ran out of hope" are not). */
export const MEDICINE = re(
  ' (?:doctor|daktari|clinic|kliniki|zahanati|prescribed|prescription|refill|chemist|pharmacy|pressure|presha|sukari|diabetes|malaria|arvs?|vitamins?|antibiotics?|antidepressants?|meds|medication|treatment|matibabu|sick(?! of)|anaumwa|naumwa|mgonjwa|ugonjwa|ziliisha|zimeisha|ran out(?! of hope)) ',
);
/** … or a hospital in their sentence or the next (a stay after the past act is told with it). */
export const MEDICINE_NEAR = re(' (?:hospital|hospitali) ');
/** The means got again: "the pills", "dawa tena". */
export const MEANS_AGAIN = / (?:the (?:pills|tablets)|dawa|vidonge|tembe) /u;
/** A clause after it that takes it back ("No, I didn't.", "I mean I got the urge"). */
export const TAKEN_BACK = re(
  `^ (?:(?:no|nope|hapana|la)(?: (?:i didnt|i did not|sikufanya))?|i didnt|i did not|sikufanya|sijafanya) $|^ (?:(?:no|hapana) )?(?:never|no way|not a chance|kamwe|hata siku moja)(?: (?:again|ever|tena))? $|^ (?:i mean|just kidding|jk|kidding|(?:but )?only into|(?:on|with|into) (?!${DAYS})\\p{L}+) `,
);
/** After it, the urge ridden out ("… but I called my sister and used my safety plan and they passed"). */
export const RESISTED = re(
  ' (?:(?:they|it|the urges?) passed|rode it out|used my safety plan|(?:didnt|did not) (?:do it|act on|give in|cut)|but i (?:called|used|held|went|talked|prayed|texted))',
);
/** Said of something done with pride or as a milestone ("… I did it again! I volunteered", "100 days clean"). */
export const PROUD = re(
  ' (?:(?<!not |im not |i am not |never )proud|volunteered|volunteer|new start|celebrating|celebrate|so happy|amazing|(?:\\p{N}+|\\p{L}+) (?:days|weeks|months|years) clean(?! until)|\\p{N}+ (?:days|weeks|months|years) since (?:that|my last|the last) relapse) ',
);
/** Another undertaking told between, which "it" or a relapse may name ("I ran the marathon last year. I did it again."). */
export const UNDERTAKING = re(
  ' (?:(?:stopped|quit|gave up|had stopped|had quit) (?!for|self|cutting|harming|hurting|it|doing it)\\p{L}+|started|began|ran|joined|took up|problem is|struggle now is|nilianza|nimeanza|(?:nimeacha|niliacha|nimeshaacha) (?!kujikata|kujidhuru|kujiumiza)\\p{L}+|used to (?!(?:self|cut|harm|hurt|want|wanna|have|think|try|attempt|do self)\\b)\\p{L}+) ',
);
/** A habit named anywhere up to it, the first act's sentence too ("I used to hurt myself by overworking."). */
export const HABIT = re(
  ' (?:overworking|overwork|aa|alcohol|drinking|drink|weed|smoking|cigarettes|miraa|khat|betting|sportpesa|aviator|gambling|porn|keto|diet|pombe|bangi) ',
);
