// Building blocks of the patterns: whole-word regexes and the Swahili and English verb groups they share.

export const re = (source: string) => new RegExp(source, 'u');
/** The intent said of an act: "on purpose", "makusudi" (cues-on-purpose.ts, cues-into-traffic.ts). */
export const ON_PURPOSE = '(?:on purpose|deliberately|intentionally|kwa makusudi|makusudi)';
/** Patterns read only where they end the whole check-in, not just their clause (clauses split at "but": red team 125,
 * "… ready for saturday but the water is off"): the clause's match and the check-in's end, as a cue's `re`/`onlyWhole`. */
export const endingCheckIn = (patterns: readonly string[]) => ({
  re: re(`(?:${patterns.join('|')})(?= *$)`),
  onlyWhole: re(`(?:${patterns.join('|')}) *$`),
});
// Swahili first person singular subject prefixes: ni-/n- present, nili- past, nime- perfect, nita- future.
export const SW_WANT =
  '(?:ni)?(?:na|ta|li)(?:taka|tamani|penda|wazia|waza|fikiria|fikiri|jis?ikia(?: kama)?|jiskia(?: kama)?|hisi kama)';
/** Cutting or hurting oneself in Swahili and Sheng; not one's hair, nails or beard, nor Sheng leaving a place, a party
 * or one's friends ("kujikata hii party mapema"), unless a self-harm word follows in the clause ("… nywele zote na
 * kujiumiza", "… mpaka damu itoke"); a demonstrative alone ("kujikata hii night", "… hizi mikono") is no party (reviews 37, 38). */
export const SW_SELF_HARM =
  'kuji(?:kata(?! (?:kwa|kutoka|toka|from|hapa|mapema|home|nyumbani|kwenda|huko|job|kazi|nywele|kucha|rasta|dreads|ndevu|(?:hii|hiyo|ile|hizi|hizo) (?:party|sherehe|harusi|meeting|mkutano|kikao|group|kikundi|chama|gym|class|darasa|event|game))\\b(?!.* (?:kuji(?:kata|umiza|dhuru)|damu|bleed|blood)))|dhuru|umiza)';
/** Asked, believed or told by someone else before a Swahili act ("daktari aliniuliza kama …", "mama anadhani …"). */
export const SW_ASKED_OR_SAID = '(?:\\p{L}*uliza|kama|\\p{L}*dhani|\\p{L}*sema)';
/** A form's colon in the words as written ("Suicidal thoughts: no"), not a sad face's ":(" nor a clock's "2:30". */
export const FORM_COLON = "(?<!\\d):(?!'?-?[(/\\\\|[]|\\d)";
/** As written: a hashtag, a quotation or a form's colon (cues-farewell.ts, cues-relapse.ts; a "?" is left: a farewell
 * may ask why). */
export const WRITTEN_AS_FORM = new RegExp(`[#"\u201c\u201d]|${FORM_COLON}`, 'u');
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
/** After a bare "mwisho" or "the end": the end of an ordinary thing, a deadline or a habit ("… wa mwezi", "… wa kulipa
 * karo", "… wa kuvuta sigara"); not "wa kuvumilia", "wa kujaribu", "wa kuwa hapa duniani", one's own end (review 10). */
export const NOT_ONES_OWN_END = `(?! (?:wa |ya |of )?(?:the |this |hii |huu )?(?:${ORDINARY_ENDS}|ku(?:lipa|apply|chukua|jiandikisha|sajili|wasilisha|register|vuta|lewa|beti|bet|nywa pombe|tumia (?:bangi|pombe|sigara)))\\b)`;

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

/** A pattern read over the whole check-in, whose clauses are joined with their own spaces: each space stands for any
 * run of them (a space before a quantifier, as in "my ?self", is left as it is). */
export const anySpaces = (pattern: string) => pattern.replace(/ (?![?*+{])/gu, ' +');

/** A clause's pattern as it reads in the whole check-in, where clauses are joined by two spaces: a clause's start
 * (`^ `) may follow two spaces and its end (`(?= $)`) precede them. */
export const atClauseEdges = (pattern: string) =>
  pattern.replaceAll('^ ', '(?:^ |  )').replaceAll('(?= $)', '(?=  |\\s*$)');

/** What may open a check-in before the one thing it says: a greeting, a filler, when it was. */
const OPENING =
  '(?:hi|hello|doc|doctor|daktari|so|well|honestly|um|ok|okay|yes|bro|maze|buda|sasa|yesterday|last night|last week|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|jana|juzi|jana usiku|leo)';
/** Patterns read only where they are the whole check-in, a greeting or a time before them (red team 131: "the goats
 * keep escaping so i tied the rope …", "my refill is due i counted the tablets …" put the everyday reason first). Any
 * run of spaces stands for one: the check-in's clauses are joined with their own. */
export const wholeCheckIn = (pattern: string) =>
  re(`^(?: *(?:${anySpaces(OPENING)}))* *${anySpaces(pattern.trim())} *$`);

/** In a farewell letter's own words: colleagues, pupils, a new job, a move or a retirement (red team 162: "nimeandika
 * barua ya kuaga wafanyakazi wenzangu ninahamia kazi mpya"). Only beside the letter: a boss or a move told elsewhere
 * in the check-in is no reason ("my boss fired me today. nimeandika barua ya kuaga kwa familia yangu"). */
export const ORDINARY_FAREWELL = re(
  ' (?:wafanyakazi|wenzangu|colleagues|workmates|wanafunzi|students|pupils|nahamia|ninahamia|tunahamia|kuhamia|nastaafu|kustaafu|kazi mpya|kuacha kazi|retir\\p{L}*|transfer\\p{L}*) ',
);

/** Words that turn from what was said to something else ("im not suicidal but …", "sitaki kufa lakini …"). */
export const TURN_WORDS = 'but|ila|lakini|though|tho|although|ingawa|however';
/** Swahili "this much" ("kwa kiwango hiki"), after a denial a degree that takes it back (reading.ts, never-so-much.ts). */
export const SW_THIS_MUCH = '(?:namna hii|kwa kiwango hiki|kiasi hiki)';
