import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// A wish to join one's dead now ("i want to join my mother in the grave", "nataka kumfuata mama kaburini", "nataka kwenda
// kwa babu huko mbinguni sasa hivi"): a passive wish to be dead told through the person who died, as grief does. Not a
// visit to the grave, a burial wish "when my time comes", nor a hope of meeting "one day". Raise only (LATER_CUES).

const KIN_EN =
  '(?:mother|mum|mom|mama|father|dad|daddy|baba|baby|son|daughter|child|husband|wife|grandmother|grandma|grandfather|grandpa|brother|sister|twin|parents|family|mzee|shosho|guka|kids|children)';
/** Where the dead are: the grave, heaven, the other side. */
const WHERE_EN =
  '(?:in (?:the |her |his |their )?(?:grave|ground|heaven|afterlife)|to (?:the|her|his|their) grave|six feet under|on the other side|in the next life|mbinguni|kaburini)';
const JOIN_EN = `(?:i (?:just |really |honestly )?(?:want|wanna|wish|long|pray|am ready|feel like)(?: to)?|im (?:ready|going) to|i am going to|i will|ill|i feel like) (?:join|joining|be with|follow|following|go to|lie with|lie next to|lie beside|rest with|reunite with) (?:my )?(?:late |dead |departed |beloved )?${KIN_EN}(?: (?:and my )?\\p{L}+){0,2}? ${WHERE_EN}`;
/** "my late mother", "my dead son": the kin named dead, no place needed. */
const JOIN_LATE_EN = `(?:(?:i (?:just |really |honestly )?(?:want|wanna|wish|long|am ready)(?: to)?|im ready to) (?:join|follow|reunite with|be with)|(?:god|lord|mungu)(?: please)? take me (?:home )?to) my (?:late|dead|departed) ${KIN_EN}(?! (?:in|into|as|by|s|example|footsteps|family|relatives|people|friends|church|business|work|teaching|path|advice|to (?!the grave|heaven)|at|for|on)(?= |$))`;
const KIN_SW =
  '(?:(?:marehemu |late )?(?:mama|baba|mtoto wangu|mwanangu|wanangu|watoto wangu|mume wangu|mke wangu|bibi|babu|dada|kaka|wazazi wangu|shosho|guka|mzee|mum|mom|dad|grandma|grandpa|mzae|mathe|fathe|buda|cucu)(?: (?:yangu|wangu))?|marehemu \\p{L}+)';
const WANT_SW =
  '(?:nataka|natamani|ningependa|naomba|nimeamua|niko tayari|nko tayari|ningetaka|nadai|naskia tu|naskia|nahisi tu|unataka|inataka)(?: tu)?';
/** Followed to the grave, or gone to where they are ("kwenda kwa … kaburini" is a visit, so only heaven or "aliko"). */
const JOIN_SW = `${WANT_SW} (?:kujoin|ku join|kumfuata|kuwafuata|kujiunga na|kuungana na|kuwa na) marehemu \\p{L}+|${WANT_SW} (?:kujoin|ku join|kumfuata|kuwafuata|kujiunga na|kuungana na|kuwa na|kwenda kwa|kuenda kwa) (?:${KIN_SW})(?: \\p{L}+)? (?:marehemu|aliyefariki|aliyekufa|waliokufa|waliofariki)|${WANT_SW} kulala kaburini (?:pamoja )?na (?:${KIN_SW})|${WANT_SW} (?:kujoin|ku join) (?:${KIN_SW}) (?:kaburini|mbinguni|heaven)|${WANT_SW} (?:kwenda|kuenda) kwa (?:${KIN_SW}) (?:huko )?upande (?:ule |wa )?(?:mwingine|wa pili)|${WANT_SW} (?:kumfuata|kuwafuata|kujiunga na|kuungana na|kuwa na|kwenda kwa|kuenda kwa) (?:${KIN_SW})(?: (?:na|yangu|wangu|\\p{L}+)){0,3}? (?:huko )?(?:mbinguni|heaven|ahera|kuzimu)|${WANT_SW} (?:kumfuata|kuwafuata|kujiunga na|kuungana na) (?:${KIN_SW})(?: (?:\\p{L}+)){0,2}? kaburini|(?:nimfuate|niwafuate|nijiunge na) (?:${KIN_SW})(?: \\p{L}+){0,2}? (?:kaburini|mbinguni)`;
/** Not now: when my time comes, one day, when I die, a visit, a funeral, a song. */
const NOT_NOW = re(
  ` (?:when my time (?:comes|is up)|one day|someday|some day|when i die|after i die|when i am old|in old age|god willing|wakati wangu ukifika|siku moja|nikifa|nikizeeka|mungu akipenda|visit|to visit|kutembelea|kusafisha|clean|flowers|maua|buried|kuzikwa|nizikwe|funeral|mazishi|matanga|memorial|anniversary|kumbukumbu|song|wimbo|hymn|film|movie|story|amen|amina) `,
);

