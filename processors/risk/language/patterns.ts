import { CHECKIN_CUES } from './cues-checkins.js';
import { CORE_CUES } from './cues-core.js';
import { EA_ENGLISH_CUES } from './cues-ea-english.js';
import { IMPLICIT_CUES } from './cues-implicit.js';
import { INDIRECT_CUES, WISH_IF_DIED_CUES } from './cues-indirect.js';
import { MEANS_CUES } from './cues-means.js';
import { MORE_CUES } from './cues-more.js';
import { OBLIQUE_CUES } from './cues-oblique.js';
import { FAREWELL_CUES } from './cues-farewell.js';
import { ACT_FAREWELL_CUES } from './cues-act-farewell.js';
import { MEANS_TOLD_CUES } from './cues-means-told.js';
import { WHOLE_DOSE_CUES } from './cues-whole-dose.js';
import { MEANS_PLANNED_CUES } from './cues-means-planned.js';
import { PILLS_PLANNED_CUES } from './cues-pills-planned.js';
import { PILLS_TOLD_CUES } from './cues-pills-told.js';
import { RELAPSE_CUES } from './cues-relapse.js';
import { HARM_SAID_AFTER_CUES } from './cues-harm-said-after.js';
import { HARM_TOLD_FIRST_CUES } from './cues-harm-told-first.js';
import { THOUGHTS_CUES } from './cues-thoughts.js';
import { THOUGHTS_AFTER_CUES } from './cues-thoughts-after.js';
import { JOIN_DEAD_CUES } from './cues-join-dead.js';
import { NEARLY_DID_CUES } from './cues-nearly-did.js';
import { LOOKED_UP_CUES } from './cues-looked-up.js';
import { PREPARED_CUES } from './cues-prepared.js';
import { RESCUED_CUES } from './cues-rescued.js';
import { WISH_PLAIN_CUES } from './cues-wish-plain.js';
import { LETTER_SW_CUES } from './cues-letter-sw.js';
import { LIGATURE_CUES } from './cues-ligature.js';
import { AT_THE_EDGE_CUES } from './cues-at-the-edge.js';
import { HANGING_SET_CUES } from './cues-hanging-set.js';
import { ACT_INTENT_CUES } from './cues-act-intent.js';
import { TAKEN_TO_DIE_CUES } from './cues-taken-to-die.js';
import { THERE_NOW_CUES } from './cues-there-now.js';
import { TAKEN_HELP_CUES } from './cues-taken-help.js';
import { ALONE_THEN_CUES } from './cues-alone-then.js';
import { NEXT_TIME_CUES } from './cues-next-time.js';
import { AFFAIRS_THEN_CUES } from './cues-affairs-then.js';
import { NOT_FOR_PESTS_CUES } from './cues-not-for-pests.js';
import { CUT_BLEEDING_CUES } from './cues-cut-bleeding.js';
import { MEANS_THEN_TIME_CUES } from './cues-means-then-time.js';
import { HARM_THOUGHTS_SW_CUES } from './cues-harm-thoughts-sw.js';
import { RESCUED_AFTER_CUES } from './cues-rescued-after.js';
import { FIRE_SMOKE_CUES } from './cues-fire-smoke.js';
import { DENIAL_BUT_CUES } from './cues-denial-but.js';
import { MEANS_KEPT_CUES } from './cues-means-kept.js';
import { MEANS_SECRET_CUES } from './cues-means-secret.js';
import { FOUND_AFTER_CUES } from './cues-found-after.js';
import { TOLD_AFTER_CUES } from './cues-told-after.js';
import { DEFERRED_CUES } from './cues-deferred.js';
import { INTERRUPTED_CUES } from './cues-interrupted.js';
import { STOCKPILE_CUES } from './cues-stockpile.js';
import { RELAPSE_SW_CUES } from './cues-relapse-sw.js';
import { ON_PURPOSE_CUES } from './cues-on-purpose.js';
import { PURPOSE_CUES } from './cues-purpose.js';
import { SPEECH_CUES } from './cues-speech.js';
import { SW_GRAMMAR_CUES } from './cues-sw-grammar.js';
import { THINKING_OF_MEANS_CUES } from './cues-thinking-of-means.js';
import { LAST_GOODBYE_CUES } from './cues-last-goodbye.js';
import { ACT_BOUNDS_CUES } from './cues-act-bounds.js';
import { INTO_TRAFFIC_CUES } from './cues-into-traffic.js';
import { ONLY_WAY_CUES } from './cues-only-way.js';
import { SAVED_ANGRY_CUES } from './cues-saved-angry.js';
import { NOT_SAFE_CUES } from './cues-not-safe.js';
import { PLAN_ASKED_CUES } from './cues-plan-asked.js';
import { VEILED_END_CUES } from './cues-veiled-end.js';
import { AFTER_HISTORY_CUES } from './cues-after-history.js';
import { anySpaces, re } from './words.js';

