import type { Cue } from './patterns.js';
import { re } from './words.js';

// Thoughts of harming oneself said in Swahili ("nina mawazo ya kujidhuru mpaka kufa", blind writer 156, session 37):
// "i have thoughts of hurting myself" was read, "nina mawazo ya kujidhuru" low. The speaker's own, now: not "sina",
// "nilikuwa na" (over), another's "ana", nor asked. Not "hamu ya kujikata", "kujiumiza kichwa": a haircut, leaving a
// party, a hard sum (reviews 30, 31). Raise only (LATER_CUES).
export const HARM_THOUGHTS_SW_CUES: readonly Cue[] = [
  {
    tier: 'active',
    code: 'self_harm',
    re: re(
      ' (?:nina|niko na|nko na|nimekuwa na|ninakuwa na|nakuwa na|bado nina|bado niko na)(?: (?:haya|hizi|hayo|hii))? (?:mawazo|fikra) ya (?:kujidhuru|kujiumiza)(?= )',
    ),
    // Asked or said by someone else ("daktari aliniuliza kama nina mawazo ya kujidhuru", "mama anasema …").
    unlessBefore: re(' (?:kama|je|aliniuliza|akiniuliza|ukiniuliza|anasema|alisema|wanasema|wakisema|aliniambia|eti) '),
    selfReferring: true,
  },
];
