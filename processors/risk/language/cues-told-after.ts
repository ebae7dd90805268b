import type { Cue } from './patterns.js';
import { NOT_NOW } from './cues-act-intent.js';
import { DAYS, JOKE_AFTER, NOT_OWN_PLAN, SIKU } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An attempt told by what it left or by the story told to hide it (session 32, review 122): "i drank bleach and now
// my throat hurts", "i drank jik on friday", "nilikunywa jik koo linauma", "i told the doctor i fell but i jumped", "i
// took all the pills i told my mum it was food poisoning but it was not". The older cues read a poison drunk only with
// a time word from a short list or a rescue after it. Raise only (LATER_CUES).

/** Drunk only to poison oneself: not paraffin or kerosene (a child's mistake, a siphon), not medicine. */
const POISON =
  '(?:jik|jick|bleach|rat poison|ratoxin|pesticide|insecticide|cattle dip|tick dip|doom|sniper|paraquat|weed ?killer|poison|dawa ya (?:panya|kupe|kuua wadudu|mende|shamba)|sumu ya panya|sumu)';
const HOW_MUCH = '(?:some |the |a bottle of |a whole bottle of |a cup of |a glass of |half a bottle of )?';
/** What the poison did, told right after: the throat, the stomach, vomiting, a hospital bed. */
const HARM_EN =
  '(?:my (?:throat|stomach|chest|mouth|kidneys?|insides) (?:is |are |was |were |still |really |so |has been |have been )*(?:burnt|burned|burning|hurts?|hurting|burns|sore|in pain|paining|damaged|bleeding|failing|struggling|on fire)|i (?:vomited|was vomiting|threw up|started vomiting|have been vomiting|vomit)(?: blood)?|i (?:woke up|ended up) in (?:the )?(?:hospital|ward|icu))';
const HARM_SW =
  '(?:tumbo inauma|koo (?:linauma|linawaka|limeungua|limechomeka|liliungua|lilichomeka)|tumbo (?:linauma|linawaka|liliuma)|nikatapika|nimekuwa nikitapika|natapika|nilitapika(?: damu)?|nikaamka hospitalini)';
const DRUNK_EN = `i (?:have |just |already )*(?:drank|drunk|swallowed) ${HOW_MUCH}${POISON}`;
const DRUNK_SW = `(?:nilikunywa|nimekunywa|nimeshakunywa|nikakunywa|nilimeza|nimemeza|nikameza|nimebugia|nilibugia) ${POISON}`;
/** Only a time between the drink and the harm (red team 125: "… doom spraying the house and now my throat …"). */
const NO_CAUSE = `(?: (?:an hour ago|just now|last night|yesterday|this morning|(?:on |last )?(?:${DAYS})(?: night)?|jana|juzi|usiku|leo))?`;
/** The hour of it, as a named day is (session 33, blind review 132: "i drank jik an hour ago", "nilikunywa jik asubuhi"). */
const RECENT_EN =
  '(?:(?:an|one|two|three|\\p{N}+|a few|thirty|twenty|ten|fifteen) (?:hours?|minutes?|mins?) ago|just now|earlier(?: today)?|last night|this (?:morning|afternoon|evening)|in the morning|yesterday|today|tonight)';
const RECENT_SW =
  '(?:jana (?:usiku|jioni|asubuhi)|jana|asubuhi|leo|sasa hivi|usiku|saa (?:\\p{L}+|\\p{N}+) (?:iliyopita|zilizopita)|dakika (?:\\p{L}+|\\p{N}+) (?:iliyopita|zilizopita))';
const POISON_THEN = [
  ` ${DRUNK_EN}${NO_CAUSE} (?:and )?(?:now |then |after that )?${HARM_EN}(?= |$)`,
  ` ${DRUNK_SW}${NO_CAUSE} (?:na )?(?:sasa )?${HARM_SW}(?= |$)`,
];
/** A poison drunk with only when after it. */
const POISON_WHEN = [
  ` ${DRUNK_EN} (?:(?:on |last )?(?:${DAYS})(?: night| evening| morning)?|${RECENT_EN})(?= $| (?:and|i|now|my|so)(?= |$))`,
  ` ${DRUNK_SW} (?:(?:siku ya )?(?:${SIKU})(?: usiku| jioni| asubuhi)?|${RECENT_SW})(?= $| (?:na|sasa|koo|tumbo)(?= |$))`,
];
/** With only when told, a "but" that is no outcome explains it away (red team 133: "… but it was water in a jik
 * bottle", "… lakini ilikuwa kosa", "… but only a sip while cleaning"), as does a dare. */
