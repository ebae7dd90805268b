// Building blocks of the patterns: whole-word regexes and the Swahili and English verb groups they share.

export const re = (source: string) => new RegExp(source, 'u');
// Swahili first person singular subject prefixes: ni-/n- present, nili- past, nime- perfect, nita- future.
export const SW_WANT =
  '(?:ni)?(?:na|ta|li)(?:taka|tamani|penda|wazia|waza|fikiria|fikiri|jis?ikia(?: kama)?|jiskia(?: kama)?|hisi kama)';
export const EN_SELF_KILL =
  '(?:kill(?:ing)? my ?self|end(?:ing)? (?:my|it) (?:own )?life|end(?:ing)? it all|tak(?:e|ing) my (?:own )?life|suicide|commit suicide)';

/** Ends of ordinary things ("leo ni mwisho wa mwezi", "the end of the term"): no end of one's own. Not a journey, the
 * road, the line or the world, which are said of one's own end. */
export const ORDINARY_ENDS =
  '(?:mwezi|muhula|term|wiki|week|month|mwaka|year|semester|mitihani|exams?|kazi|shule|school|msimu|season|mkataba|contract|likizo|holidays?|sale|offer|project|mradi|match|mechi|movie|film|series|show|queue|foleni)';

/** After "my last day" or "siku yangu ya mwisho": a place, job or thing it is the last day of ("… at work", "… kazini",
 * "… ya kazi hapa"), unless that is this world or living ("… here on earth", "… hapa duniani", "… ya kuishi"). */
export const NOT_ONES_OWN_DAY =
  '(?! (?:wa|ya|za|kwa|kwenye|katika|of|at|in|on|with|here(?= (?:at|in the|with|as))|as|before|for|hapa|huku|kazini|shuleni|chuoni|ofisini|kanisani|sokoni|nyumbani)\\b(?! (?:\\p{L}+ ){0,2}?(?:earth|world|planet|duniani|dunia|living|alive|kuishi|kuteseka|person|pain)\\b))';
/** After a bare "mwisho" or "the end": the end of an ordinary thing or a deadline ("… wa mwezi", "… wa kulipa karo"). */
export const NOT_ONES_OWN_END = `(?! (?:wa |ya |of )?(?:the |this |hii |huu )?(?:${ORDINARY_ENDS}\\b|ku(?!teseka|umia|ishi|lia)\\p{L}+))`;
