import type { Cue } from './patterns.js';
import { AT_LARGE } from './cues-oblique.js';
import { FORM_COLON, re } from './words.js';

// Thoughts of suicide named without an owner ("the suicidal thoughts …") and said to be strong, racing, unstoppable or
// frightening now, and thoughts one cannot stop (RULES.md, "Thoughts of suicide said to be strong"): the speaker's own
// in a check-in. Cues of their own beside the older one in cues-oblique.ts: widening that one let an earlier mention,
// cancelled as past or a film, hide a later one in a run-on clause, since a cue is judged on its first match (review 34).

/** The thoughts, with the spellings and the East African "suicide thoughts" a reviewer found. */
export const NOUN =
  '(?:(?:suicidal|suicdal|sucidal|suicidial) (?:thoughts|thots|thougts|feelings|urges|ideation)|suicide thoughts|thoughts (?:of|about) (?:suicide|killing myself|ending my life)|thoughts za (?:suicide|kujiua)|self ?harm(?:ing)? (?:urges|thoughts))';
const ARTICLE = '(?:the|those|these|my|and|hizi|zile)';
/** Someone else's thoughts, or the thoughts as a topic: an owner or a preposition right before them, past an article. */
const OTHERS =
  '(?:his|her|their|your|own|whose|having|with|of|for|about|on|if|whether|that|friends|brothers|sisters|cousins|moms|mums|dads|sons|daughters|husbands|wifes|mothers|fathers|uncles|aunts|aunties|nieces|nephews|boyfriends|girlfriends|partners|roommates|classmates|colleagues|neighbours|neighbors|students?|clients?|patients?|pupils|childs|kids|teens?|characters|girls|boys|members|callers)';
/** What someone said, wrote or taught, within two words before the thoughts. */
const REPORTED =
  '(?:say|says|said|saying|told (?:me|us|him|her)|tells (?:me|us)|telling me|explained|reminded us|thinks|reports|wrote|writes|texted|anasema|alisema|ameniambia|ananiambia|aliniambia|alinieleza|line is|opens with|example|roleplay|practice|quote|case study|reminder)';
// A word ending in s right before them, an article aside, is an owner's possessive once apostrophes are dropped ("my
// fiance's", "mzee's"; review 37).
const SUBJECT = `(?<! ${REPORTED}(?: \\p{L}+){0,2}) (?:${ARTICLE} )?(?<! (?:${OTHERS}|(?!(?:${ARTICLE}|nowadays|sometimes|always|plus|days|is|was|has|this|yes|its|thus|us|as) )\\p{L}+s) (?:${ARTICLE} )?)${NOUN}`;
/** At most one word between the verb and what it says, and not one that softens it ("are less intense"). */
const ADVERB = '(?: (?!(?:not|never|no|less|rarely|seldom|hardly|barely|sometimes|occasionally)\\b)\\p{L}+)?';
/** Said of them now: strong, unstoppable, frightening, begun again. */
export const PREDICATE = [
  `(?:are|is|have been|has been|theyre|they are|r)${ADVERB} (?:strong|intense|overwhelming|unbearable|racing|relentless|loud|bad|too much|heavy|winning|taking over)`,
  `(?:have|has) (?:gotten|become|got)${ADVERB} (?:worse|stronger|louder|bad|intense|unbearable|overwhelming)`,
  `(?:are |is )?getting (?:worse|stronger|louder|(?:harder|hard|impossible) to (?:ignore|fight|control|resist))`,
  `(?:started|began|have started|are starting) (?:again|coming back)`,
  `(?:started|began)(?= (?:last (?:night|week)|this week|yesterday|jana|today|tonight|leo) )`,
  `(?:are )?(?:hit|hits|hitting) (?:me )?hard`,
  `(?:are )?(?:scare|scares|scaring|frighten|frightens|terrify|terrifies|torment|torments|tormenting|haunt|haunts|haunting) me`,
  `(?:keep|kept|keeps|are keeping) me (?:up|awake)`,
  `(?:just )?(?:wont|will not|dont|do not|never) (?:stop|go away|leave me)`,
  `(?:zimeanza tena|haziishi|haziniachi|zinanisumbua)`,
].join('|');
/** The clause ends, or says when or how much. */
const NOW =
  '(?= $| (?:again|today|tonight|this week|lately|and|na|since|every|kila|last night|last week|yesterday|jana|right now|at night|usiku|leo|sasa|siku hizi|sana|kabisa|these days|nowadays|this morning|now|rn|anymore|all day|all week|alone|i cant|i can not|i cannot|cant|siwezi|please|help|and i) )';
