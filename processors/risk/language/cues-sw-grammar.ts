import type { Cue } from './patterns.js';
import { EN_SELF_KILL, re, SW_WANT } from './words.js';

// Swahili and Sheng forms a red team of the rules found missing (RULES.md, "Red team"): other tenses and moods
// (nime-, ninge-, hu-, -anga, niki-, -po-), decisions and readiness, attempts told in the narrative, being stopped, the
// English phrase after a Swahili verb, and the common wordings of not wanting to live. Means are in cues-means.ts.

/** Killing oneself, in Swahili and Sheng. */
const SW_SELF_KILL = '(?:kujiua|kujitoa uhai|kujitoa roho|kujimaliza|kujiangamiza|kuend life)';
/** Deciding or being ready to (nimeamua, nishaamua, niliamua, niko tayari, nina nia ya, lazima). */
const SW_RESOLVED =
  '(?:nime|nimesha|nisha|nili|nilisha) ?(?:amua|decide|plan|panga)|nimefanya uamuzi wa|nimeazimia|niko (?:tayari|ready)|(?:nina|nko na|niko na) nia ya|(?:na|nime)ji(?:andaa|panga|tayarisha)|naenda';

export const SW_GRAMMAR_CUES: readonly Cue[] = [
  // Passive: not wanting to be alive or to see tomorrow, tired of or given up on life, asking what living is for.
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(
      ' (?:sitaki (?:tena )?(?:kuwa hai|kuwepo|kuona kesho|kulive|kuexist)|sipendi (?:tena )?kuishi|(?:siwezi|cant|cannot) (?:tena )?kuendelea kuishi)(?= $| tena| duniani| kabisa| hivi| hapa duniani)| sina (?:tena )?(?:hamu|nia) ya (?:kuendelea )?kuishi | sijali nikifa | (?:i )?(?:dont|do not) want (?:ku|to )?ishi ',
    ),
  },
  {
    tier: 'passive',
    code: 'tired_living',
    re: re(
      ' (?:nimechoka|nimeshachoka|nishachoka|nshachoka) (?:sana )?(?:na )?(?:kuishi|maisha|life|hii life|maisha haya)(?! (?:ya|mjini|hapa|huku)\\b) | nimekata tamaa (?:na|ya) maisha | (?:i am|am) done na maisha(?! ya) ',
    ),
  },
  {
    tier: 'passive',
    code: 'no_point_living',
    negativeForm: true,
    re: re(
      ' (?:kwa ?nini niishi|(?:sioni|hakuna) point ya (?:ku)?ishi|kuna haja gani ya kuishi)(?= $| tena| hivi| kabisa)| n(?:i|a)ishi kwa ajili ya nini | (?:heri|bora|afadhali) (?:tu )?kufa(?: tu)? $',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:naomba|namwomba|namuomba) mungu (?:a)?ni(?:ue|ondoe duniani) | mungu nichukue | nataka mtu aniue | (?:natamani|ningependa|laiti) (?:ningalikufa|ningelikufa|nisingalizaliwa) | (?:heri|bora|afadhali) (?:ni)?singalizaliwa | nataka kujiondoa duniani | hu(?:waza|fikiria|tamani) kufa | nina hamu ya kufa | (?:niko na|nina) feeling ya (?:kudie|kufa|kudedi) | nataka (?:tu )?(?:nipotee(?= $| milele| kabisa)|kusepa (?:hii )?dunia) ',
    ),
  },
  // Active: the English phrase after a Swahili verb, other moods of "kujiua", being suicidal said in Swahili.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ` ${SW_WANT} (?:tu |sana |kweli )?(?:to )?${EN_SELF_KILL} | (?:ni|na|ta|li|me|nge)?(?:taka|waza|fikiria|fikiri|tamani)(?:nga)? (?:sana |kweli |tu )?(?:kuhusu )?${SW_SELF_KILL} | (?:nikiji|nikishaji|nitakapoji)ua | kwa ?nini nisiji(?:ue|maliza) | (?:niko|nko|mie|mimi|nimekuwa) (?:\\p{L}+ )?suicidal | (?:nina|niko na) (?:mawazo|thoughts) ya (?:suicide|kujiua) | (?:mawazo|fikra) ya ${SW_SELF_KILL} | (?:mbona|kwa ?nini|kwani) nisiji(?:ue|malize) | (?:nina|niko na) suicidal (?:thoughts|mawazo) | ${SW_WANT} (?:tu )?(?:ku ?)?(?:kill my ?self|take my life|commit suicide|end my life|unalive|kill) `,
    ),
  },
  // Plan: a decision, readiness or intent to kill oneself or leave the world.
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` (?:${SW_RESOLVED}) (?:tu )?(?:${SW_SELF_KILL}|nife|nijiue|kujiondoa duniani|kupumzika milele|to end it|to end my life|(?:ku)?end it(?: all)?|end life|kill myself) | lazima nijiue | (?:nitaondoka|nitajiondoa) duniani (?:leo|kesho|usiku|wiki hii|hivi karibuni|tonight|sasa) | (?:mbona|kwa ?nini|kwani) nisi(?:nywe sumu|jinyonge) | (?:sumu|kamba) ya (?:kujiua|kujinyonga) | decided (?:to |ku ?)?end it all | (?:${SW_WANT}|${SW_RESOLVED}) (?:tu )?${SW_SELF_KILL} (?:siku ya )?(?:jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wikendi hii|weekend hii|mwisho wa mwezi|usiku wa leo|leo|kesho|wiki hii|baada ya (?:mtihani|mitihani)) | kwa ?nini nisijinyonge `,
    ),
  },
  // Behaviour: an attempt told in other tenses, a near one, being stopped or saved from it.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:nika|nilipo|nilisha|nisha|nimesha|baada ya ku|nilipokuwa na|nilikuwa (?:niki|na))jaribu ${SW_SELF_KILL} | nilikuwa karibu (?:ku)?jiua | (?:nili|nime|nika)try ${SW_SELF_KILL} | nusura nijiue | (?:nili|nime)karibia ${SW_SELF_KILL} | (?:nime|nili)jaribu kujiangamiza | (?:ali|wali|a|wa|ame|wame)ni(?:zuia|okoa|wahi|shika) (?:\\p{L}+ ){0,2}(?:${SW_SELF_KILL}|nilipojaribu ${SW_SELF_KILL}|kabla sija(?:jiua|jinyonga)) `,
    ),
    selfReferring: true,
  },
];
