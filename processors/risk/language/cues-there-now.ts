import type { Cue } from './patterns.js';
import { NOT_OWN_NOW } from './act-farewell-words.js';
import { WRITTEN_AS_FORM, anySpaces, atClauseEdges, re } from './words.js';

// At a height, a bridge or water now, and not coming back (session 38, red team 162): "on the roof of the hostel now not
// coming down this time", "at the dam now. nobody knows where i am", "niko kwa daraja sasa hivi sitarudi nyumbani tena",
// "on the 9th floor balcony legs over the side dont call anyone". Each was low: cues-act-farewell.ts reads the place
// only before a farewell. Being there is an errand, a job or a view; refusing to come down or back, hiding where one is
// or a last word to "someone" is what makes it a plan under way. Raise only (patterns.ts LATER_CUES).

const FLOOR = '(?:\\p{N}+(?:st|nd|rd|th)?|top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) floor';
/** A building, a block or a tower only from its top or edge ("im in the library block now" is a day at college). */
const PLACE = `(?:(?:edge|top) of (?:the |a |this |our )?(?:\\p{L}+ )?(?:building|block|hostel|tower|flats)|(?:(?:edge|top) of (?:the |a |this |our )?)?(?:${FLOOR}(?: balcony| window| ledge)?|roof|rooftop|bridge|dam|river|lake|balcony|ledge|cliff|railway line|railway tracks|rail tracks|train tracks|tracks|water tower|water tank|lake ?shore|shore|flyover|footbridge))`;
/** "i am on the roof", "im up on the bridge", or the place opening the clause ("at the dam now"). */
const EN_THERE = `(?: (?:i am|im|i m|am) (?:now |standing |sitting |up |out |alone )*(?:on|at|by|in|up on|on top of|at the edge of)|^ (?:up |sitting |standing |lying )?(?:on|at|by|on top of|top of)) (?:the |a |this |our |that )?(?:\\p{L}+ )?${PLACE}(?= |$)`;
const SW_PLACE =
  '(?:darajani|bwawani|mtoni|ziwani|rooftop|(?:kwa|kwenye|juu ya|juu kwa|pale|ukingoni mwa|on|at|on the|at the|kwa the|juu ya the) (?:\\p{L}+ )?(?:daraja|bridge|paa|roof|rooftop|ghorofa|gorofa|bwawa|dam|mto|river|ziwa|lake|balcony|roshani|reli ya juu|railway line|tracks)|juu (?:ya|kwa) (?:the )?(?:\\p{L}+ )?(?:jengo|building|mnara|tank|hostel|block|flats))';
const SW_THERE = ` (?:niko|nipo|nko|niko tu|nimesimama|nimekaa|nimepanda|nimefika) (?:tu )?(?:sasa (?:hivi )?|sai |hapa )?${SW_PLACE}(?= |$)`;
/** On the way there: "tonite am going to the bridge", "naelekea relini" (the refusal after it still needed). */
const GOING = ` (?:(?:i )?(?:am|im|i m) )?(?:going|heading|headed|walking|naelekea|naenda|nitaenda|ninaenda) (?:to |kwa |kwenye )?(?:the )?(?:\\p{L}+ )?(?:${PLACE}|darajani|mtoni|ziwani|bwawani|relini|daraja|mto|ziwa|bwawa|reli)(?= |$)`;
const THERE = `(?:${EN_THERE}|${SW_THERE}|${GOING})`;

/** Not to be done until something, nor staying with someone (a repair, a night at an aunt's). */
const NOT_UNTIL =
  '(?!(?: \\p{L}+){0,3} (?:until|till|untill|before|mpaka|hadi|coz|because|kwa sababu|nitalala|nalala|nitakaa|sleeping|staying|sleep over|weekend|wikendi|tomorrow|kesho|to work|kazini|holiday\\p{L}*|likizo)(?= ))';