// Crisis-language cues in English, Swahili and Sheng (our own rule set, written from the C-SSRS screener's
// questions and the phrases of the system this implements; see RULES.md). Patterns run on normalise.ts output:
// lower case, no apostrophes, words separated by one space, a space at each end. A means is recognised only by its
// general name, in the speaker's own words (cues-means.ts); no pattern describes one.

export type Tier = 'passive' | 'active' | 'plan' | 'behaviour';

export interface Cue {
  tier: Tier;
  code: string;
  re: RegExp;
  /** The cue is itself a negative form ("dont want to live"): a negator inside it does not cancel it. */
  negativeForm?: boolean;
  /** A noun phrase ("suicide attempt", "self harm"): the speaker's own only with a first-person word in the clause. */
  needsOwner?: boolean;
  /** The cue names the speaker as its object ("better off without me"): someone else as subject is no report. */
  selfReferring?: boolean;
  /** Added after 6f3f0eb (RULES.md, "Raise only"): counts only where it reads ideation; cancelled, it is as if unread. */
  raiseOnly?: boolean;
  /** The cue's words and the NEAR_AFTER words after it tell an everyday act with the same words ("cut my wrist on
   * broken glass"): the cue does not count. Not the whole clause: an errand, a cough or a match told before it in a
   * run-on clause ("i went sokoni today and i tried to hang myself") is no everyday act. */
  unlessNear?: RegExp;
  /** An everyday act told anywhere before the cue in its clause that explains it ("by mistake … i took too many"). */
  unlessBefore?: RegExp;
  /** Anywhere in the check-in, its clauses joined: it is about someone else, a text or a topic (cues-thoughts.ts). */
  unlessWhole?: RegExp;
  /** Signs as written that keep the cue whatever `unlessWhole` says: emoji, quotes, emoticons (goodbye.ts). */
  keptByWritten?: RegExp;
  /** The check-in, its clauses joined, must also say this: a bare word made self-harm by its context (cues-relapse.ts). */
  onlyWhole?: RegExp;
  /** In the cue's sentence, its clauses joined: it is about someone else, a trip or a topic (cues-farewell.ts). */
  unlessSentence?: RegExp;
  /** In the words as written, which normalising drops: a question, a hashtag, a form's colon (cues-thoughts.ts). */
  unlessWritten?: RegExp;
}

export const NEAR_AFTER = 8;

/** The words of a clause before a match, and the match with the NEAR_AFTER words after it, spaced as clause text. */
export function near(text: string, from: number, to: number): { before: string; rest: string } {
  const after = text.slice(to).trim().split(' ').filter(Boolean).slice(0, NEAR_AFTER);
  return { before: ` ${text.slice(0, from).trim()} `, rest: ` ${[text.slice(from, to).trim(), ...after].join(' ')} ` };
}

/** The cues before review 34 (2026-12-03). */
export const EARLIER_CUES: readonly Cue[] = [
  ...CORE_CUES,
  ...MORE_CUES,
  ...IMPLICIT_CUES,
  ...SPEECH_CUES,
  ...[...MEANS_CUES, ...EA_ENGLISH_CUES, ...SW_GRAMMAR_CUES, ...INDIRECT_CUES, ...CHECKIN_CUES, ...OBLIQUE_CUES].map(
    (c) => ({
      ...c,
      raiseOnly: true,
    }),
  ),
];

/** Cues added since review 34: a check-in is read with and without them and the graver reading kept (index.ts), so they
 * can only raise, whatever they silence. */
