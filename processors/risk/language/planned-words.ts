import { WRITTEN_AS_FORM, re } from './words.js';

// The words of an act planned with no word of suicide (cues-means-planned.ts, cues-pills-planned.ts; reviews 98, 99):
// who will do it, when, and what makes the same words a joke, a show, a bet or someone else's.

/** "I will", in English as spoken ("gonna", normalised to "going to", may begin the clause with no "i"). */
export const EN_WILL =
  '(?:^ (?:going to|gonna)| (?:i want to|i wanna|i plan to|i am planning to|im planning to|i decided to|i have decided to|i am ready to|im ready to|i will|i wil|ill|i shall|ima|im finna|i am finna|i will just|ill just|i am going to|im going to|am going to|i am gonna|im gonna|imma|i am about to|im about to))';
/** "I will drink / swallow" in Swahili and Sheng, typos and split words as speech-to-text writes them. */
export const SW_WILL =
  ' (?:nitakunywa|nitakunya|nitakunyua|natakunywa|nita kunywa|nita kunya|nitaangusha|ntakunywa|ntakunya|nitameza|nita meza|ntameza|nitadrink|nitagonga|nitabugia|ngoja ninywe|ngoja nikanywe|ngoja nimeze|acha ninywe|wacha ninywe|nataka kunywa|nataka kumeza|nadai kunywa|nimeamua kunywa|nmeamua kunywa|nimepanga kunywa|nakunywa|ninakunywa|nameza|ninameza)';
/** Named poisons only: "sumu"/"poison" have their own cues. */
export const POISON =
  "(?:jik|jick|jiki|jiik|jeek|bleach|bleech|doom|dudu|rat poison|rat poision|ratpoison|ratox|roundup|steladone|duduthrin|thiodan|sniper|paraquat|pesticide|pestiside|insecticide|insectiside|acaricide|dip ya ng(?:o|')mbe|weed ?killer|cattle dip|cow dip|tick dip|triatix|paraffin|kerosene|dawa ya (?:panya|mende|magugu|kunyunyizia(?: mimea)?|kuua (?:wadudu|panya|mende|magugu)|kupe|mbu|ng(?:o|')mbe|mifugo|kuogesha ng(?:o|')mbe)|sumu ya (?:panya|wadudu|kupe)|mafuta ya taa)";
/** Food, drink or another medicine: named between the poison and the verb ("… jik chai nitakunywa jioni", "… doom
 * and milk …") or after the time, it is what is drunk. */
export const FOOD =
  '(?:chai|tea|maziwa|milk|uji|porridge|soda|juice|juisi|smoothie|water|maji|pombe|beer|ugali|githeri|food|chakula|syrup|dawa|amoxil|sukari|unga|panadol|vidonge|tembe|pills|tablets)';
/** The days of the week, in English and in Swahili, as bare alternatives. */
export const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const SIKU = 'jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili';
/** "tomorrow morning": the time's own part of the day, then what follows it. */
const PART_OF_DAY = '(?: (?:morning|night|evening|afternoon|asubuhi|usiku|jioni|mchana))?';
/** Not carried or fetched right after the time ("… tomorrow to the farm"). */
const CARRIED =
  '(?! (?:to(?! (?:die|end|sleep|never|kill|rest|be with)(?= ))|from|for(?! (?:good|ever)(?= ))|into|with) )';
export const DEATH =
  '(?:na|alafu|halafu|then) (?:nife|nilale milele|nipumzike|niondoke)|and end everything|so (?:that )?i die|and leave this world|niache dunia hii|niondoke|na kuwaacha|and die|to die|and end it(?: all)?|to end it(?: all)?|and (?:not|never) wake up|so it (?:ends|stops)|and sleep forever|and go to sleep forever|nife|nijiue|niishe|nipumzike|nilale milele';