/** Refusing to come down or back, hiding where one is, a last word to someone, legs over the side. */
const NOT_BACK = [
  `(?:not|never|wont|will not|im not|i am not|i will not|i wont) (?:be )?(?:coming|going|come|go|climbing|getting) (?:down|back|home)${NOT_UNTIL}`,
  `(?:si|sita)(?:shuki|shuka|rudi|rudi nyumbani|rudi tena|rudi home|endi home|endi nyumbani|enda home|enda nyumbani)(?= |$)${NOT_UNTIL}`,
  `(?:sitaki|i dont want to|i dont plan on|i do not plan on|dont plan on) (?:kurudi|kushuka|going back|coming back|coming down|go back|come back)${NOT_UNTIL}`,
  '(?:nobody|no one|noone|none) (?:knows|know) (?:where i am|i am here|im here)',
  'hakuna (?:mtu )?(?:anajua|anayejua|ajuaye) (?:niko|nipo) (?:wapi|hapa)',
  '(?:dont|do not) call (?:anyone|anybody|the police|my \\p{L}+)(?! (?:looking|to ask|about|for|until|till|before)(?= ))',
  '(?:msi|usi)(?:mpigie|pigie) (?:mtu|mtu yeyote|polisi|mama|baba) (?:simu)?',
  '(?:my )?legs? (?:over|hanging over|off) the (?:side|edge|railing|ledge)|miguu (?:nje|inaning\\p{L}*)',
  '(?:i )?(?:just )?(?:want(?:ed)?|needed) (?:someone|somebody|one person|mtu|you|mtu mmoja) (?:to know|ajue|kujua)(?= *$| before| (?:that )?i (?:love|am sorry|m sorry))',
  '(?:nataka|nilitaka) tu mtu (?:ajue|mmoja ajue)',
  '(?:its|it is|ni) (?:better|afadhali) (?:this way|hivi)',
  '(?:im|i am) done(?: na| with)? (?:hii |this )?(?:life|maisha|everything)',
  'so (?:that )?(?:nobody|no one) (?:would|will|can|could) stop me|hakuna (?:mtu )?(?:atanizuia|atakayenizuia)',
  'sina sababu ya kurudi|no reason to (?:go|come) (?:back|home)',
  '(?:usi|msi)(?:ambie|mwambie|waambie) (?:mathe|mama|mtu|wazazi|buda|baba)',
  '(?:im|i am) going in (?:when|tonight|after|once)',
  '(?:i )?just want (?:all of )?(?:it|this|everything) to (?:stop|end)(?= *$)',
  '(?:not|im not|i am not) (?:planning|going) to move(?= *$| when)|sitaondoka(?= *$)',
  '(?:will not|wont|not) (?:be )?returning|(?:wont|will not|not) be (?:walking|coming|going) back',
  '(?:kwaherini|kwaheri (?:wote|nyote)|goodbye (?:everyone|all|world))(?= *$)',
  '(?:nimeshaamua|nimeamua|(?:ive|i have|already) decided)(?! (?:ku\\p{L}+|to)(?= ))',
  '(?:nadhani|i think|labda|maybe) (?:naruka|nitaruka|i(?:ll| will) jump)(?= *$)',
  // Session 40 (red team 177): better to jump, said there ("niko kwa roof ya hostel saa hii … naona ni bora niruke tu").
  '(?:naona |nadhani |i think )?(?:ni |its |it is )?(?:bora|afadhali|heri|better) (?:tu )?(?:niruke|nijirushe|nijitupe|i (?:just )?jump|to (?:just )?jump)(?: chini)?(?: tu| just)?(?= *$)',
  '(?:nimesema|said) (?:bye|goodbye|kwaheri) (?:kwa|to) (?:mum|mom|mama|dad|baba|my \\p{L}+)(?: \\p{L}+){0,2}?(?= *$)',
  '(?:this is|its|hii ni|hii ndio) (?:the end|my end|mwisho(?: wangu)?)(?= $)',
  // Session 39 (red team 174): come there to end it.
  '(?:i )?(?:came|have come|come) (?:here |there )?to end (?:it|it all|everything|my life)(?= *$)|nimekuja (?:hapa )?ku(?:jimaliza|jiua|maliza (?:maisha|kila kitu))(?= *$)',
];
/** In the whole check-in: a job, a repair, a view or a game, friends, a commute; what the place is also there for. */
const EVERYDAY_THERE = re(
  ' (?:locked out|nimefungiwa\\p{L}*|funguo|keys|flood\\p{L}*|mafuriko|imebebwa na maji|fix\\p{L}*|repair\\p{L}*|mend\\p{L}*|rekebisha|narekebisha|nikirekebisha|fundi|mjengo|site|construction|tank|antenna|dish|solar|gutter|mabati|bati|paint\\p{L}*|cleaning|washing|kuosha|laundry|nguo|view|sunset|sunrise|photos?|pictures?|selfie|fireworks|stars|party|friends|marafiki|wasee|the boys|fishing|kuvua|swim\\p{L}*|kuogelea|picnic|traffic|jam|matatu|bus|boda|stuck|waiting for (?:the |my )?(?:bus|matatu|friend|ride|uber|taxi)|game|match|hiding from|kite|cat|dog|cows?|goats?|cattle|ngombe|mbuzi|phone|battery|home by|nitarudi|tea|chai|coffee|reading|book|chilling|relax\\p{L}*|enjoy\\p{L}*|good day|breeze|fresh air|(?:natembea|walking|going|naenda|nikienda) (?:to |kwenda )?(?:work|kazini|office|ofisini|school|shule\\p{L}*)|nafanya kazi|kazini|at work|nakuja (?:nyumbani|home)|coming home|nasubiri (?:rafiki|friend|\\p{L}+ yangu)|waiting for (?:my |a )?friend|bungee|rafting|jinja|dared?|protest|maandamano|strike|film|movie|scene|song|lyrics|dream|ndoto|if|kama|imagine) ',
);

export const THERE_NOW_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'intent',
    re: re(THERE),
    onlyWhole: re(anySpaces(`${atClauseEdges(THERE)}(?: \\p{L}+){0,12}? (?:${NOT_BACK.join('|')})(?= |$)`)),
    unlessWhole: EVERYDAY_THERE,
    unlessBefore: re(' (?:when|whenever|if|kila nikiwa|kila ninapokuwa|nikiwa) '),
    unlessSentence: NOT_OWN_NOW,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