export const LATER_CUES: readonly Cue[] = [
  ...THOUGHTS_CUES,
  ...THOUGHTS_AFTER_CUES,
  ...PURPOSE_CUES,
  ...WISH_IF_DIED_CUES,
  ...FAREWELL_CUES,
  ...ACT_FAREWELL_CUES,
  ...MEANS_TOLD_CUES,
  ...WHOLE_DOSE_CUES,
  ...MEANS_PLANNED_CUES,
  ...PILLS_PLANNED_CUES,
  ...PILLS_TOLD_CUES,
  ...JOIN_DEAD_CUES,
  ...NEARLY_DID_CUES,
  ...LOOKED_UP_CUES,
  ...PREPARED_CUES,
  ...RESCUED_CUES,
  ...WISH_PLAIN_CUES,
  ...LETTER_SW_CUES,
  ...LIGATURE_CUES,
  ...AT_THE_EDGE_CUES,
  ...HANGING_SET_CUES,
  ...ACT_INTENT_CUES,
  ...TAKEN_TO_DIE_CUES,
  ...THERE_NOW_CUES,
  ...TAKEN_HELP_CUES,
  ...ALONE_THEN_CUES,
  ...NEXT_TIME_CUES,
  ...AFFAIRS_THEN_CUES,
  ...NOT_FOR_PESTS_CUES,
  ...CUT_BLEEDING_CUES,
  ...MEANS_THEN_TIME_CUES,
  ...HARM_THOUGHTS_SW_CUES,
  ...RESCUED_AFTER_CUES,
  ...FIRE_SMOKE_CUES,
  ...DENIAL_BUT_CUES,
  ...MEANS_KEPT_CUES,
  ...MEANS_SECRET_CUES,
  ...FOUND_AFTER_CUES,
  ...TOLD_AFTER_CUES,
  ...DEFERRED_CUES,
  ...INTERRUPTED_CUES,
  ...STOCKPILE_CUES,
  ...RELAPSE_SW_CUES,
  ...ON_PURPOSE_CUES,
  ...RELAPSE_CUES,
  ...HARM_SAID_AFTER_CUES,
  ...HARM_TOLD_FIRST_CUES,
  ...THINKING_OF_MEANS_CUES,
  ...LAST_GOODBYE_CUES,
  ...ACT_BOUNDS_CUES,
  ...INTO_TRAFFIC_CUES,
  ...ONLY_WAY_CUES,
  ...SAVED_ANGRY_CUES,
  ...NOT_SAFE_CUES,
  ...PLAN_ASKED_CUES,
  ...VEILED_END_CUES,
  ...AFTER_HISTORY_CUES,
].map((c) => ({
  ...c,
  raiseOnly: true,
}));

export const CUES: readonly Cue[] = [...EARLIER_CUES, ...LATER_CUES];

/** Words that cancel a cue when they govern it ("dont want to die", "sitaki kufa"), in negative-form cues not. */
export const NEGATOR_WORDS = new Set([
  'not',
  'never',
  'dont',
  'didnt',
  'doesnt',
  'wont',
  'wouldnt',
  'cant',
  'cannot',
  'shouldnt',
  'isnt',
  'aint',
  'hardly',
  'barely',
  'sitaki',
  'sipendi',
  'siwezi',
  'sijawahi',
  // Its spoken spelling (session 57).
  'sijawai',
  'sikutaka',
  'sitaweza',
  'sitajiua',
  'sitakufa',
  'si',
  'hapana',
]);
/** Words that may stand between a negator and what it negates ("not really going to", "sitaki kabisa"). */
export const NEGATION_FILLER = new Set([
  'i',
  'am',
  'be',
  'do',
  'did',
  'will',
  'would',
  'really',
  'super',
  'so',
  'very',
  'too',
  'even',
  'ever',
  'actually',
  'just',
  'want',
  'going',
  'to',
  'plan',
  'planned',
  'planning',
  'intend',
  'think',
  'thinking',
  'thought',
  'feel',
  'like',
  'about',
  'of',
  'on',
  'commit',
  'committing',
  'have',
  'had',
  'having',
  'any',
  // The negator's own verb phrase: "not having any suicidal thoughts", "wouldnt consider myself suicidal", "dont
  // necessarily want to commit suicide".
  'consider',
  'considered',
  'considering',
  'necessarily',
  'truly',
  'meaning',
  'kabisa',
  'tena',
  'hata',
  'kamwe',
]);

/** Who a clause is about: the last subject before a cue decides (" i " is the speaker; anyone else is a report). */
export const SUBJECTS = new RegExp(
  ' (i|me|he|she|they|him|her|them|hes|shes|theyre|someone|somebody|who|whos|whom|people|friends|(?:my|our|his|her|their|a) (?:best |step|grand|late |older |younger |little |big |\\p{L}+ )?(?:friend|brother|sister|mom|mum|mother|dad|father|son|daughter|cousin|wife|husband|boyfriend|girlfriend|partner|classmate|roommate|neighbou?r|colleague|kid|child|uncle|aunt|parent|family|relative|fiance|fiancee|ex|student|patient|client)s?|(?:rafiki|kaka|dada|mama|baba|mtoto|jirani|mwenzangu|mpenzi|binamu)(?: \\p{L}+)? (?:yangu|wangu|wetu))(?= )',
  'gu',
);
/** Someone else's ideation inside the cue's own words (Swahili third-person prefixes, English reflexives). */
export const REPORTED = re(
  ' (?:himself|herself|themselves|(?:ana|wana|ali|wali|ame|wame)(?:taka|tamani|fikiria|waza|jaribu)\\p{L}* ku\\p{L}+|(?:ana|wana|ali|wali|ame|wame)(?:panga|amua|kusudia) kuji(?:ua|nyonga|dhuru|kata|maliza|toa uhai|rusha|zamisha|umiza)) ',
);

