import type { Cue } from './patterns.js';
import { NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// A letter or a will written, in Swahili, with the writer's absence or death told anywhere in the check-in (reviews
// 111, 113): "nimeandika wosia wangu familia yangu itakuwa sawa bila mimi", "nimemwandikia sponsor wangu barua ya
// shukrani kabla sijaondoka duniani" — the English "wrote a letter", "made my will" were read already. Raise only.

const WRITTEN =
  '(?:nime|nili|nimesha|nimemaliza ku|ku)(?:andika|mwandikia|waandikia|fanya|andikia) (?:\\p{L}+ ){0,4}?(?:barua|wosia|ujumbe|will|letter)';
/** The writer gone: "sitakuwepo", "nikishakufa", "kabla sijaondoka duniani", "bila mimi", "ya mwisho". */
const GONE = re(
  ' (?:sitakuwepo(?! (?:kesho |leo |wiki hii )?(?:kazini|shuleni|nyumbani|ofisini|darasani|mkutanoni|kanisani))|sitakuwa (?:hai|nanyi)|nikiondoka(?! kwenda| kuenda)|nikishakufa|nikifa|baada ya (?:mimi )?kufa|kabla sijafa|kabla sijajiua|kabla sijaondoka(?! kwenda| kuenda)|kuondoka duniani|nikiwa nimeenda|sitarudi tena|sitaishi|nimeamua kujiua|nitajiua|nitamaliza maisha|kumaliza maisha yangu|bila mimi|hataniona tena|(?:barua|ujumbe|kazi) (?:yangu )?ya mwisho|kwaheri ya milele|nitakachofanya|nimechoka kuishi(?! (?:hapa|huku|na|katika|kwenye|mjini|nairobi|garissa|\\p{L}+ni))|sababu ya kuendelea kuishi|maisha yangu yanaisha|sitahitaji kitu|nimekufa) ',
);

export const LETTER_SW_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` ${WRITTEN}(?= |$)`),
    onlyWhole: GONE,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
