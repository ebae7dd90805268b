import type { Cue } from './patterns.js';
import { NOT_NOW } from './cues-act-intent.js';
import { LIGATURE_GUARDS } from './cues-ligature.js';
import { DAYS, NOT_OWN_PLAN, SIKU } from './planned-words.js';
import { WRITTEN_AS_FORM, endingCheckIn, re } from './words.js';

// An attempt told by where the speaker was found, by what it left, or stopped on the chair; a day chosen with the
// farewells done (session 32, review 124): "my roommate found me with a belt around my neck and i told her it was a
// joke", "i stood on the chair with the rope last night but my phone rang", "mdomo wangu umeungua kwa jik
// niliyokunywa", "i woke up in hospital and i was angry that i woke up", "friday is the day i have already written my
// goodbye letters". Raise only (LATER_CUES).

/** Found with a rope, belt or noose round the neck, only a place or a time after; a cloth or a cord also worn counts
 * only with the cover story after it (red team 125: "my kids found me with a towel round my neck in the bathroom"). */
const STRICT_CORD = '(?:rope|noose|belt|kamba|mshipi|kitanzi)';
const WORN =
  '(?:cord|cable|wire|charger(?: cord| cable)?|phone charger(?: cord| cable)?|scarf|leso|kanga|cloth|sheet|towel|tie|kitambaa|waya)';
const PLACE_OR_TIME =
  '(?: (?:in|on) (?:the|my) (?:toilet|bathroom|bedroom|room|latrine|store|garage|shamba|bush|roof)| (?:yesterday|last night|this morning|today|on (?:' +
  DAYS +
  ')))*';
const COVER_STORY =
  ' (?:and )?(?:i told (?:her|him|them) it was a joke|(?:she|he|they) (?:thinks|think|thought) i was (?:playing|joking))';
const FOUND_CORD = [
  ` (?:found|caught) me(?: in (?:the|my) (?:toilet|bathroom|bedroom|room|latrine|store|garage))? with (?:a |the |my )?${STRICT_CORD}(?: tied| knotted)? (?:around|round|on) my neck${PLACE_OR_TIME}(?:${COVER_STORY})?`,
  ` (?:found|caught) me(?: in (?:the|my) (?:toilet|bathroom|bedroom|room|latrine|store|garage))? with (?:a |the |my |his |her )?${WORN}(?: tied| knotted)? (?:around|round|on) my neck${PLACE_OR_TIME}${COVER_STORY}`,
  ` (?:alinikuta|walinikuta|alinipata|walinipata|akanikuta|akanipata)(?: \\p{L}+)? na (?:kamba|mshipi|rope|belt)(?: ya \\p{L}+)? (?:shingoni|kwa shingo|kwenye shingo)(?: (?:bafuni|chooni|chumbani|jana|usiku))?`,
  ` (?:alinikuta|walinikuta|alinipata|walinipata|akanikuta|akanipata)(?: \\p{L}+)? na (?:${WORN})(?: ya \\p{L}+)? (?:shingoni|kwa shingo|kwenye shingo)(?: (?:bafuni|chooni|chumbani|jana|usiku))? (?:nikamwambia|nikawaambia) ni (?:joke|utani|mchezo)`,
  ` the (?:doctor|nurse|daktari) asked about the (?:rope |cord )?marks on my neck and i lied`,
];
/** Stood on the chair with the rope, then stopped by someone or something else (red team 125: "… and then tied the
 * balloons" is a chore). */
const STOPPED_BY =
  '(?:my|the|a) (?:phone|son|daughter|baby|child|mum|mom|mother|dad|father|wife|husband|sister|brother|neighbour|roommate|friend) (?:rang|called|knocked|cried|came in|walked in|came home|started crying)(?: on the door| at the door)?';
