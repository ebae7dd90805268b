import type { Clause } from './normalise.js';

// Wishes told across a text without a death word of their own (RULES.md, "Wishes without a death word"): after
// someone's death, wanting to follow or join them or saying it should have been oneself; after a death word, welcoming
// it. The death named alone is grief or talk; the wish after it is the speaker's own.

const RELATIVES =
  'mum|mom|mother|dad|father|son|daughter|wife|husband|brother|sister|baby|child|friend|grandma|grandpa|grandmother|grandfather|mama|baba|bibi|babu|kaka|dada|mwanangu|rafiki';
/** The wish ends its clause, or only a word of time or place ("again", "soon", "there", "in heaven", "tena", "huko",
 * "mbinguni", "milele" …) or "so we …" follows. */
const THEN_ENDS =
  '(?: (?:again|soon|now|there|in heaven|up there|forever|already|too|tena|huko|mbinguni|sasa|milele))? (?:$|so (?:that )?(?:we|were|well) )';
/** Someone's death named: a person who died or passed away (not a phone that died), alifariki, marehemu, a funeral. */
const SOMEONE_DIED = new RegExp(
  [
    ` (?:he|she|they|${RELATIVES}|uncle|aunt|auntie|cousin|twin|neighbour|neighbor|boyfriend|girlfriend|fiance|fiancee|partner|bestie) (?:\\p{L}+ )?(?:died|passed away|passed on|was killed|were killed|is dead|is gone now|was dead) `,
    ` lost (?:my|our) (?:\\p{L}+ )?(?:${RELATIVES}|twin|uncle|aunt|cousin|partner|fiance) (?:to|last|this|in|on|at|a|an|two|three|\\p{N}+|$)`,
    ' (?:alifariki|amefariki|walifariki|wamefariki|aliaga dunia|ameaga dunia|alikufa|amekufa|walikufa|wamekufa|ali die|alidie|amedie|marehemu|msiba|mazishi|kifo cha|funeral|burial) ',
  ].join('|'),
  'u',
);
/** Following, joining or being with them, or "it should have been me", ending the clause: not "be with my mum this
 * weekend" or "follow him into farming". */
const JOIN = new RegExp(
  [
    ` (?:let me|i want to|i wanna|i wish i could|i just want to|i long to|i am ready to|im ready to|take me to|allow me to) (?:go )?(?:join|follow|be with) (?:him|her|them|my (?:${RELATIVES}))${THEN_ENDS}`,
    ` (?:nataka|natamani|naomba|ningependa|najiskia|najisikia|nafeel|niko tayari) (?:tu |sana )?(?:ku|ni)(?:mfuata|mfuate|wafuata|wafuate|ungana na|ungane na|jiunga na|jiunge na)(?: (?:yeye|wao|${RELATIVES}))?${THEN_ENDS}`,
    ` it should have (?:been|taken) me(?: instead)?${THEN_ENDS}`,
    ` (?:ingekuwa|ilipaswa kuwa|ingefaa kuwa) mimi(?: badala yake)?${THEN_ENDS}`,
    ` (?:i )?(?:just )?(?:want|wish|hope|pray) (?:for )?my turn (?:to come|comes|will come|would come)${THEN_ENDS}`,
  ].join('|'),
  'u',
);
/** Someone else's words told: "she told me 'i want to be with him'" is not the speaker's wish. */
const REPORTED = / (?:said|says|told me|tells me|asked|asks|alisema|anasema|aliniambia|ananiambia|ameniambia) /u;
/** Any word of death or dying, the speaker's or not. */
const DEATH_WORD = / (?:die|dies|died|dying|dead|death|kufa|kifo|kudedi|kudie) /u;
/** Almost dying, and wishing one had (not "grandpa died before I could visit him, I wish I had": regret). */
const NEAR_DEATH = / (?:almost|nearly) (?:died|die|dying) /u;
const WISHED_I_HAD = / (?:i )?(?:wished|wish) i (?:had|did)(?: too| as well)? $/u;
/** Welcoming it, longing for it, hoping it is true. */
const WELCOME =
  / (?:i would|id|i d|i will|ill|i ll) (?:honestly |really |actually |just )?welcome it | i (?:long|am longing) for it | i (?:want|hope|wish) (?:it|that) (?:to be|was|is|were) (?:true|real) | i (?:hope|wish) (?:its|thats) (?:true|real) | nakitamani | nakitaka | ningekikaribisha | natumaini (?:ni|iwe|itakuwa) kweli /u;

/** The clause in which the speaker wishes to follow the dead or welcomes death, if any. */
export function wishAfterDeath(cs: readonly Clause[]): Clause | undefined {
  /** The first clause from the one `trigger` names on that says `wish`. */
  const after = (trigger: RegExp, wish: (c: Clause) => boolean) => {
    const i = cs.findIndex((c) => trigger.test(c.text));
    return i >= 0 ? cs.slice(i).find(wish) : undefined;
  };
  return (
    after(SOMEONE_DIED, (c) => JOIN.test(c.text) && !REPORTED.test(c.text)) ??
    after(DEATH_WORD, (c) => WELCOME.test(c.text)) ??
    // "… until I almost died, and for a second I wished I had": the wish said by ellipsis after a near death.
    after(NEAR_DEATH, (c) => WISHED_I_HAD.test(c.text))
  );
}