/** Someone else's ideation reported: kept as a third-party factor for follow-up. */
export const OTHERS_IDEATION = re(
  ' (?:wants?|wanted|is going|was going|tried|attempted|is thinking about|keeps talking about|talks about|threatened) (?:to )?(?:die|kill(?:ing)? (?:himself|herself|themselves)|end(?:ing)? (?:his|her|their) (?:own )?life|suicide|commit suicide) | (?:ana|wana|ali|wali|ame|wame)(?:taka|tamani|fikiria|waza|jaribu) (?:kufa|kujiua|kujitoa uhai|kujimaliza) ',
);

/** Talking to someone else about their life ("don't kill yourself", "usijiue"). */
export const ADVICE = re(
  ' yourself | wewe mwenyewe | your (?:own )?life | usi(?:jiue|jidhuru|jitoe|jimalize|fe) | msi(?:jiue|jidhuru) ',
);
/** Right before the cue, a condition on anyone or "you": a teacher's or a helper's words ("if anyone has thoughts of
 * suicide talk to me", "kama mtu yeyote ana mawazo ya kujiua aje kwangu"), no first-person word between (session 39). */
export const IF_ANYONE = re(
  ' (?:if|ikiwa|kama) (?:anyone|anybody|someone|somebody|any of you|you|mtu yeyote|kuna mtu|mtu|mwanafunzi yeyote|yeyote)(?: (?:ever|here|out there|else|of you))? (?:has|have|is having|are having|feels?|is feeling|are feeling|is thinking|are thinking|thinks?|is struggling|are struggling|struggles|ana|anayo|una|unayo|mna|anawaza|anafikiria|anahisi|unahisi|unawaza|unafikiria|is|are)(?: (?:with|about|of|any|like|such|mawazo ya|thoughts of|thoughts about|any thoughts of))?(?:(?: \\p{L}+){1,4} (?:au|or))? $',
);
/** Anywhere in the check-in: the speaker says the one told of is themselves ("… yule msichana ni mimi", "im talking about
 * me", "the person you are talking to"): a third person or a condition on anyone is then the speaker's (red team 175). */
export const SELF_REVEALED = re(
  anySpaces(
    ' (?:(?:huyo|huyu|yule)(?: \\p{L}+)? ni mimi|(?:girl|guy|person|woman|man|boy|one|someone) is me|(?:its|thats|it is|that is) me(?= *$)|(?<!(?:\\p{L}+ye\\p{L}*|ambaye|ambao) )ni mimi(?= *$)|like i am(?= *$)|(?:talking|speaking) about (?:me|myself)|(?:nazungumza|naongea|nazungumzia|naongelea) (?:kuhusu )?mimi|yaani mimi|i have them myself|(?:hii|huyu|huyo) mtu (?:unaongea|unayeongea) naye) ',
  ),
);
/** A service's name ("the suicide prevention hotline"): a mention, unless the clause's own words say more. */
export const SERVICE = re(
  ' suicide (?:prevention|hotline|helpline|line|awareness|crisis line|lifeline)(?: \\p{L}+){0,2} ',
);
/** Someone else's words quoted ("when he says \"I'm gonna kill myself\" to Jim"): read only where the clause as
 * written has a quotation mark. */
export const QUOTED_SPEECH = re(
  ' (?:he|she|they|someone|somebody|people|everyone|everybody) (?:says|said|say|yells|yelled|screams|screamed|goes|went|keeps saying|kept saying) ',
);
/** Who tells, and how, right before an opening quotation mark ("my friend told me: \"…\"", "rafiki yangu aliniambia
 * \"…\""): someone else's words quoted, read where the text as written has the marks (reading.ts quotedFromOther). */
