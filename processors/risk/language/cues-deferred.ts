import type { Cue } from './patterns.js';
import { OTHER_SENSES } from './harm-denied.js';
import { NOT_OWN_PLAN, OWN_WORDS } from './planned-words.js';
import { anySpaces, re } from './words.js';

// The issue's "not today, probably next week" in the words writers keep using (session 33; 92 such crises of 25
// reviews were low): one's own thoughts or act denied for now, then, ending the check-in, only a later time left in
// doubt — "no suicidal thoughts today but tomorrow i cant say", "i wont cut today but tonight idk", "saa hii sina
// mawazo ya kujiua ila kesho sijui", "i dont want to die today but tomorrow who knows". upgrade.ts reads a fixed list
// of such endings; this reads the doubt and the time in either order from closed lists, and nothing else may follow.
// Raise only.

/** What may open the denial's clause besides "now": a greeting, a filler, a promise ("kamau is not …" is no denial). */
const OPENER =
  '(?:bro|maze|buda|bana|na|and|so|well|honestly|mimi|me|hi|hello|doc|doctor|daktari|ok|okay|sawa|yes|no|hapana|i promise|i swear|i think|to be honest|nimeamka|msee|tu)';
const NOW =
  '(?:today|2day|now|right now|for now|as of now|at the moment|this morning|this evening|tonight|this week|this minute|for today|at least for now|leo|saa hii|kwa sasa|sasa hivi|kwa leo|usiku huu|wiki hii)';
/** The denial's clause: openers and "now", the denial, then only "now", a promise or "i think"; "now" said once. */
const ownEnglish = (denial: string) =>
  `^ (?:(?:${OPENER} )*${NOW} (?:${OPENER} )*${denial}(?: (?:${OPENER}|${NOW}))*|(?:${OPENER} )*${denial}(?: (?:${OPENER}))* ${NOW}(?: (?:${OPENER}|${NOW}))*) $`;

const THOUGHTS =
  '(?:(?:i )?(?:dont|do not) (?:have|feel)(?: any)?|(?:i )?have no|no|(?:im|i am) not(?: feeling| having)?|not|(?:im |i am )?not (?:thinking|having thoughts) (?:of|about)) (?:self harm|cutting|suicidal(?: thoughts| ideation| feelings)?|suicide thoughts|suicide|killing myself|ending my life|thoughts (?:of|about) (?:suicide|killing myself|ending my life))';
const EN_NOT = '(?:i (?:will not|wont|shall not|am not going to|dont think i will|promise not to)|im not going to)';
/** The act put off, by words with no everyday sense. */
const ACT = `(?:${EN_NOT} (?:kill myself|hang myself|end my life|end it(?: all)?|self harm|do anything to myself|(?:swallow|take) all (?:of )?(?:the |my )?(?:pills|tablets)|drink (?:the |that )?(?:jik|bleach|poison|rat poison))|(?:i )?(?:dont|do not) want to (?:die|kill myself|end it(?: all)?|end my life))`;
/** Swahili says the speaker in the verb: what comes before it in the clause may be anything but someone's saying. */
const SW_OWN =
  '(?:sina (?:mawazo|fikra) (?:ya|za) (?:kujiua|kujimaliza|suicide)|sina suicidal thoughts|sit(?:a|o)(?:jiua|jimaliza|jinyonga)|sijajiua|sitakunywa (?:ile |hiyo )?(?:jik|sumu)|sit(?:a|o)(?:meza|kunywa) (?:vidonge|tembe) (?:vyote|zote)|(?:sitaki|sidai) (?:kufa|kudie|kujiua))';
/** Cutting or hurting oneself, also a shave, a kitchen slip, a match; Sheng "kujikata" also leaving a party. */
const HARM = `(?:${EN_NOT} (?:cut|hurt|harm)(?: myself)?|(?:im|i am) not cutting)`;
const SW_HARM = '(?:sitajikata|sitajiumiza|sitaji kuumiza|sitajidhuru|sidai kujiumiza|sidai kujikata)';

const DOUBT =
  '(?:i (?:really |honestly )?(?:dont|do not) kno(?:w)?|idk|dunno|who knows|(?:i am|im) not (?:so |really |very )?sure|not sure|i cant (?:say|promise(?: anything)?)|cant promise|no (?:promises|guarantees?)|hakuna guarantee|maybe(?: yes)?|i might(?: be)?|yes|only god knows|god knows|mungu (?:tu )?anajua|nani anajua|niulize|ni story ingine|sijui(?: kama nitakuwa (?:sawa|hai|bado hai|hivi))?|haijulikani|siwezi (?:ku)?ahidi|sina (?:uhakika|hakika)|tutaona|labda(?: nitakuwa nayo)?|may be different|might be different|itakuwa tofauti)';
