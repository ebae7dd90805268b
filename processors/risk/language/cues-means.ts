import type { Cue } from './patterns.js';
import { re, SW_SELF_HARM, SW_WANT } from './words.js';

// A means told in the speaker's own words: the C-SSRS screener's own examples (hanging, pills, shooting, cutting,
// jumping), by their general names only, never a substance, a dose or a place. Recognised, never described: these
// patterns only read what a person said, and what a clinician then sees is that person's own short span (RULES.md,
// "Means"). Without them "nataka kujinyonga", the commonest Swahili way to say one wants to end one's life, was low.

/** English reflexive acts on oneself, present and -ing forms ("shoot myself in the foot", "drown myself in work" not). */
const EN_SELF =
  '(?:(?:hang|hanging|poison|poisoning|stab|stabbing|electrocute|electrocuting|suffocate|suffocating|strangle|strangling) my ?self|(?:shoot|shooting) my ?self(?! in the foot)|(?:drown|drowning) my ?self(?! in (?!(?:the |a )?(?:river|lake|sea|ocean|water|dam|bath|bathtub|pool)\\b)))';
const EN_HEIGHT =
  '(?:off|from) (?:(?:a |the |that |this |my |our )?(?:(?:storey|story) )?(?:bridge|building|roof|rooftop|cliff|balcony|tower|window|ledge|top floor)|somewhere high|a height)';
const EN_VEHICLE = 'in front of (?:a |the )?(?:moving )?(?:train|bus|car|truck|lorry|matatu|traffic)';
/** Stepping, walking or throwing oneself in front of a vehicle or into traffic. */
const EN_STEP = '(?:jump|jumping|step|stepping|throw my ?self|throwing my ?self|walk|walking)';
/** Into traffic, in the plan cue only (a wish or intent): "i nearly stepped into traffic" is too often an everyday slip
 * to be an attempt, and "run into traffic" is getting stuck in it. */
const EN_INTO_TRAFFIC = 'into (?:oncoming |busy |moving )?(?:traffic|highway)';
/** Many pills at once, not a day's dose ("take all my pills" alone is how a patient says they took their medicine). */
const EN_PILLS =
  '(?:all (?:of )?(?:my|the|these|those) (?:pills|tablets|meds|medication|medicine|painkillers|pain killers) (?:at once|together|in one go|in the house|i have|i have got)|(?:a|the|my) (?:whole|full|entire) (?:bottle|box|pack|packet|strip) of (?:my )?(?:pills|tablets|meds|medication|medicine|painkillers|pain killers))';
/** The act, as an infinitive or a gerund ("want to hang myself", "thinking about hanging myself"). */
const EN_MEANS = `(?:${EN_SELF}|(?:slit|slitting|cut|cutting|slash|slashing) my (?:wrists?|throat)|(?:hang|hanging) my ?self from (?:a |the )?(?:tree|roof|ceiling|beam|rafters)|(?:throw my ?self|throwing my ?self) into (?:a |the )?(?:river|lake|sea|ocean|dam|well)|(?:jump|jumping|throw my ?self|throwing my ?self) ${EN_HEIGHT}|(?:${EN_STEP}|lie down|lying down) ${EN_VEHICLE}|overdose|overdosing|(?:take|taking|swallow|swallowing) ${EN_PILLS}|(?:drink|drinking|take|taking|swallow|swallowing) (?:some |the |that )?(?:rat |cattle |tick )?poison)`;
/** Wishing, thinking of, meaning to or undecided whether to: with a means named, a plan (C-SSRS question 3 and on, the
 * issue's "method"). */
const EN_TOWARD =
  '(?:(?:dont know|do not know|not sure|unsure|cant decide|cannot decide|wonder|wondering|sijui|najiuliza|nikijiuliza) (?:whether to|whether i should|if i should|if to)|let me|want|wanted|ready|prepared|feel like|felt like|feeling to|feel to|am feeling to|intention of|intention to|intention ya|think|thought|thinking|keep thinking|been thinking|considering|consider|considered|plan|planned|planning|am going|going|was going|will|would|could|might|should|am about|decided|have decided|tempted|urge|urges|my plan is|the plan is)';

/** Swahili: where one would throw oneself (a height, water, a vehicle), never a named place. */
const SW_DROP =
  '(?:(?:\\p{L}+ ){0,3}?(?:juu|ghorofa|ghorofani|gorofa|gorofani|jengo|jengoni|daraja|darajani|bahari|baharini|mto|mtoni|ziwa|ziwani|maji|majini|reli|roof|rooftop|bridge|building|balcony|cliff)|(?:\\p{L}+ )?(?:mbele|chini) ya (?:\\p{L}+ )?(?:gari|treni|basi|lori|matatu|mathree|mat|pikipiki|boda|bodaboda|magari|lorry|truck|car|train|bus))';