export const QUOTE_FRAME = new RegExp(
  ` (?:he|she|they|someone|somebody|(?:my|our|his|her|their|a|the) (?:\\p{L}+ ){0,2}?(?:friend|brother|sister|mom|mum|mother|dad|father|son|daughter|cousin|wife|husband|boyfriend|girlfriend|partner|classmate|roommate|neighbou?r|colleague|kid|child|uncle|aunt|student|patient|client|caller|character|guy|girl|man|woman|boy|teacher|pastor)s?|(?:rafiki|kaka|dada|mama|baba|mtoto|jirani|mwenzangu|mpenzi|binamu|mwanafunzi)(?: \\p{L}+)? (?:yangu|wangu|wetu)) (?:just |then |also |once |always |later |finally )?(?:said|says|say|told me|tells me|texted(?: me)?|wrote(?: to me)?|messaged(?: me)?|asked(?: me)?|posted|goes|went|yelled|screamed|cried|kept saying|keeps saying|said to me) $| (?:aliniambia|ananiambia|ameniambia|alisema|anasema|amesema|aliandika|aliniandikia|alinitext|ameniandikia)(?: kwamba| eti)? $`,
  'u',
);

/** Someone else's words to the speaker ("told me to go kill myself"). */
/** Anyone or anything telling the speaker to die; agreement.ts reads the speaker agreeing after it. */
const TOLD = '(?:tells?|told|telling|said to) (?:me|us) to (?:go )?(?:kill myself|die|end my life) ';
export const TOLD_ANY = re(` ${TOLD}`);
// An inner voice is not someone else: "my mind keeps telling me to kill myself" is the speaker's own (and urgent).
export const TOLD_TO = re(
  ` (?<!(?:mind|head|brain|voice|voices|thoughts|heart|devil|demon|spirit|inside|something) (?:is |are |keeps |keep |kept )?)${TOLD}`,
);

/** A year before `year`, never that year: "that was in 2019", "hiyo ilikuwa mwaka 2019" date what they follow; a year
 * told of something else ("my wife left me in 2025. i tried to kill myself") dates nothing (a review, 2026-12-02). */
export const pastYears = (year: number) => `(?:${Array.from({ length: year - 1950 }, (_, n) => 1950 + n).join('|')})`;
/** The ideation is described as over. A year before last, right after one's own act and ending its clause or before
 * its reason ("i tried to end my life in 2018", "… kujiua mwaka 2019 baada ya …"), dates that act (a reason after it only when nothing is joined on: "… after my mum died na sasa …" is not); last year may be
 * weeks ago. Read at load: a worker running into a new year reads one year fewer as past (an alarm, never a miss). */
export const HISTORY = re(
  ` (?:(?<=(?:myself|my (?:own )?life|i (?:attempted|tried) suicide|(?:an|my) (?:suicide )?attempt|i overdosed|nili\\p{L}* (?:ku)?(?:jiua|jitoa uhai)) )(?:in|mwaka(?: wa)?) ${pastYears(new Date().getFullYear() - 1)}(?= $| (?:when|after|because|baada|kwa sababu|nilipo\\p{L}*) (?!(?:.* )?(?:now|sasa|sahii|sai|and|na|but|lakini|bado|still|again|tena) ))|used to|years ago|(?<! (?:a couple of|couple of|a couple|couple|two|2|three|3) )months ago|long ago|at (?:the )?age (?:of )?\\p{N}+|a long time ago|when i was (?:\\p{L}+ ){0,2}(?:young|younger|a kid|a child|a teen|teenager|in school|in college|in university|at school|\\p{N}+)|in the past|(?<!(?:am|been|went|gone) )back (?:in|when|then)|as a (?:teen|teenager|kid|child)|in (?:high school|middle school|college|my teens|my twenties)|at one point|i once|once upon a time|i have overcome|i overcame|got through|made it through|in recovery|(?<!kuliko |zaidi ya |kama )zamani|miaka (?:\\p{L}+ |\\p{N}+ )?(?:iliyopita|mingi)|nilipokuwa (?:mdogo|shule|mtoto)|hapo awali|siku za nyuma) `,
);
/** Anywhere in the text, a time that places a past-tense clause's ideation before now ("in my first year of uni"). */
export const PAST_ANCHOR = re(
  '^ (?:from )?\\p{N}{1,2} to \\p{N}{1,2} | (?:years ago|(?<! (?:a couple of|couple of|a couple|couple|two|2|three|3) )months ago|long ago|last year|a year ago|at (?:the )?age (?:of )?\\p{N}+|in my (?:first|second|third|final|last|freshman|sophomore|junior|senior) year|before i (?:was|got) (?:diagnosed|treated|help|medicated|on medication|married)|before (?:my )?(?:diagnosis|treatment|therapy)|have been (?:healing|recovering|clean|better|stable) (?:since|for)|for a (?:few|couple of) (?:days|weeks|months)|(?:a|one|two|three|several|many|some) (?:years?|months?) (?:before|earlier)|kabla (?:sija\\p{L}+|ya kupata|ya kuanza)|nikiwa (?:\\p{L}+ ){0,2}(?:year|mwaka|kidato|shule|mdogo|chuo|campus|sekondari)) ',
);
const backAnchors = new Map<number, RegExp>();
/** Said after the cue, of it: "… i tried to kill myself. That was in 2019.", "… hiyo ni story ya zamani", "that time has
 * long passed". Said before it, of something else ("my wife left me, that was in 2022. i tried to kill myself"), it
 * dates nothing (a review, 2026-12-02). Built per calendar year, so a process running into a new year reads last year as past. */
