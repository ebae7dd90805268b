// Plain denials said on their own (session 26; reviews 72, 73, 76, 77, 79, 81): "i have no suicidal thoughts" was read as
// active ideation (high) and "hakuna mawazo ya kujiua" said alone was no denial, while "i have no thoughts of suicide"
// and "sina mawazo ya kujiua" were. Each counts only where the denial opens its clause, nothing but a greeting came
// before it, it is typed plainly, and what follows is the day, the denial said again or an everyday sentence that
// neither hedges nor retracts: "i wish i had no suicidal thoughts", "eti hakuna …", "nimeshaamua. hakuna …", "… jk work
// is hell", "hakuna … 🥀" keep their alarm.

/** Earlier clauses that are a greeting only: anything else may be what the denial hides ("i tried on sunday."). */
const GREETING =
  /^ *(?:(?:habari|hello|hi|hey|mambo|niaje|vipi|shikamoo|salaam|hujambo|sijambo|daktari|doc|dokta|doctor|asante|thanks|good morning|good evening|nzuri|salama|yako|za asubuhi|za jioni|hapana|ndio|sasa(?= +(?:doc|daktari|dokta)\b)|im|i am|fine|okay|ok|good|well|niko|sawa|poa|fiti) *)* *$/u;
export const greetingOnly = (earlier: readonly string[]): boolean => earlier.every((e) => GREETING.test(e));

/** Words a denial may open with: an answer, a greeting, the day (not "hopefully", "so far", "at least", "i wish"). */
const LEAD =
  '(?:(?:i|im|i am|fine|okay|ok|good|and|so|yes|no|nope|well|honestly|today|leo|right now|currently|habari|hello|hi|hey|mambo|niaje|good morning|good evening|doctor|doc|daktari|dokta|hapana|mimi|mi) )*';
/** Before "[suicidal thoughts]": a plain present "no" opening the clause, not "wish i had no", "thinks i have no". */
const EN_OPENING = new RegExp(
  `^ ${LEAD}(?:(?:i (?:have|ve|got|have got)|ive|there (?:are|is)|theres) )?(?:no|zero) $`,
  'u',
);
/** Before a spoken denial's object: the denial opens the clause ("hapana, mimi sina hiyo"), not "si kweli hakuna",
 * "eti hakuna", "kwa sasa hakuna", "najifanya tu sina". */
const SW_OPENING =
  /^ (?:(?:hapana|aah?|ah|no|ndio|mimi|mi|leo|kusema kweli|kwa kweli|daktari|doc|dokta|habari(?: (?:yako|za asubuhi|za jioni|za leo))?|mambo|niaje|vipi|hujambo|shikamoo|salaam|sasa(?= (?:doc|daktari|dokta) )) )*(?:(?:sina|hakuna|hamna)(?: (?:hiyo|hizo|izo|iyo|hayo|hizi))?(?: (?:mawazo|wazo|thoughts|plan|ploti|ideas?|mpango|nia) (?:ya|za|wa))?|(?:sijapata|sijawa na|sijakuwa na)(?: (?:hiyo|hizo|izo|iyo|hayo|hizi))?(?: (?:mawazo|wazo|thoughts)(?: yoyote)? (?:ya|za|la))?|sija(?:wahi|wai) (?:fikiria|waza)) $/u;
/** A denial of the thoughts opening its clause, for the day's exemption (review 76: not "hopefully i have no thoughts
 * of killing myself today", "im trying to have no …", "my mind is made up and i have no …"). */
const THOUGHTS_OPENING = new RegExp(
  `^ ${LEAD}(?:(?:(?:i (?:have|ve|got)|ive|there (?:are|is)|theres) )?no(?: suicidal)? (?:thoughts?|ideas?|urges?)(?: (?:of|about|to))?|(?:i )?(?:dont|do not) have any(?: suicidal)? (?:thoughts?|ideas?|urges?) (?:of|about|to)|(?:sina|hakuna|hamna)(?: (?:hiyo|hizo|izo|iyo|hayo|hizi))?(?: (?:mawazo|wazo|fikra|thoughts) (?:ya|za|la|wa))?) $`,
  'u',
);
/** "i havent had any [suicidal thoughts]", "i have not had any thoughts of [harming myself]": review 12 withdrew "haven't
 * had any" as a denial anywhere ("… except last night", "… this intense before"); said on its own it is one (session 45). */