/** Swahili and Sheng infinitives of the act on oneself; "kujizamisha kazini" (in work) is no act. */
const SW_MEANS = `(?:(?:ku)?jinyonga|kujitia kitanzi|kujipiga risasi|kujidung[ae] (?:kisu|nacho|nayo)|kujizamisha(?! (?:kwenye|katika|ndani ya|kazini|masomoni) (?!maji|bahari|mto|ziwa))|kujichoma (?:kisu|nacho|nayo)|kujikata mishipa|ku(?:jirusha|jitupa|jump) ${SW_DROP}|kujitosa(?! (?:tu )?(?:kwenye|katika|ndani ya|kwa) (?!maji|mto|bahari|ziwa))|(?:kunywa|kumeza) (?:sumu|dawa ya (?:panya|wadudu|mimea|kuua wadudu))|kumeza (?:vidonge|dawa|tembe|pills) (?:zote|vyote|nyingi|vingi|kibao|mob)|ku(?:vi|zi)meza (?:vyote|zote)|kuoverdose|kuoverdoze)`;
/** A decision, readiness or feeling said in Swahili or Sheng ("nimeamua", "niko tayari", "najihisi kama", "nafeel"). */
const SW_DECIDED =
  '(?:nimeamua|nimeshaamua|nimepanga|nimeshapanga|nimedecide|nimeshadecide|nimeplan|niko tayari|(?:na|ni)jihisi(?: kama)?|(?:na|ni)feel(?: kama| like)?|(?:nina|nakuwa na|niko na) mawazo ya|(?:mawazo|fikra) ya)';
/** Wanting, thinking or asking oneself, also in the narrative and "while" tenses and Sheng "nadai" (I want). */
const SW_TOWARD = `(?:(?:${SW_WANT}|(?:ni)?(?:me|nge)(?:taka|tamani|penda|waza|fikiria|fikiri)|(?:na|ni)?(?:waza|fikiria)nga|hu(?:waza|fikiria|tamani))(?: sana| kweli| tu)?(?: kuhusu)?|(?:nina|niko na) (?:mpango|plan|nia) (?:wa|ya)|${SW_DECIDED}|(?:ni)?(?:ki|ka)(?:taka|tamani|waza|fikiria|fikiri)|(?:na|ni|niki|nika)dai|(?:na|niki)jiuliza|naweza|naeza|ningeweza|ningeeza)`;
/** "Natamani nijinyonge", "nikinywa sumu …?", "nawaza … nijirushe mbele ya gari": the act in the subjunctive or "if". */
const SW_IF = `(?:ni|niki|ninge|nika)ji(?:nyong[ae]|tia kitanzi|zamish[ae]|pig[ae] risasi|dung[ae] (?:kisu|nacho|nayo))|(?:ni|niki|ninge)jitos[ae](?! (?:tu )?(?:kwenye|katika|ndani ya|kwa) (?!maji|mto|bahari|ziwa))|(?:ni|niki|ninge)ji(?:rush[ae]|tup[ae]) ${SW_DROP}|(?:ninywe|nikinywa|ningekunywa|nimeze|nikimeza) (?:hii |ile )?(?:sumu|dawa ya (?:panya|wadudu|mimea|kuua wadudu))|(?:ku|ni|niki|nita)(?:i|u|zi|vi)nywa (?:tu )?(?:nipumzike milele|nife|niishe|nilale milele)|(?:nikisubiri|nasubiri|nilisubiri|nangoja|nikingoja|natamani|nataka|naomba|nilitaka|nikitaka|nikiomba|nawish|nawishi|na wish|niki ?wish) (?:\\p{L}+ ){0,3}?(?:lori|gari|basi|treni|pikipiki|matatu|bodaboda) (?:li|i)nigonge|(?:niki|ninge|nita|ni)meza (?:hizi |zile |hivi |vile )?(?:vidonge|dawa|tembe|pills|mapills) (?:zote|vyote|nyingi|vingi)|(?:ni|niki|nita)(?:zi|vi)mez[ae] (?:tu )?(?:zote|vyote|nipumzike milele|nife|nisiamke|nilale milele|and sleep forever|and die)`;
/** The same words in everyday acts: accidents, cooking, shaving, play, medicine as told, pests and animals, a trip. */
export const EVERYDAY = re(
  ' (?:or (?:split|space|spread) them|by mistake|by accident|accidentally|kwa bahati mbaya|bila kujua|fixing|eating|wild mushrooms|glass|a nail|thorns|cooking|jiko|stove|shav(?:e|ing)|playing|nikicheza|football|mpira|game|to save|to rescue|the traffic|swim\\p{L}*|kuogelea|kuoga|kuvua|pool|bungee|for fun|cant wait|diving|monkeys|prescribed|as the doctor (?:said|told me|advised)|kama daktari|as directed|as told|nilivyoambiwa|alivyosema|alivyoniambia|with food|without missing|dose|dozi|nitapona|inapona|(?:for|to) the (?:goat|goats|cow|cows|cattle|rats|termites|worms|chickens?|dip|farm|crops|store|morning)|kwa (?:mimea|ngombe)|watoto wasi\\p{L}*|so the kids|poison to (?:the|my|her|his|our)|malaria|tb|cough|homa|wire|socket|iron box|mbuzi|wedding|harusi|sokoni|not careful|panga|mboga|vitunguu) ',
);