/** The dead named only by a pronoun ("i want to follow her", "nataka kumfuata kaburini"): read where the check-in says
 * someone died, and not a footstep, an example or a journey followed. */
const FOLLOW_THEM_EN =
  '(?:i (?:just |really )?(?:want|wanna|wish)(?: to)?|im ready to|i am ready to) (?:follow|join|be with|go to) (?:her|him|them)(?= $| (?:where (?:she|he|they) (?:is|are)|in (?:the grave|heaven)|on the other side|now|today|tonight|i dont|i cant|i do not|there is nothing|nothing)(?= |$))';
const FOLLOW_THEM_SW = `${WANT_SW} (?:(?:kumfuata|kuwafuata)(?: (?:${KIN_SW}))?(?: (?:huko|tu))? (?:kaburini|aliko|alipo|waliko|walipo|mbinguni)|(?:kuwa na|kwenda kwa|kuenda kwa)(?: (?:${KIN_SW}))?(?: (?:huko|tu))? (?:aliko|alipo|waliko|walipo|mbinguni))(?! (?:\\p{L}+ni|nairobi|mombasa|kisumu|nakuru|town|tao|shags|ocha|kazi|shule|kwake)(?= |$))`;
/** Where the dead are, said of kin ("… to be with my mother where she is", "… go to my dad up there"). */
const WHERE_THEY_ARE_EN = `(?:i (?:just |really )?(?:want|wanna|wish)(?: to)?|im ready to|i am ready to) (?:join|be with|go to|follow) (?:my )?(?:late )?${KIN_EN} (?:where (?:she|he|they) (?:is|are)(?: now)?|wherever (?:she|he|they) (?:is|are)(?: now)?|up there)(?= $| (?:now|today|tonight|i dont|i cant|sasa)(?= |$))`;
/** In the grave or heaven with them, or woken beside them there. */
const WITH_THEM_EN =
  '(?:i wish i (?:was|were) (?:in the grave|six feet under|in heaven|buried) with (?:him|her|them|my \\p{L}+)|i (?:just )?want to (?:sleep and )?wake up (?:next to|with|beside) (?:him|her|them|my \\p{L}+) in heaven)';
/** Someone died: said anywhere in the check-in. */
const SOMEONE_DIED = re(
  ' (?:died|passed|passed away|late|gone now|is gone|buried|grave|funeral|heaven|other side|alifariki|amefariki|alikufa|amekufa|marehemu|kaburi\\p{L}*|mazishi|matanga|mbinguni|hayupo tena) ',
);

/** Not now, a joke or someone else's words. The speaker wishes it ("i want …", "nataka …"); the kin named is who they
 * would join, not whose wish it is. */
const guards = {
  unlessNear: new RegExp(`${NOT_NOW.source}|${JOKE_AFTER.source}`, 'u'),
  unlessBefore: new RegExp(`${NOT_NOW.source}|${NOT_OWN_PLAN.source}`, 'u'),
  unlessWritten: WRITTEN_AS_FORM,
  selfReferring: true,
} as const;

export const JOIN_DEAD_CUES: readonly Cue[] = [
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(` (?:${JOIN_EN}|${JOIN_LATE_EN}|${JOIN_SW})(?= |$)`),
    ...guards,
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(` (?:${FOLLOW_THEM_EN}|${FOLLOW_THEM_SW}|${WITH_THEM_EN}|${WHERE_THEY_ARE_EN})(?= |$)`),
    onlyWhole: SOMEONE_DIED,
    ...guards,
  },
];