const HAD_NONE_OPENING = new RegExp(
  `^ ${LEAD}(?:i )?(?:havent|have not) had any(?: suicidal)?(?: (?:thoughts?|ideas?|urges?) (?:of|about|to))? $`,
  'u',
);
export const hadNoneOpens = (before: string, cue: string, earlier: readonly string[]): boolean =>
  HAD_NONE_OPENING.test(before) &&
  greetingOnly(earlier) &&
  (/ (?:of|about|to) $/u.test(before) ||
    SUICIDAL_THOUGHTS.test(cue) ||
    /^ (?:thoughts|ideas|urges) (?:of|about|to) /u.test(cue));

/** All that may follow: the day, or the denial said again ("… kabisa", "… at all", "… niko sawa", "… or plans"). */
const AFTER =
  /^ (?:(?:today|leo|this (?:week|month)|at all|lately|recently|(?:in|for) (?:a (?:long )?(?:time|while)|(?:many |several |a few )?(?:years|months|weeks|ages))|wiki hii|mwezi huu|hii (?:wiki|mwezi)|kwa (?:muda mrefu|miezi(?: kadhaa| mingi)?)(?: sasa)?|kabisa|hata kidogo|hata (?:siku|mara) moja|kamwe|bana|(?:asante(?: sana)?|thank you|thanks)(?: (?:kwa kuuliza|for asking))?|thank god|praise god|asante mungu|mungu ni mwema|daktari|dokta|doc|doctor|niko (?:sawa|poa|fiti|fresh|salama|okay|ok|fine)(?: tu| kabisa)?|(?:and )?(?:im|i am|i feel|feeling)(?: (?:doing|feeling))?(?: (?:fine|okay|ok|good|well|better|calm|stable|happy|grateful))|(?:and )?(?:im|i am)(?: doing)?(?= $)|all good|everything is (?:okay|ok|fine|good)|nothing (?:to report|new)|(?:or|and|no|nor|wala) (?:plans?|intent|self ?harm)|(?:(?:or|and|nor|wala) )?(?:no|any) (?:plans?|intent(?:ions?)?|self ?harm|mpango|nia)(?: (?:to|of) (?:hurt|harm|kill|end) (?:myself|my life)(?= (?:(?:today|leo|thank you|thanks|thank god|asante(?: sana)?|doctor|daktari|doc|dokta) )*$))?|(?:or|nor|wala) (?:plans?|intent(?:ions?)?|mpango|nia)(?: (?:to|of) (?:hurt|harm|kill|end) (?:myself|my life)(?= (?:(?:today|leo|thank you|thanks|thank god|asante(?: sana)?|doctor|daktari|doc|dokta) )*$))?) )*$/u;
/** The thoughts named by the cue itself. */
const SUICIDAL_THOUGHTS = /^ suicidal (?:thoughts|ideation|ideas|urges|feelings) /u;

/** Nothing after the denial but the day or the denial said again. */
export const nothingAfter = (sameSentence: string, later: string): boolean => {
  const rest = ` ${`${sameSentence} ${later}`.replace(/\s+/gu, ' ').trim()} `.replace(/^ +$/u, ' ');
  return AFTER.test(rest) && !VARIED_OVER.test(rest);
};
/** Three reassurances in a row, varied ("… im okay im good im fine", review 79), or "doing well" said twice (review 84). */
const VARIED_OVER =
  /(?: (?:im|i am|niko|i feel|feeling)(?: (?:doing|feeling|really|very|pretty|quite))*(?: (?:fine|okay|ok|good|well|better|sawa|poa|fiti)|(?= $))(?= )){3}| (?:doing|feeling) (well|better)(?= ).* (?:doing|feeling) \1(?= )/u;
/** A reassurance said over and over, before or after the denial ("… im fine im fine", review 76; "im fine. … im fine",
 * review 79), is no plain denial. */
export const SAID_OVER = / (fine|okay|ok|good|sawa|poa|fiti)(?= ).* \1(?= )/u;
/** What follows the denial without the check-in's own day before it. */
export const withoutToday = (sameSentence: string): string => sameSentence.replace(/^ *(?:today|leo)(?= |$)/u, ' ');

/** "i have no [suicidal thoughts]" opening the check-in, a greeting at most before it. */
export const plainNoOpens = (before: string, cue: string, earlier: readonly string[]): boolean =>
  EN_OPENING.test(before) && SUICIDAL_THOUGHTS.test(cue) && greetingOnly(earlier);