/** After self-harm words with everyday senses only a doubt said outright ("… kesho tutaona" is leaving a party). */
const STRONG_DOUBT =
  '(?:i (?:really |honestly )?(?:dont|do not) kno(?:w)?|idk|dunno|who knows|nani anajua|(?:i am|im) not (?:so |really )?sure|i cant promise|sijui|sina (?:uhakika|hakika)|siwezi (?:ku)?ahidi)';
const LATER =
  '(?:(?:by |on |until )?(?:tomorrow|tomorow|tommorow|tomoro|tmrw|2moro|kesho(?: (?:asubuhi|usiku|jioni|kutwa))?|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|this weekend|weekend|jumatatu|jumanne|jumatano|alhamisi|jumamosi|jumapili|ijumaa)(?: night)?|by morning|after the weekend|next (?:week|month)|wiki ijayo|mwezi ujao|later|siku nyingine)';
/** After the contrast: the time then the doubt, the doubt then the time, or the time left open in other words. */
const TIME_IN_DOUBT = (doubt: string) =>
  `(?:${LATER} ${doubt}|${doubt} (?:about |kuhusu |for )?${LATER}|ask me(?: again)? ${LATER}|${LATER} (?:is|ni) (?:a question|another story|a different story|hadithi nyingine|kesho)|i dont know if i will (?:feel|be) the same ${LATER}|sijui ${LATER} (?:itakuaje|itakuwaje))`;
const CONTRAST = '(?:but|lakini|ila|though|lkn)(?: (?:honestly|really|bro|maze|bana|aki))?';
/** Only after one's own suicide denied: a condition, then an end or a doubt ("i wont kill myself now but if the loan
 * people come again i will finish it", "… lakini nikikosa ada tena sijui", blind review 136). */
const IF_THEN =
  '(?:(?:if|when|once|kama|ikiwa|wakati)(?: \\p{L}+){1,8}?|(?:wa|a|ni|tu)ki\\p{L}+(?: \\p{L}+){0,4}?) (?:(?:then )?i will (?:finish it|end it|do it|go through with it)|thats the end(?: for me)?|that is the end(?: for me)?|i (?:really |honestly )?(?:dont|do not) know(?: what i will do)?|i cant promise(?: anything)?|sijui(?: kama nitaweza(?: kuendelea kuishi)?)?|nitaenda tu|nitamaliza(?: hii maisha)?|sioni sababu ya kuishi|siwezi kuahidi)';

/** The whole check-in's clauses are joined with their own spaces: any run of spaces stands for one. */
const ending = (denial: string, doubt: string, conditional: boolean) =>
  re(
    `${anySpaces(` ${denial}(?: (?:${OPENER}|${NOW}))* ${CONTRAST} (?:${TIME_IN_DOUBT(doubt)}${conditional ? `|${IF_THEN}` : ''})`)} *$`,
  );
/** The Swahili denial anywhere in its clause, dated to now there; any run of spaces stands for one. */
const ownSwahili = (denial: string) =>
  `(?: ${NOW}(?: \\p{L}+){0,2}? ${denial}| ${denial}(?: (?:${OPENER}))* ${NOW})(?= )`;
/** Someone's words told right before it, in the forms planned-words.ts lacks ("mtoto wangu ameniambia leo sitajiua …"). */
const TOLD_BY = re(
  ' (?:ameniambia|ananiambia|wameniambia|waliniambia|alinitumia|amenitumia|ananitumia|wanasema|walisema|told)(?: \\p{L}+){0,2} $',
);
const NOT_OWN = new RegExp(`${NOT_OWN_PLAN.source}|${TOLD_BY.source}`, 'u');
const EVERYDAY_SENSES = new RegExp(
  [OTHER_SENSES.kujikata, OTHER_SENSES.hurt, OTHER_SENSES.cut].map((r) => r.source).join('|'),
  'u',
);
type Own = (denial: string) => string;
/** One's own suicide denied: any doubt, or a condition and an end, may follow it. */
const ofSuicide = (own: Own, denial: string): Cue => ({
  tier: 'plan',
  code: 'intent',
  re: re(own(denial)),
  onlyWhole: ending(denial, DOUBT, true),
  ...OWN_WORDS,
  unlessBefore: NOT_OWN,
});
/** Self-harm denied: only a doubt said outright, and none of its words' everyday senses in the check-in. */
const ofHarm = (own: Own, denial: string): Cue => ({
  ...ofSuicide(own, denial),
  onlyWhole: ending(denial, STRONG_DOUBT, false),
  unlessWhole: EVERYDAY_SENSES,
});

export const DEFERRED_CUES: readonly Cue[] = [
  ofSuicide(ownEnglish, `(?:${THOUGHTS}|${ACT})`),
  ofHarm(ownEnglish, HARM),
  ofSuicide(ownSwahili, SW_OWN),
  ofHarm(ownSwahili, SW_HARM),
];