export function pastAnchorBack(year: number): RegExp {
  let r = backAnchors.get(year);
  if (!r) {
    const y = pastYears(year);
    r = re(
      ` (?:(?:that|it|this) was (?:back |way back )?in (?:${y}|the (?:fifties|sixties|seventies|eighties|nineties))|(?:that|it|this) was ${y}(?= $)|hiyo (?:ilikuwa|ni) (?:mwaka )?${y}|that (?:time|period|phase|season) (?:has|is) (?:long )?(?:passed|gone|over|behind me)|hiyo (?:ilikuwa|ni) (?:story ya )?zamani) `,
    );
    backAnchors.set(year, r);
  }
  return r;
}
/** The clause tells of the past ("i was suicidal", "it made me suicidal", "nilikuwa na mawazo"). */
export const PAST_TENSE = re(
  ' (?<!wish |if |even if )(?:i (?:also |then |even |just |once |really |actually )?(?:was|were|felt|had been|had|contemplated|thought|considered|wanted|attempted|tried)|i (?:\\p{L}+ )?(?:self harmed|selfharmed|harmed myself|overdosed)|had gone|made me|nilikuwa|nilifikiria|niliwaza|nilitaka|nilitamani|nilijaribu|niliwahi) ',
);
/** ... unless it also speaks of now. */
export const PRESENT = re(
  ' (?:i am|am|now|still|again|lately|these days|recently|keep|have been|nowadays|want|wanna|need|feel|wish|think|thinking|sasa|bado|siku hizi|(?<!nilikuwa )(?:nataka|natamani|nawaza)) ',
);
/** Trying or struggling not to: an urge, not a denial ("struggle to not self harm"). */
export const URGE_BEFORE_NEGATOR = new Set([
  'struggle',
  'struggling',
  'struggled',
  'try',
  'trying',
  'tried',
  'hard',
  'fight',
  'fighting',
  'resist',
  'resisting',
  'hardcore',
]);

/** ... and the speaker says it is over now. */
export const RECOVERED = re(
  ' (?:now i am|i am now|these days i am|today i am|but now|now) (?:much |a lot |so )?(?:better|fine|ok|okay|good|happy|doing well|in a good place|glad i am alive)| (?:sasa|siku hizi|saa hii|sai) (?:niko|nimekuwa|ni) (?:sawa|poa|salama|vizuri|mzima|bora|fiti)| sasa nafurahi | (?:self harm|selfharm|sh|cutting) free | clean (?:for|since) | got rid of (?:them|it|those thoughts|the thoughts) | (?:those|the) thoughts (?:have been|are|have) gone | (?:that|this) chapter is (?:closed|over) | but (?:its|it is|thats|that is) (?:all )?over now ',
);

/** … but not where it says the feelings that go on are milder ("i still get sad sometimes but never like that anymore"). */
export const MILDER_NOW = re(' never like that (?:anymore|any more|again) ');
/** … unless the thoughts themselves go on ("i still do, just not like before"). */
export const STILL_SO = re(
  ' still (?:do|want|wanna|think|thinking|have (?:the|those|these) thoughts)| bado (?:nataka|nawaza|nafikiria|natamani) ',
);

/** The clause says it goes on ("10 years later I still think about it"): not over, whatever past it names; "again" and
 * the bare Swahili "back" are read in continuing.ts. */
