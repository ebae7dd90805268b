import { re } from './words.js';

// Everyday senses of the backstop's dying words (RULES.md, "Dying words that are no wish"): things that are dead,
// others' deaths, hyperbole and fear. Only the backstop consults them, and only for the dying word they cover, so no
// named cue ("i want to die alone") and no other dying word of the same clause is ever cancelled by them.

const RELATIVES =
  'father|mother|dad|mum|mom|parents?|brothers?|sisters?|grandfather|grandmother|grandma|grandpa|uncle|aunt|cousin|husband|wife|son|daughter|family members?|relatives|babu|bibi';
const THING =
  '(?:phone|battery|laptop|charger|car|wallet|group chat|chat|town|party|vibe|network|plants?|crops?|business|market|simu|betri)';

export const NOT_A_WISH = re(
  [
    // A thing that is dead or dying: "my phone is dead", "the group chat has been dead", "battery is dying".
    ` ${THING} (?:is|was|are|were|has been|have been|went|just|iko|ni) (?:\\p{L}+ )?(?:dead|dying) `,
    // "dead" before a noun or as an intensifier: "dead set on", "a dead zombie", "dead meat" (not "a dead son": "they'd
    // rather have a dead son, some days i'd rather be one").
    ` dead (?:battery|phone|set|zombie|meat|man|giveaway|silence|weight|asleep|certain|sure|broke|drunk|beat|last|animals?|cows?|goats?|dogs?|chickens?) `,
    ' walking dead ',
    // "I'm so embarrassed I could die": the construction of hyperbole, with adjectives that name no despair.
    ' so (?:embarrassed|hungry|happy|excited|full|bored|thirsty|hot|jealous|nervous) (?:that )?i (?:could|can|will|would) (?:literally |actually |just )?die ',
    // Sports: "if the Harambee Stars lose again I'll die".
    ' if (?:\\p{L}+ ){1,5}(?:lose|loses|lost|draw|draws) (?:\\p{L}+ ){0,4}i (?:will|ll|am going to|am gonna|m gonna) (?:just |literally )?die ',
    // Habit to the end of working life, no wish: "do that shit until I retire or die" (not "sleep till I die").
    ' (?:until|till|til) i \\p{L}+ or die ',
    // Laughter that nearly killed: "nilicheka hadi nikakaribia kufa" (not "… hadi nikatamani kufa", a wish), "nimekufa na cheko".
    ' (?:cheka|nilicheka|nimecheka|tulicheka|laughed|laughing) (?:\\p{L}+ ){0,3}(?:mpaka|hadi|till|until) (?:nikakaribia|tukakaribia|nusura|i almost|we almost|i nearly) (?:kufa|die|died) ',
    ' (?:nakufa|nimekufa|nitakufa|tunakufa|tulikufa) (?:na|kwa) cheko ',
    // "kufa kupona": by hook or by crook.
    ' kufa kupona ',
    // Fear with an intensifier ("naogopa sana kufa"), and health anxiety ("convinced myself I'm dying").
    ' naogopa (?:sana |kabisa |mno )?(?:kufa|kifo|kudedi|kudie) ',
    ' convinced (?:myself|me) (?:that )?i (?:am|m) dying ',
    // Someone else's death: "watched my father suddenly die", "kifo cha Rais", "babu yangu anakaribia kufa".
    ` (?:${RELATIVES}) (?:\\p{L}+ )?(?:die|died|dying|dead) `,
    ' kifo cha ',
    ' (?:ana|ali|ame|ata|wana|wali|wame|wata)\\p{L}+ kufa ',
  ].join('|'),
);