/** Not being able to stop them ("i cant stop the suicidal thoughts", "siwezi control hizi suicidal thoughts"). */
const CANT =
  '(?:i (?:just |really |still )?(?:cant|cannot|can not|can no longer|cant seem to|dont know how to)|siwezi|nashindwa)';
const STOP =
  '(?:ku)?(?:stop|get rid of|shake off|shake|control|escape|handle|deal with|fight off|fight|cope with|switch off|turn off|ignore|silence|zuia)';
/** Before them in the clause: a question, a worry, a report. */
const NOT_SAID_OF_NOW = re(
  ' (?:if|when|whether|asked|ask|discussed|discuss|preached|talked|talk|says|said|say|saying|told|tells|telling|wrote|writes|texted|opens with|worry|worried|afraid|kama|kuhusu|line is|example|roleplay|radio|show|pastor) ',
);
/** Anywhere in the check-in: someone else's thoughts, a text, a lesson, a campaign or a past now over (review 34). */
const ABOUT_OTHERS = re(
  ' (?:song|track|beat|lyrics|film|movie|documentary|podcast|series|episode|drama|filamu|wimbo|kitabu|admitted|inmates|prison|he|she|his|him|her|ana depression|workshop|we learnt|gone now|jam|traffic|arsenal|man (?:u|you|united|utd)|chelsea|liverpool|mechi|mchungaji|hayuko sawa|(?:my|our) (?:husband|wife|mum|mom|mother|dad|father|brother|sister|friend|cousin|uncle|aunt) (?:is|was|has)|utani|joking|kidding|last year|doing well|(?:i am|im) (?:fine|better) now|housemate|roommate|flatmate|health worker|chv|mentor|referred|fading|weaker|better now|novel|chapter|book|poem|quote|billboard|lecture|class|exam|question|case study|roleplay|training|example|caller|clients?|patients|pupils?|students|teacher|mwalimu|preacher|pastor|sheikh|radio|tv|presenter|psychiatrist (?:here|says|said|explained)|as a (?:psychiatrist|doctor|nurse|counsellor|counselor|teacher|parent|mother|father|youth leader|leader|pastor)|nurse|campaign|awareness|you are not alone|reach out|talk to someone|journal|culture|aibu|healed|over now|is over|before therapy|(?:my|our|her|his) (?:daughters?|sons?|child|children|kids?|teen|teenager|girl|boy|\\p{N}+ year old) (?:is|has|was|says|said|told|keeps|having|in)|mwanangu|mtoto wangu|jokes?|tiktok|usijali|zinapita|they pass|anasema|alisema|they say) ',
);
/** As written: a question, a hashtag, a quotation or a form's colon (not a sad face's ":(" nor a clock's "2:30"), or
 * an upside-down smile or rolled eyes. */
export const WRITTEN_AS_FORM = new RegExp(`[?#"\u201c\u201d\u{1F643}\u{1F644}]|${FORM_COLON}`, 'u');

export const THOUGHTS_CUES: readonly Cue[] = [
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    selfReferring: true,
    re: re(`${SUBJECT} (?:${PREDICATE})${NOW}`),
    unlessBefore: NOT_SAID_OF_NOW,
    unlessNear: AT_LARGE,
    unlessWhole: ABOUT_OTHERS,
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(` ${CANT} ${STOP} (?:${ARTICLE} |all the |all these )?${NOUN}${NOW}`),
    unlessBefore: NOT_SAID_OF_NOW,
    unlessNear: AT_LARGE,
    unlessWhole: ABOUT_OTHERS,
    unlessWritten: WRITTEN_AS_FORM,
  },
];