export const CONTINUING = re(
  ' (?:still|to this day|ever since|until now|till now|up to now|up to date|to date|even now|relapsed|relapse|(?:si|sio) kama zamani|not like before|unlike before|(?:have|has) not (?:left|stopped|gone)|(?:havent|hasnt) (?:left|stopped|gone)|never (?:left|stopped|went away)|nothing has changed|hayaja(?:isha|niacha)|haziaja(?:isha|niacha)|haijaisha|bado (?:nataka|nawaza|nafikiria|natamani|najikata|najidhuru|najiumiza)|(?<!(?:customers|kids|children|buses|people|students|visitors|clients|guests|friends|buyers) )(?:they|it|the thoughts) (?:still )?(?:come|comes|return|returns) (?:every|each) (?:night|day)(?! to)|(?:yanakuja|yananijia|zinakuja) kila (?:siku|usiku)) | (?:feeling|feelings|thoughts?|urges?|it) (?:is|are|has|have|came|come|coming) back ',
);

/** Past perfect of an act: told as before another past ("I had tried to commit suicide but failed …"), an anchor of
 * its own (not "had been thinking", which may reach up to now). */
export const PLUPERFECT = re(' had (?:\\p{L}+ )?(?:tried|attempted|cut|harmed|self harmed|overdosed) ');

/** A negation does not deny what it says began later ("I never thought about suicide until this year"); a bare
 * "before" is "ever" ("I never had suicidal thoughts before"). */
export const UNTIL = re(' (?:until|till|before (?:this|last|now|today|tonight|recently)) ');

/** Recent behaviour: the attempt or harm was lately, not years ago. */
export const RECENT = re(
  ' (?:last night|yesterday|today|tonight|this morning|this afternoon|this evening|all day|the whole day|all week|all night|the whole (?:week|afternoon|night)|this week|last week|this month|this year|last month|last weekend|(?:a couple of|couple of|a couple|couple|two|2|three|3) months ago|some days back|the other day|these days|nowadays|even now|currently|right now|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\\p{N}+|a|one|two|three|four|five|six|a few|few|couple of|a couple of) (?:days?|weeks?) ago|wiki (?:\\p{L}+ )?(?:iliyopita|zilizopita)|mwezi (?:uliopita|ulopita)|miezi (?:miwili|mitatu|2|3) (?:iliyopita|ilopita)|siku (?:\\p{L}+ )?zilizopita|a few days ago|(?:an|one|a few|\\p{L}+) (?:hours?|minutes?) ago|just now|earlier|jana|leo|usiku|wiki hii|juzi|asubuhi) ',
);

/** Intent or timing that turns thoughts into a plan ("tonight", "kesho", "next week"). */
export const TIMING = re(
  ' (?:tonight|tomorrow|this weekend|next week|in the near future|some time soon|by the end of (?:the|this|next) (?:week|month|year)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|at midnight|in (?:a few|two|three|\\p{N}+) days|when everyone is asleep|after (?:the|my) (?:exams?|wedding|birthday)|leo usiku|kesho|wiki ijayo|usiku huu|hivi karibuni|jioni hii) ',
);

/** Speech about dying that is not about wanting to die: idioms and hyperbole. */
export const IDIOMS = re(
  ' killing it | killed it | kill(?:ing)? the game | dying (?:of|from) (?:laughter|laughing|embarrassment|boredom|cuteness) | dying to (?:see|try|know|meet|go|get|eat|hear|watch) | (?:i )?(?:am )?dead (?:serious|tired|wrong|right(?! (?:now|away|here|there))|lol|lmao) | (?:nakufa|nimekufa|ninakufa|nitakufa) (?:na|kwa) (?:njaa|kicheko|baridi|joto|uchovu|usingizi|kiu) | nimechoka (?:hadi |mpaka )?kufa (?:yaani|jamani|sana|miguu|mwili|kazini|sokoni|shambani|lakini|ila|but|bro|msee|maze|buda|manze|na (?:hii|hizi|kazi|foleni|traffic|jua|joto|safari)) | kicheko | this (?:is )?killing me | kill me now | \\p{L}+ to death | over my dead body | dead inside | (?:this|that|it) is (?:just )?(?:plain |pure |social |political |career )?suicide | suicide (?:mission|squad|run|trail|door|doors|pass) | social suicide | career suicide | (?:job|work|school|exams?|boss|mom|mum|dad|parents|homework|heat|traffic) (?:would|will|is going to|is gonna) (?:literally |actually |probably )?kill me | dying of (?:thirst|hunger|heat|cold) | a dying | dead end | cut(?:ting)? (?:my ?self|me) off | dying for | (?:ready|willing|prepared) to die for (?:my |our |the )?(?:country|nation|motherland|team|club|faith|god|jesus) | (?:niko )?tayari kufa kwa ajili ya (?:nchi|taifa|mungu|imani) | (?:cheka|nilicheka|nikacheka|tulicheka|tukacheka) (?:\\p{L}+ ){0,3}?mpaka (?:nikataka kufa|nikafa|tukafa|nife) | overdosed on (?:sugar|sweets|chocolate|cake|coffee|caffeine|food|junk food|chips|nyama|mandazi|chapati|netflix|tv|series|drama|memes|tiktok|love|work|vitamin c) ',
);

