// Building blocks of the patterns: whole-word regexes and the Swahili and English verb groups they share.

export const re = (source: string) => new RegExp(source, 'u');
// Swahili first person singular subject prefixes: ni-/n- present, nili- past, nime- perfect, nita- future.
export const SW_WANT =
  '(?:ni)?(?:na|ta|li)(?:taka|tamani|penda|wazia|waza|fikiria|fikiri|jis?ikia(?: kama)?|jiskia(?: kama)?|hisi kama)';
export const EN_SELF_KILL =
  '(?:kill(?:ing)? my ?self|end(?:ing)? (?:my|it) (?:own )?life|end(?:ing)? it all|tak(?:e|ing) my (?:own )?life|suicide|commit suicide)';

/** Ends of ordinary things ("leo ni mwisho wa mwezi", "the end of the term"): no end of one's own. Not a journey, the
 * road, the line or the world, which are said of one's own end. */
const ORDINARY_ENDS =
  '(?:mwezi|muhula|term|wiki|week|month|mwaka|year|semester|mitihani|exams?|kazi|shule|school|msimu|season|mkataba|contract|likizo|holidays?|sale|offer|project|mradi|match|mechi|movie|film|series|show|queue|foleni)';

/** After "my last day" or "siku yangu ya mwisho": a place, job or time it is the last day of ("… at work", "… kazini",
 * "… kwa hii job", "… in Nairobi"), unless what follows is one's life, this world, a goodbye or the pain ("… of my life",
 * "… with you guys", "… hapa kwaheri", "… as a burden", "… before i end it all"; a review, 2026-12-02). */
export const NOT_ONES_OWN_DAY =
  '(?! (?:wa|ya|za|kwa|kwenye|katika|of|at|in|on|with|here(?= (?:at|in the|with|as))|as|kama|before|for|hapa|huku|kazini|shuleni|chuoni|ofisini|kanisani|sokoni|nyumbani)\\b(?! (?:\\p{L}+ ){0,3}?(?:life|living|existence|alive|earth|world|planet|duniani|dunia|kuishi|maisha|burden|end it|goodbye|kwaheri|guys|you all|everyone|pain|suffering|kuteseka|for good|forever|breathing|kupumua|forgive|nisamehe|mnisamehe|real|done)\\b))';
/** After a bare "mwisho" or "the end": the end of an ordinary thing or a deadline ("… wa mwezi", "… wa kulipa karo"). */
export const NOT_ONES_OWN_END = `(?! (?:wa |ya |of )?(?:the |this |hii |huu )?(?:${ORDINARY_ENDS}|ku(?:lipa|apply|chukua|jiandikisha|sajili|wasilisha|register))\\b)`;

/** Whether the check-in (`whole`: its clauses joined) says `cue` with nothing but the phrases of `beside` (a global
 * regex) and the single words of `alone`: the "said alone" readings (life-course.ts, noun-alone.ts). */
export function onlyWith(cue: string, whole: string, beside: RegExp, alone: ReadonlySet<string>): boolean {
  return ` ${whole} `
    .replace(/\s+/gu, ' ')
    .replace(cue, ' ')
    .replace(beside, ' ')
    .split(' ')
    .filter(Boolean)
    .every((w) => alone.has(w));
}