/** Weapons or a rope, named as what one would use on oneself. */
const EN_TOOL = '(?:knife|gun|blade|razor|rope)';

const CUES_OF_MEANS: readonly Cue[] = [
  // Plan: a means named with a wish, a thought or an intent, in English, Swahili and either mixed with the other.
  {
    tier: 'plan',
    code: 'method',
    re: re(
      ` (?:i )?${EN_TOWARD} (?:to |about |of |on )?(?:just )?(?:go and |go )?(?:${EN_MEANS}|${EN_STEP} ${EN_INTO_TRAFFIC}) `,
    ),
  },
  {
    tier: 'plan',
    code: 'method',
    re: re(` ${SW_TOWARD} (?:tu |sana )?(?:${SW_MEANS}|(?:to )?${EN_MEANS}) | ${SW_IF} `),
  },
  {
    tier: 'plan',
    code: 'method',
    re: re(
      ` (?:what if|should) i (?:just )?(?:${EN_MEANS}|(?:jumped|stepped|threw my ?self) (?:${EN_HEIGHT}|${EN_VEHICLE})|drank (?:some |the )?poison|use the ${EN_TOOL}) | (?:use|using|turn|turning) (?:the |my |a |that )?${EN_TOOL} on my ?self | ${EN_TOOL}(?: \\p{L}+){0,8} (?:use|using|turn|turning) (?:it|that) on my ?self `,
    ),
  },
  // A jump thought of where one stands ("i stand on the balcony and think about jumping", "juu ya daraja nawaza kuruka").
  {
    tier: 'plan',
    code: 'method',
    re: re(
      ' (?:on|at|from|to) (?:the |a |my |our |that )?(?:balcony|roof|rooftop|bridge|ledge|top floor|cliff) (?:\\p{L}+ ){0,6}?(?:think|thinking|thought|imagine|imagining) (?:about |of )?(?:just )?jumping(?: off| down| from (?:it|there|here))?(?= $| (?:and|but|i|lakini|then)\\b)| (?:juu ya|kwa|kwenye) (?:\\p{L}+ )?(?:daraja|paa|ghorofa|rooftop|roof|balcony|jengo)(?: \\p{L}+){0,5}? (?:nawaza|nafikiria|nikiwaza|nikifikiria|huwaza|nawazanga)(?: tu)? (?:ku)?(?:ruka|jump|jirusha)(?: tu| chini)?(?= $| (?:na|but|lakini|narudi|nashuka|nikashuka|nikarudi)\\b)',
    ),
  },
  // Means made ready, or a vehicle waited for ("i have the pills ready", "nimeshatayarisha kitanzi", "waiting for a lorry
  // to hit me").
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ' (?:have|got|had) (?:the |my )?(?:pills|tablets|poison|rope|knife|blade) ready(?! (?:for|to)\\b) | (?:nime|nimesha|nili)(?:tayarisha|andaa|ficha) (?:\\p{L}+ )?kitanzi | (?:waiting for|wait for|hope|hoping|wish|wishing|pray|praying|want|wanted) (?:for )?(?:a |the |some )?(?:car|bus|lorry|truck|train|matatu|boda) (?:to |could |would |will )?(?:hit|hits|run over|runs over|knock|knocks|kill|kills) me ',
    ),
  },
  // Pills or poison with death named as the end ("taking pills and just not waking up").
  {
    tier: 'plan',
    code: 'method',
    re: re(
      ' (?:take|taking|swallow|swallowing|drink|drinking) (?:\\p{L}+ ){0,2}(?:pills|tablets|meds|medicine|poison) and (?:just )?(?:(?:not|never) wak(?:e|ing) up|die|sleep forever|end it|disappear) ',
    ),
  },
  // A day chosen: "i have decided friday is the day", "nimeshaamua jumamosi ndiyo siku" (not "… is the day we shop").
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' i (?:have )?(?:decided|made up my mind)(?: that)?(?: \\p{L}+){1,2} is the day $| (?:nimeamua|nimeshaamua|nimedecide|nimeshadecide)(?: \\p{L}+){1,2} (?:ndiyo|ndio|ni) siku $',
    ),
  },
  { tier: 'plan', code: 'method', re: re(` (?:i )?${EN_TOWARD} (?:to |about |of )?(?:just )?${SW_MEANS} `) },
  // Preparation: means put by for it ("saving up my pills", "nimekuwa nikisave dawa zangu"), not fetched or kept as told.
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ' (?:i )?(?:have been |been |am )?(?:saving up|saved up|stockpiling|stockpiled|hoarding|hoarded) (?:my |the |some |all my )?(?:pills|tablets|meds|painkillers|pain killers|poison) | (?:saving|saved|keeping|keep|kept|collecting|collected|hiding) (?:up )?my (?:pills|tablets|meds|medication|medicine|painkillers)(?: \\p{L}+){0,4}?(?= instead of (?:taking|swallowing) them )| (?:niki|nime|na|ni)weka (?:vidonge|dawa|tembe) (?:\\p{L}+ ){0,5}?badala ya ku(?:vi|zi)?meza | (?:niki|nime|na|ni)(?:zi|vi)weka badala ya ku(?:vi|zi)?meza | (?:nikisave|nimesave|nasave|ninasave) (?:\\p{L}+ )?(?:dawa|vidonge|tembe|pills|sumu) ',
    ),
  },
  {
    tier: 'plan',
    code: 'method',
    re: re(
      ` (?:nitaji|ntaji|ngoja niji|wacha niji|acha niji)(?:nyong[ae]|zamish[ae]|piga risasi|tia kitanzi) | (?:nitaji|ntaji|ngoja niji|wacha niji|acha niji)(?:rush[ae]|tup[ae]) ${SW_DROP} | (?:nitakunywa|ntakunywa|nitameza|ntameza|ngoja ninywe|ngoja nimeze) sumu | (?:nitameza|ntameza|ngoja nimeze) (?:vidonge|dawa|tembe|pills) (?:zote|vyote|nyingi) `,
    ),
  },
  // Behaviour: a recent attempt with a means, or the act itself told by the speaker.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:i )?(?:tried|attempted|try|almost|nearly|was about) to (?:just )?(?:${EN_MEANS}|${SW_MEANS}) | (?:i )?(?:tried|attempted|almost|nearly) (?:${SW_MEANS}|${EN_MEANS}) | (?:nili|nime|nilishawahi |nimewahi |na|ni|nina|niki|baada ya ku)?jaribu ${SW_MEANS} | (?:nimeanza|nilianza|nimeanza tena|nilikuwa nimeanza) ${SW_MEANS} | nimeanza tena kujikata | (?:nili|nime)(?:karibia|kuwa karibu) ${SW_MEANS} | (?:holding|held|put|pressed|pressing) (?:a |the |my )?(?:knife|blade|razor) (?:to|against|on) my (?:wrists?|throat|neck) | nusura (?:niji(?:nyonge|zamishe|piga risasi)|ninywe sumu|nimeze sumu) `,
    ),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:i )?(?:almost |nearly )?(?:(?:hanged|hung|poisoned|stabbed|electrocuted|suffocated|strangled) my ?self|shot my ?self(?! in the foot)|drowned my ?self(?! in (?!(?:the |a )?(?:river|lake|sea|ocean|water|dam)\\b))|(?:slit|cut) my (?:wrists?|throat)) `,
    ),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` i (?:almost |nearly )?(?:(?:jumped|threw my ?self) ${EN_HEIGHT}|(?:jumped|stepped|threw my ?self) ${EN_VEHICLE}|(?:took|swallowed|downed) ${EN_PILLS}|swallowed (?:all (?:of )?my|a bunch of|a handful of|handfuls of) (?:pills|tablets|meds|medication|painkillers)|(?:took|swallowed) all (?:of )?my (?:pills|tablets|meds|medication)(?: \\p{L}+){0,4} (?:and|then) (?:woke up|ended up) in (?:the )?(?:hospital|icu|er)|(?:drank|took|swallowed|have taken|had taken|have drunk|had drunk) (?:some |the |that )?(?:rat |cattle |tick )?poison) `,
    ),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:nili|nime)(?:kunywa|meza) (?:sumu|poison) | (?:nikunywe|nikanywa|nikameza) (?:sumu|poison) | nikaji(?:nyonga|tia kitanzi|piga risasi|zamisha) | nikaji(?:rusha|tupa) ${SW_DROP} | (?:nili|nime|nika)(?:meza|kunywa) (?:vidonge|dawa|tembe|pills|mapills) (?:nyingi|vingi|kibao|mob) | (?:nili|nika)meza ma pills (?:nyingi|kibao|mob) | baada ya (?:kunywa|kumeza) sumu | (?:nili|nime)meza (?:all (?:of )?my|all the) (?:pills|tablets|meds) | (?:nili|nime)ji(?:nyonga|piga risasi|zamisha|tia kitanzi) | (?:nili|nime)ji(?:rusha|tupa) ${SW_DROP} `,
    ),
  },
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(' (?:i )?(?:want|feel like|keep thinking about|thinking about) (?:to )?kuji(?:kata|dhuru|umiza) '),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:took|swallowed|drank|nilimeza|nimemeza|nilikunywa|nimekunywa|nikameza|nikanywa) (?:\\p{L}+ ){0,3}?(?:pills|tablets|meds|poison|mapills|vidonge|dawa|tembe|sumu)(?: \\p{L}+){0,4} (?:and |then )?(?:woke up|ended up|nikaamka|nikajipata|nikaishia|nikajikuta) (?:in |at )?(?:the )?(?:hospital|hosi|hospitali|icu) | (?:used|turned) (?:the |my |a |that )?${EN_TOOL} on my ?self `,
    ),
  },
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(
      ' (?:i have been|i am|i started|i have started|been|started|am) cutting (?:my ?self )?again | i (?:have been |am |started |was |keep )?(?:cutting|burning|cut|burned|burnt) my (?:arms?|thighs?|skin|wrists?) ',
    ),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ' i (?:took|swallowed|drank) (?:too many|many|lots of|a lot of|a bunch of) (?:\\p{L}+ ){0,3}?(?:pills|tablets|meds|medicine) ',
    ),
  },
  // Home from hospital after it ("discharged me yesterday after the poison thing").
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ' (?:discharged|released|let me go home)(?: me)? (?:\\p{L}+ ){0,3}?after (?:the|my) (?:poison|pills|overdose|attempt)(?: thing)? | (?:nilitoka|nimetoka|niliruhusiwa kutoka) hospitali (?:\\p{L}+ ){0,2}?baada ya (?:ile kitu|kile) nilijaribu ',
    ),
  },
  { tier: 'behaviour', code: 'self_harm', re: re(` ${SW_TOWARD}(?: \\p{L}+){0,3} nijikate `) },
  // Self-harm wished in Swahili, as "i want to cut myself" reads in English (cues-core.ts); Sheng "kujikata kwa
  // mabeste" is slipping away from one's friends.
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(` ${SW_WANT} (?:tu )?${SW_SELF_HARM} `),
  },
];

/** Everyday acts that explain the same words when told before them anywhere in the clause: how it happened (by
 * mistake, unknowing), the tools and chores of an accident, medicine as told, pests and animals. Errands, matches,
 * weddings and coughs told earlier (in EVERYDAY) explain nothing that comes after them. */
export const EVERYDAY_MANNER = re(
  ' (?:by mistake|by accident|accidentally|kwa bahati mbaya|bila kujua|not careful|fixing|cleaning|broken glass|glass|a nail|thorns|cooking|napika|nikipika|jiko|stove|shav(?:e|ing)|nikinyoa|playing|nikicheza|swim\\p{L}*|kuogelea|to save|to rescue|prescribed|as the doctor (?:said|told me|advised)|kama daktari|as directed|as told|nilivyoambiwa|alivyoniambia|with food|dose|dozi|wire|socket|iron box|panga|(?:for|to) the (?:goat|goats|cow|cows|cattle|rats|termites|worms|chickens?|farm|crops)|kwa (?:mimea|ngombe)|mbuzi) ',
);

export const MEANS_CUES: readonly Cue[] = CUES_OF_MEANS.map((c) => ({
  ...c,
  unlessNear: EVERYDAY,
  unlessBefore: EVERYDAY_MANNER,
}));