export const TIME = `tonight|tomorrow|tomoro|tomorow|tmrw|tmr|today|later(?: (?:today|tonight))?|soon|one day|this (?:afternoon|evening|morning|night|weekend)|(?:on |this )?(?:${DAYS})|at midnight|(?:when|after) (?:everyone|they|the (?:kids|children|house)|my \\p{L}+) (?:is |are )?(?:asleep|sleeping|sleeps?|leaves?|goes?|is empty)|after (?:dinner|supper|work|school|church|my shift|the exams?)|when i get home|leo|kesho|kesh|usiku|jioni|baadaye|sasa|sasa hivi|wiki hii|wikendi|siku moja|hivi karibuni|${SIKU}|wakilala|watoto wakilala|saa (?:\\p{L}+|\\p{N}+)(?: (?:usiku|jioni|asubuhi))?`;
/** A time, in either language, right after it. */
export const AT_A_TIME = `(?= (?:${TIME})${PART_OF_DAY}${CARRIED}(?= |$))`;
/** At night, or death or a farewell named after it: for words that are also a day's errand ("take all the tablets"). */
export const AT_NIGHT = `(?= $| (?:tonight|at midnight|leo usiku|usiku wa leo|usiku huu|when (?:everyone|they) (?:is |are )?(?:asleep|sleeping)|after everyone (?:sleeps|is asleep)|${DEATH}|goodbye|good bye|bye|forgive me|kwaheri|nisamehe|mnisamehe)${CARRIED}(?= |$))`;
/** When, in either language: the end of the clause, a day or hour, a farewell, death named as its end. */
export const WHEN = `(?= $| (?:${TIME})${PART_OF_DAY}${CARRIED}(?= |$)| (?:${DEATH}|goodbye|good bye|bye|forgive me|sorry|kwaheri|kwa heri|nisamehe|mnisamehe|nimechoka|sitaki kuishi|i dont want to (?:live|be here))(?= |$))`;
/** A match or a bet: a football result or a betting slip said with the act is hyperbole. */
const SPORT = 'arsenal|chelsea|liverpool|man u|man united|mechi|match|bet|betting|mkeka';
/** After it: a joke (not "si utani"), a prank, a quotation's tail, a match or a bet. */
export const JOKE_AFTER = re(
  ` (?:lol|lmao|haha\\p{L}*|jk|(?<! (?:si|sio|siyo|not|no|never|hakuna|not a|no a|isnt a|is not a) )(?:joke\\p{L}*|joking|kidding|utani|natania)|is what|was what|used to (?:say|joke)|prank|akicheka|we laughed|tukacheka|(?:on|kwa|kwenye) (?:facebook|fb|whatsapp|twitter|instagram|tiktok|status)|${SPORT}|(?:wa|tu|i|ni)(?:ki)?(?:poteza|fungwa|shinda|chomeka)) `,
);
/** Before it: a hypothetical, a dream, a story, a song or a show, a game or a bet. */
const NOT_SAID_NOW = re(
  ` (?:cures?|remedy|kienyeji|police|magistrate|court|mahakama|insha|essay|desk|pupil|toddler|caller|mpigaji|kiss fm|fm|redio|eti|(?<! (?:know|sure|wonder|ask|asked|asking) )if|kama (?=(?:ata|uta|nita|wata|tuta|ni|u|a|wa|ha|si)\\p{L}*)|imagine|suppose|i dreamt|i dreamed|in (?:my|a) dream|niliota|ndoto yangu|(?:her|his|their|your) status|status (?:yake|yao)|(?<!long )story|hadithi|movie|film|song|wimbo|ngoma|skit|tiktok|drama|play|my line|a line|lyrics?|character|game|meme|(?<! (?:not a|no|not|si|sio|siyo) )(?:joke\\p{L}*|utani|natania)|prank|track|hook|dj|comedy|youtube|mugithi|hit song|the hit|${SPORT}|sportpesa|timu|team|(?:wa|tu|a|i|ni)(?:ki|ta|me|li)?(?:poteza|potezwa|fungwa|shinda|chomeka)) `,
);
/** Someone else's words, two words at most before it ("my husband said i am useless i will …" is the speaker's). */
const SAID_BY = re(
  ' (?:said|says|saying|used to say|would say|nilikuwa (?:na|niki)sema|told me|tells me|texted|posted|wrote|screamed|shouted|yelled|was like|akasema|akaniambia|aliniambia|alisema|anasema|amesema|alinitania|alinitext|amenitext|aliimba|alipost|amepost|alituonya|ameandika|aliandika|anaandika|huandika|wanaandika|husema|wanasema|write|writes|post|goes|went|whisper\\p{L}*|threaten\\p{L}*|alitishia|anatishia|aliandikia|ameandikia|reads?|repeating|kept saying|cried|crying|alilia|analia|aliiambia|told (?:the )?police|(?:which|that) (?:read|said))(?: \\p{L}+){0,2} $',
);
export const NOT_OWN_PLAN = new RegExp(`${NOT_SAID_NOW.source}|${SAID_BY.source}`, 'u');

/** Asked, not told: a question mark as written, or a form, a hashtag or a quotation (WRITTEN_AS_FORM). */
export const ASKED_OR_FORM = new RegExp(`[?]|${WRITTEN_AS_FORM.source}`, 'u');

/** Said as the speaker's own, plainly: no joke after it, no one else's words or a story before it, not a form's answer. */
export const OWN_WORDS = {
  unlessNear: JOKE_AFTER,
  unlessBefore: NOT_OWN_PLAN,
  unlessWritten: WRITTEN_AS_FORM,
  selfReferring: true,
} as const;