const EXPLAINED = re(
  ' (?:(?:but|lakini|ila|though) (?!(?:then )?(?:i )?(?:vomited|threw up|survived|woke up|was rushed|didnt die|am still alive)\\b|they (?:found|rushed|took) me|(?:my|the) \\p{L}+ (?:found|rushed|took) me|(?:nika|nili)tapika|(?:wa|a)(?:ka|li)nipeleka|nikaokolewa|sikufa|bado niko hai)|(?:dared|dare|challenge) )',
);
/** The listener told a story: a carer, a doctor, the family. */
const LISTENER =
  '(?:the |my |our )?(?:doctor|doctors|dr|nurse|nurses|daktari|mum|mom|mother|mama|dad|father|parents|family|everyone|everybody|them|her|him|people|teacher|husband|wife)';
const STORY = '(?:accident|glass|knife|fell|fall|slipped|kitchen|cat|food poisoning|malaria|a bug|stomach bug)';
/** The story told; the truth comes after a "but", a clause of its own, and ends the check-in (red team 125: "… but it
 * was not it was typhoid and he gave me tablets"). */
const STORY_TOLD = ` i told ${LISTENER}(?: that)? (?:it was|i) (?:\\p{L}+ ){0,3}?${STORY}(?= |$)`;
/** The truth that is itself the act ("… but i jumped"), or one that denies the story beside an act told elsewhere. */
const TRUTH_ACT = ` (?:but|lakini) i (?:jumped(?: (?:on purpose|deliberately|(?:from|off) (?:the |a )?(?:bridge|roof|building|balcony|window|flats?)))?|cut myself(?: on purpose)?|took them(?: all)?(?: on purpose)?|swallowed them(?: all)?|drank it(?: on purpose)?|did it to myself|wanted to die)`;
const TRUTH_DENIED = ` (?:but|lakini) (?:it (?:was not|wasnt|was on purpose)|i (?:did it|did it on purpose|lied))`;
const COVER = [
  ` (?:i did not|i didnt|i never|i havent|i have not) (?:tell|told) ${LISTENER}(?: that)? (?:it was|i did it|i took them|i drank it|i swallowed it) (?:on purpose|deliberately|intentionally)(?= |$)`,
  ` (?:nobody|no one|noone) knows (?:it was|i did it|i took them|i drank it) (?:on purpose|deliberately|intentionally)(?= |$)`,
  ` (?:sikumwambia|sikuwaambia|sijamwambia|sijawaambia) (?:daktari|nesi|mama|baba|mtu yeyote|mtu)(?: kwamba| kuwa)? (?:nili\\p{L}+ )?(?:kwa )?makusudi(?= |$)`,
];
/** The speaker's own harm in the check-in (red team 125: "i cut my hair", "i burnt his letters", "tablets" the doctor
 * gave are no self-harm). */
const OWN_ACT = re(
  ' (?:i (?:swallowed|drank|drunk) (?:the |some |a bottle of )?(?:pills|tablets|poison|rat poison|jik|bleach|pesticide)|i took (?:all|all the|all my) (?:pills|tablets)|i took the (?:pills|tablets) on purpose|i cut (?:myself|my wrists?|my arms?)|overdose|nilimeza (?:vidonge|sumu)|nilikunywa (?:sumu|jik|dawa ya panya)|nilijikata) ',
);
/** Right before it, someone's belief ("people think i drank jik …"): a rumour, not the speaker's account. */
const BELIEVED =
  / (?:think|thinks|thought|believe|believes|suspect|suspects|assume|assumed|wanadhani|wanafikiri|anadhani|alidhani)(?: that| kwamba)? $/u;
/** In the check-in: spraying, or a poison kept in a drink's bottle (red team 125: "… swallowed some doom spraying …",
 * "my nephew put jik in a soda bottle …"): an accident told. */
const SPRAYED = re(
  ' (?:spray\\p{L}*|sprayer|fumigat\\p{L}*|(?:soda|water|juice|drink) bottle|bottle of (?:soda|water|juice)) ',
);
const guards = {
  unlessSentence: NOT_NOW,
  unlessNear: JOKE_AFTER,
  unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${BELIEVED.source}`, 'u'),
  unlessWritten: WRITTEN_AS_FORM,
  selfReferring: true,
} as const;

export const TOLD_AFTER_CUES: readonly Cue[] = [
  { tier: 'behaviour', code: 'attempt', re: re(`(?:${POISON_THEN.join('|')})`), unlessWhole: SPRAYED, ...guards },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${POISON_WHEN.join('|')})`),
    unlessWhole: new RegExp(`${SPRAYED.source}|${EXPLAINED.source}`, 'u'),
    ...guards,
  },
  { tier: 'behaviour', code: 'attempt', re: re(`(?:${COVER.join('|')})`), onlyWhole: OWN_ACT, ...guards },
  // The truth after the story may itself be the act ("… but i jumped"), or deny the story beside an act told elsewhere
  // (a beating hidden is the domestic-violence reading: only the speaker's own act counts).
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(STORY_TOLD),
    onlyWhole: new RegExp(`${TRUTH_ACT} *$|^(?=.*${TRUTH_DENIED} *$)(?=.*${OWN_ACT.source})`, 'u'),
    ...guards,
  },
];