/** "hakuna [mawazo ya kujiua] leo", "sina hiyo mawazo ya [kujiua]", said on its own. */
export const spokenAlone = (before: string, sameSentence: string, later: string, earlier: readonly string[]): boolean =>
  SW_OPENING.test(before) && greetingOnly(earlier) && nothingAfter(sameSentence, later);

/** A denial of the thoughts ("no thoughts of [suicide]", "[suicidal thoughts]", not a plan or intent) opening the
 * check-in: the check-in's own day does not take it back. */
export const thoughtsOpen = (before: string, cue: string, earlier: readonly string[]): boolean =>
  greetingOnly(earlier) &&
  (THOUGHTS_OPENING.test(before) ||
    (EN_OPENING.test(before) && /^ (?:suicidal )?(?:thoughts?|ideas?|urges?) /u.test(cue)) ||
    (SW_OPENING.test(before) && /^ (?:mawazo|wazo|fikra|thoughts?) /u.test(cue)));

/** What may open the everyday sentence after "i have no suicidal thoughts" (review 76): not a hedge, place or report. */
const EVERYDAY_START =
  /^ (?:(?:today|leo|at all|kabisa|wallahi) )*(?:just|only|but|and|so|tomorrow|kesho|doctor|daktari|i (?!(?:guess|suppose|believe|think|mean|hope|wish|pray)\b)|im|ive|my|the|been|feeling|felt|went|tired|stressed|busy|worried|work|school|kazi|shule|ni|nime\p{L}*|lakini|ila)\b/u;
/** … nor one that retracts it ("jk", "yeah right", "natania", "… at school but at work yes", "… my usual answer"). */
const RETRACTED =
  / (?:jk|just kidding|kidding|joking|sike|yeah right|as if|false|wrong|natania|nakutania|nadanganya|nakudanganya|mchezo|yes|ndio|alone|according|supposedly|officially|apparently|answer|line|script|unlike|mostly|usually|often|much|wish|pray|lucky|discharged|survived|admitted|ward|icu)(?= )/u;
export const everydayOpens = (sameSentence: string, later: string): boolean => {
  const t = ` ${sameSentence.replace(/\s+/gu, ' ').trim()} `;
  return (t.trim() === '' || EVERYDAY_START.test(t)) && !RETRACTED.test(`${t}${later} `.replace(/\s+/gu, ' '));
};

/** Typed signs a denial said alone must not carry (review 77): an emoji other than a few everyday ones (🙏 😊 🙂 😀 👍 ❤
 * 😴 💤), a question mark, quotation marks ("hakuna mawazo ya kujiua 🥀", "no suicidal thoughts?", "eti 'hakuna …'"). */
const EMOTICON = /(?:^|\s)(?:>?[:;=]['’]?-?[([/\\|{]|<\/3|[)\]]-?[:;]|T_T|;_;|\._\.|>_<|D:(?!\p{L}))/u;
const MARKS =
  /(?![\u{1F64F}\u{1F60A}\u{1F642}\u{1F600}\u{1F44D}\u{2764}\u{1F634}\u{1F4A4}])\p{Extended_Pictographic}|[?"\u201C\u201D\u00AB\u00BB]|(?<!\p{L})'|'(?!\p{L})/u;
export const markedAsWritten = (written: string): boolean =>
  MARKS.test(written) || EMOTICON.test(written) || TRAILING.test(written);
/** A trailing-off ("…", "...") or a run of emoji (review 79: "i have no suicidal thoughts...", "🙂🙂🙂 im fine"). */
const TRAILING = /\.\.\.|\u2026|(?:\p{Extended_Pictographic}\uFE0F?\s*){3}/u;

/** A reassurance ("im fine", "i am doing well", "niko sawa"), counted across the check-in (review 87). */
const REASSURED =
  / (?:im|i am|niko|i feel|feeling)(?: (?:doing|feeling|really|very|pretty|quite))*(?: (?:fine|okay|ok|good|well|better|calm|happy|grateful|stable|sawa|poa|fiti))(?= )/gu;
/** SAID_OVER anywhere in the check-in, or three reassurances anywhere in it; every reading here is asked only where
 * this is false (reading.ts). */
export const saidOverAround = (parts: readonly string[]): boolean => {
  const all = ` ${parts.join(' ').replace(/\s+/gu, ' ').trim()} `;
  return (all.match(REASSURED) ?? []).length >= 3 || SAID_OVER.test(all);
};