/** The chair with the rope ends its clause; who stopped it comes after a "but" or "then", in the next clause. */
const ON_THE_CHAIR_EN = ` i (?:stood|was standing|climbed|was) on (?:the |a )?(?:chair|stool|bucket|bed) with (?:the |a |my )?(?:rope|noose|belt)(?: (?:last night|yesterday|this morning|tonight))?`;
const ON_THE_CHAIR_SW = ` (?:nilisimama|nikasimama|nilipanda) (?:kwa|kwenye|juu ya) (?:kiti|chair|ndoo|kitanda) na (?:kamba|rope|kitanzi)(?: (?:jana usiku|jana|usiku))?`;
const STOPPED_SW = '(?:simu ikalia|phone ikaring|nikasikia mtoto (?:analia|akilia)|mama akaingia|mtu akabisha mlango)';
const CHAIR_THEN_STOPPED = re(
  `(?:${ON_THE_CHAIR_EN} +(?:but|and then|then|when|and) +${STOPPED_BY}|${ON_THE_CHAIR_SW} +(?:halafu |lakini )?${STOPPED_SW}) *$`,
);
/** A poison drunk, told by the mouth or throat it burnt, the drinking ending the check-in ("mdomo wangu umeungua kwa
 * jik niliyokunywa"); not fumes while cleaning ("the bleach burned my throat", red team 125). */
const BURNT = [
  ` (?:mdomo|koo|throat|tumbo)(?: yangu| wangu| langu)? (?:bado )?(?:umeungua|limeungua|imeungua|iko burnt|inauma|linauma|imeumia)(?: \\p{L}+){0,2}? (?:kwa|tangu|tangu ile|juu ya|since) (?:ile )?(?:jik|sumu|bleach|dawa ya panya) (?:niliyokunywa|nilikunywa|niliokunywa)`,
  ` (?:koo|throat|mdomo)(?: yangu| wangu| langu)? (?:bado )?(?:inauma|linauma|iko burnt|imeungua|umeungua) tangu nilikunywa (?:jik|sumu|bleach|dawa ya panya)`,
  ` the burns in my mouth were from(?: \\p{L}+){0,3}? but it was the (?:jik|bleach|poison)`,
];
/** Woke up in hospital, sorry to be alive; washed out in hospital and still wanting to die. */
const WOKE_SORRY = [
  ` i woke up (?:in|at) (?:the )?(?:hospital|ward|icu) and i was (?:angry|disappointed|sad|upset) (?:that i (?:woke up|survived|was (?:still )?alive)|to be (?:still )?alive)`,
  ` (?:niliwake up|nilizinduka|niliamka|nikaamka) (?:kwa|katika) (?:hosi|hospitali|hospital)(?: na)? (?:nilikuwa )?(?:disappointed|nilikasirika|nilihuzunika|nikasikitika)(?: (?:kwamba|kuwa))? (?:bado )?(?:niko alive|niko hai|nikiwa hai)`,
  ` (?:waliniosha tumbo|walinipump tumbo|walisafisha tumbo langu)(?: \\p{L}+){0,4}? (?:na )?bado (?:nataka|natamani) (?:kufa|kujiua|kujimaliza)`,
  ` (?:nilitoka|niliruhusiwa kutoka) (?:hospitali|hosi)(?: \\p{L}+)? baada ya kunywa (?:dawa ya panya|sumu|jik)(?: \\p{L}+){0,2}? (?:na )?nataka kurudia`,
];
/** A day chosen with goodbyes done (red team 125: letters to guests or to children at school are the week's). */
const DAY = `(?:${DAYS}|${SIKU}|tomorrow|kesho|saturday night)`;
const DAY_CHOSEN = [
  ` ${DAY} (?:is the day|ndio siku|ndiyo siku) (?:i have (?:already )?written (?:my )?goodbye letters|nimeandika barua za kuaga)`,
  ` i have given away my (?:phone|clothes|things)(?: and my (?:phone|clothes|things))? i am ready for ${DAY}`,
  ` i (?:have )?already picked the (?:tree|bridge)(?: (?:behind|near|at|by) (?:the|our|my) \\p{L}+)? and the (?:day|date)`,
];

export const FOUND_AFTER_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    ...endingCheckIn(FOUND_CORD),
    selfReferring: true,
    unlessBefore: LIGATURE_GUARDS.unlessBefore,
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    ...endingCheckIn([...BURNT, ...WOKE_SORRY]),
    unlessSentence: NOT_NOW,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    re: re(
      `(?:${ON_THE_CHAIR_EN}|${ON_THE_CHAIR_SW})(?= *$| (?:and then|then|when|and|halafu|simu|phone|nikasikia|mama|mtu) )`,
    ),
    onlyWhole: CHAIR_THEN_STOPPED,
    unlessWritten: WRITTEN_AS_FORM,
  },
  { tier: 'plan', code: 'preparation', ...endingCheckIn(DAY_CHOSEN), unlessWritten: WRITTEN_AS_FORM },
];