/** Quotation, lyrics and titles. */
export const QUOTE = re(
  ' (?:song|lyrics?|lyric says|the line (?:says|goes|is)|sings?|sang|singing|movie|film|book|quote|quoting|poem|wimbo|mashairi|filamu|kitabu) ',
);

export { DISTRESS } from './distress.js';
export * from './patterns-time.js';

/**
 * The backstop for wordings no cue names: a word about killing oneself (at least active), about dying with the
 * speaker as subject (at least passive), raised by an attempt word to behaviour or a plan word to a plan. It keeps
 * recall when the phrasing is new; the same exceptions (negation, idiom, others, the past) still apply.
 */
export const BACKSTOP = {
  selfKill: re(
    ' (?:suicide|suicidal|kill(?:ing)? my ?self|end(?:ing)? my ?self|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|self harm(?:ing|ed)?|selfharm|cut(?:ting)? my ?self|overdos(?:e|ed|ing)|kujiua|kujitoa uhai|kujiondoa uhai|kujimaliza|kujitoa roho|najiua|nitajiua|nilijiua) ',
  ),
  dying: re(
    // Not a pain or a noise dying down, nor a species dying off.
    ' (?:die(?! (?:down|off) )|dying|dead|death|not be here|not be alive|not exist|not existing|stop existing|cease to exist|disappear forever|kufa|nife|ningekufa|kudie|kudedi|sitaki kuishi|kifo) ',
  ),
  // English "i", "me", "my"; Swahili first-person verbs: ni-/na- and a stem (nataka, nilijaribu, nawaza, nikijiua).
  // "Is anyone else casually suicidal?": "else" counts the speaker in.
  firstPerson: re(' (?:i|me|my|myself|mimi|mie|(?:anyone|anybody) else) | n[ai]\\p{L}{3,}'),
  /** Words about killing oneself that name the speaker themselves. */
  ownSelfKill: re(
    ' (?:kill(?:ing)? my ?self|end(?:ing)? my ?self|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|najiua|nitajiua|nilijiua) ',
  ),
  /** Spoken to someone else ("you", "your"): talk about their life, not the speaker's. */
  addressed: re(' (?:you|your|youre|yourself|wewe|wako) '),
  fearOfDeath: re(
    ' (?:afraid|scared|fear|fears|terrified|frightened|anxious|worried|phobia|panic|panicking) (?:of |about |that i am |that im )?(?:dying|death|die) | (?:thought|think|thinking|felt|feel|feels|feeling) (?:like )?i (?:am|was|were) (?:going to )?(?:dying|die) | dying inside | (?:dead|dying) (?:relatives?|parents?|people|loved ones|friends?) | naogopa (?:kufa|kifo) | (?:am i|will i) (?:\\p{L}+ ){0,5}(?:going to |gonna )?die | (?:that |think )i (?:will|could|might|am going to) die | (?:think|thought|thinking|worry|worried|convinced|sure) (?:that )?(?:\\p{L}+ ){0,6}(?:going to|gonna|will|could|might) die | (?:thought|felt|believed) (?:that )?(?:\\p{L}+ ){0,8}(?:was|were) going to die | (?:will|could|might|going to) die (?:young|at any moment|any moment|any second|of|from) | death of | after death | (?:anxiety|anxious|stress|stressing|worry|worrying) (?:over|about) (?:dying|death) | i am (?:already|literally|honestly|actually|slowly) dying (?!to )| (?:my|our|the|this) (?!life )\\p{L}+ (?:is|was|are|were) (?:slowly |already )?dying | (?:loved ones|people i love|everyone) (?:are|is) (?:either )?(?:dead|dying) ',
  ),
  attempt: re(
    ' (?:attempt|attempted|attempts|tried|try|trying|failed at|failed to|survived|hospital|hospitalized|overdosed|nilijaribu|nimejaribu|jaribio) ',
  ),
  plan: re(
    ' (?:plan|plans|planned|planning|method|note|goodbye|decided|ready|tonight|tomorrow|date|mpango|nimepanga|nimeamua|kesho) ',
  ),
};
