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
  '(?:in (?:the |her |his |their )?(?:grave|ground|heaven|afterlife)|six feet under|on the other side|where (?:she|he|they) (?:is|are)(?: now)?|up there|in the next life)';
const JOIN_EN = `(?:i (?:just |really |honestly )?(?:want|wanna|wish|long|pray|am ready|feel like)(?: to)?|im (?:ready|going) to|i am going to|i will|ill) (?:join|be with|follow|go to|lie with|rest with) (?:my )?(?:late |dead |departed |beloved )?${KIN_EN}(?: (?:and my )?\\p{L}+){0,2}? ${WHERE_EN}`;
/** "my late mother", "my dead son": the kin named dead, no place needed. */
const JOIN_LATE_EN = `(?:i (?:just |really |honestly )?(?:want|wanna|wish|long|am ready)(?: to)?|im ready to) (?:join|follow) my (?:late|dead|departed) ${KIN_EN}`;
const KIN_SW =
  '(?:mama|baba|mtoto wangu|mwanangu|mume wangu|mke wangu|bibi|babu|dada|kaka|wazazi wangu|shosho|guka|mzee)';
const WANT_SW = '(?:nataka|natamani|ningependa|naomba|nimeamua|niko tayari|nko tayari|ningetaka|nadai)';
/** Followed to the grave, or gone to where they are ("kwenda kwa … kaburini" is a visit, so only heaven or "aliko"). */
const JOIN_SW = `${WANT_SW} (?:kumfuata|kuwafuata|kujiunga na|kuungana na|kuwa na|kwenda kwa) (?:${KIN_SW})(?: (?:na|yangu|wangu|\\p{L}+)){0,3}? (?:huko )?(?:mbinguni|aliko|alipo|waliko|walipo|ahera|kuzimu)|${WANT_SW} (?:kumfuata|kuwafuata|kujiunga na|kuungana na) (?:${KIN_SW})(?: (?:\\p{L}+)){0,2}? kaburini|(?:nimfuate|niwafuate|nijiunge na) (?:${KIN_SW})(?: \\p{L}+){0,2}? (?:kaburini|mbinguni|aliko|waliko)`;
/** Not now: when my time comes, one day, when I die, a visit, a funeral, a song. */
const NOT_NOW = re(
  ` (?:when my time (?:comes|is up)|one day|someday|some day|when i die|after i die|when i am old|in old age|god willing|wakati wangu ukifika|siku moja|nikifa|nikizeeka|mungu akipenda|visit|to visit|kutembelea|kusafisha|clean|flowers|maua|buried|kuzikwa|nizikwe|funeral|mazishi|matanga|memorial|anniversary|kumbukumbu|song|wimbo|hymn|film|movie|story) `,
);

export const JOIN_DEAD_CUES: readonly Cue[] = [
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(` (?:${JOIN_EN}|${JOIN_LATE_EN}|${JOIN_SW})(?= |$)`),
    unlessNear: new RegExp(`${NOT_NOW.source}|${JOKE_AFTER.source}`, 'u'),
    unlessBefore: new RegExp(`${NOT_NOW.source}|${NOT_OWN_PLAN.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
    // The speaker wishes it ("i want …", "nataka …"); the kin named is who they would join, not whose wish it is.
    selfReferring: true,
  },
];
