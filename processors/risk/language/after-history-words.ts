import { MEANS_NEAR } from './act-farewell-words.js';
import { DAYS } from './planned-words.js';
import { re } from './words.js';

// The words of cues-after-history.ts: the speaker's own suicide told anywhere in the check-in, the means, the times,
// and what keeps a means, a plan or a vow everyday (session 46, two code reviews and red teams 201–203).

/** "Kufa na aibu", "kufa kwa njaa": dying of shame or hunger, an idiom. */
const NOT_OF =
  '(?! (?:na|kwa|ya) (?:aibu|njaa|baridi|hasira|kicheko|wivu|uchungu|uvivu|uchovu|usingizi|joto|kiu|stress|mawazo)\\b)';
/** Asked, supposed or someone else's words right before it ("asked me if i want to die", "the girl screams …"). */
const NOT_SAID =
  '(?<!(?:(?:he|she|they|son|daughter|mum|mom|dad|friend|people|everyone|wife|husband) (?:keeps |kept |keep )?saying|if|whether|says|said|screams|screamed|shouts|shouted|yells|sings|sang|goes|thinks|thought|asked me|asks me|asked me do|asks me do|(?:people|everyone|they|he|she|mum|mom|dad|others) think|eti|kwamba|anasema|alisema))';
/** Dying as an everyday end ("die peacefully at 90", "die old"), of something or laughing: no wish. */
const DIE_PLAIN = 'die(?! (?:of|from|laughing|peacefully|old|happy|rich|at \\p{N}+|like my)\\b)';

/** "my (second) attempt", or "my attempt at ending it", which a hospital or waking up beside it makes one's own. */
const MY_ATTEMPT =
  'my (?:first |last |previous |second |third |latest |recent |most recent |failed )?attempt(?: (?:at|to) (?:ending|end|killing|kill|taking|take) (?:it|my life|myself)(?: all)?| on my (?:own )?life)?(?= |$)(?! (?:at|on|for|in|of|to) (?!(?:ending|end|killing|kill|taking|take) (?:it|my life|myself)|my (?:own )?life))';
/** The speaker's own attempt or wish to die, past or present, anywhere in the check-in (tested on " text "). */
export const OWN_SUICIDE = re(
  [
    `${NOT_SAID} (?:i|i have|i had|i once|i already|i even|i (?:just |really |still |used to )?(?:want|wanted|wanna|need)) (?:(?:tried|attempted|wanted|planned) )?to (?:kill myself|commit suicide|end my life|end it all|take my (?:own )?life|hang myself|be dead|${DIE_PLAIN})(?= |$)`,
    `${NOT_SAID} i (?:(?:have |had |once )?(?:tried|attempted)|(?:just |really )?(?:want|wanted|wanna)) to end it(?= $| (?:all|in|at|when|years|last|two|three|after|because i|but|and)\\b)`,
    ' i (?:tried|attempted) (?:killing|hanging) myself| i attempted(?= $| (?:in|at|when|last|two|three|and|but|\\p{N}+)\\b)| i (?:tried|wanted|want) ku(?:jiua|jitoa uhai|jimaliza)(?= |$)| i am (?:so |really )?tired of (?:living|being alive)(?= |$)| i (?:have |had |once )?attempted suicide| (?:i survived )?my (?:first |last |previous )?suicide attempt| i survived (?:a |an |my )?(?:suicide attempt|attempt on my (?:own )?life)| i survived (?:a |an |my )?attempt(?= $| (?:in|at|when|years|last|two|three|\\p{N}+)\\b)',
    ` (?:hospital|ward|icu|hosi|hospitali)(?: \\p{L}+){0,4} (?:after|since) ${MY_ATTEMPT}| (?:after|since) ${MY_ATTEMPT}(?: [\\p{L}\\p{N}]+){0,6} (?:hospital|ward|icu|hosi|hospitali|survived|woke up|discharged|saved|rescued|doctors?|nurses?|ambulance|pumped)(?= |$)`,
    `${NOT_SAID} i (?:do not|dont) want to (?:live|be alive|be here|exist)(?= $| (?:anymore|any more|again|now|and|but)\\b)| i (?:am|was|used to be|have been|had been|feel|felt|get|got)(?: so| really| very| still| always)? suicidal| i (?:have|had|get|keep having|have been having) (?:(?!no|zero|any|never)\\p{L}+ )?suicidal thoughts|^ {1,2}suicidal thoughts(?! +(?:none|no|nil|hakuna|never|denied|negative|nope|zero|\\p{N}+)\\b)`,
    ` i (?:have been |am |keep |was )?thinking (?:of|about) (?:ending my life|killing myself|suicide|taking my (?:own )?life)|${NOT_SAID} i (?:still |really |just |sometimes |honestly |often )?wish (?:i (?:was|were) dead|i had died|i could die)(?= |$)| i (?:have |had |once )?tried suicide(?= |$)`,
    `(?<!(?:aliniuliza|ameniuliza|aliuliza|aniuliza|kama|eti|kwamba|anasema|alisema)) (?:(?:nili|nime)wahi (?:ku)?|(?:nilikuwa|nimekuwa) niki|nilikuwa na|nilipo|tangu nilipo|nili|nime|nilisha|nimesha|nika|na)(?:jaribu|taka|tamani|panga|try|tri|waza|fikiria) (?:tu )?ku(?:jiua|jitoa uhai|jimaliza|jinyonga|ji ?kill|suicide|die|dedi|fa${NOT_OF})(?= |$)`,
    ` nilikuwa (?:na ?)?(?:taka|fikiria|waza|panga) ku(?:jiua|jitoa uhai|jimaliza|fa${NOT_OF})(?= |$)| (?:nilikuwa na|nina|niko na) mawazo ya kujiua(?= |$)| sitaki kuishi(?! (?:na (?!ni|nime|nita|nili|sasa|tena)|kwa|hapa|huku|nyumba)\\b)(?= |$)| nimechoka kuishi(?! (?:na (?!ni|nime|nita|nili|sasa|tena)|kwa|hapa|huku|nyumba)\\b)(?= |$)`,
  ].join('|'),
);

const EN_MEANS = '(?:rat poison|poison(?! ivy| oak)|(?:a )?rope|razor blades?|razors?|blades)(?= |$)';
const SW_MEANS =
  '(?:(?:sumu|kamba|wembe|nyembe|rope|poison)(?: ya (?:kuua )?panya)?|dawa ya (?:kuua )?panya|vidonge(?! (?:vya|za|cha)\\b))(?= |$)(?! (?:ya|wa|cha|kipya|mpya|kwenye|katika)(?= ))';
const SW_GET = '(?:nunua|pata|andaa|ficha|tayarisha|get|geti)';
/** Perfect or present forms: got by now ("i have bought a rope", "i already bought a rope", "nimeshanunua sumu"). */
const MEANS_NOW = ` i (?:have (?:just |already |now |finally )?|already |just )(?:bought|got|hidden|hid|kept) (?:some |the |a |more )?(?:new |strong |long |another )?${EN_MEANS}|(?<! (?:nilikuwa|nilikua|ilikuwa)(?: \\p{L}+)?) (?:nime|nimesha|nisha)${SW_GET} (?:\\p{L}+ ){0,2}?${SW_MEANS}| (?:niko na|nina) (?:ile |hiyo )?(?:sumu(?: ya (?:kuua )?panya)?|kamba)(?= $| (?:kwa|chini|ndani|hapa|tayari|sasa)\\b)| (?:kamba|sumu|kisu|vidonge) (?:nime|nimesha|nisha)(?:i|ki|vi)?(?:ficha|weka|pata|nunua)(?= $| (?:tayari|tena|sasa|na|chini|kwa|ndani)\\b)`;
/** Any tense: got ("i bought a rope", "nilinunua kamba"), read only with a time of now beside it. */
const MEANS_ANY = ` i (?:just |already |finally )?(?:went (?:out )?and )?(?:bought|got|have|hid|ordered|picked up|still have) (?:some |the |a |more )?(?:new |strong |long |another )?${EN_MEANS}|(?<! (?:nilikuwa|nilikua|ilikuwa)(?: \\p{L}+)?) (?:nime|nimesha|nili|nisha)(?:${SW_GET}|weka) (?:\\p{L}+ ){0,2}?${SW_MEANS}`;
/** A time of now right after it, or where it came from and then the time ("… from my uncles shamba yesterday"). */
const TIME_NOW =
  '(?=(?: from(?: \\p{L}+){1,4}?)? (?:now|again|today|tonight|yesterday|last night|this (?:week|morning|afternoon|evening)|already(?! then| back)|right now|with me|hidden|ready|and (?:hid|hidden|kept) it|(?:it is|its) (?:under|in|hidden)|on (?:my|the) way home|leo|jana|juzi|sasa|tena|tayari|wiki (?:hii|iliyopita))(?: |$))';
/** A time of now opening the clause: then a past form is recent ("jana nilinunua kamba", "today i bought a rope"). */
const OPENING_NOW =
  '^(?: (?:and|so|but|now|na|sasa|sahii))*(?: (?:now|today|tonight|yesterday|last night|this (?:week|morning|afternoon|evening)|leo|jana|juzi|sasa|sahii|wiki hii|usiku huu))';
/** Pills kept for it: saved, stockpiled ("ive been saving my pills", "i have the pills hidden"); not a refill. */
const PILLS_KEPT =
  ' i (?:have |am |have been )?(?:saving|stockpiling|hoarding) (?:up )?(?:my |the |some )?(?:pills|tablets|meds|medication)(?! (?:at|from|in)\\b| for (?:my|the|his|her|a trip|travel|safari|when)\\b)| i (?:have |am |have been )?collecting (?:up )?(?:pills|tablets)(?= $| for (?:weeks|months|a while|a month|a week)\\b)| i have (?:the |enough |all (?:the |my )?)(?:pills|tablets) (?:with me|saved|hidden)(?= $| (?:now|right now|and)\\b)| i have (?:the |a )?knife (?:with me|hidden)(?= $| (?:now|right now|and)\\b)';

/** The means said ready, or who gets one's things decided ("last night the pills were ready on the table", "i am
 * sorting out who gets my things"); not medicine ready for collection. */
const MEANS_READY =
  ' (?:the |my )?(?:pills|tablets|rope|poison|sumu|kamba|vidonge)(?: \\p{L}+){0,2}? (?:were|was|are|is|ziko|iko|ilikuwa|zilikuwa|vilikuwa|viko) (?:ready|tayari)(?! (?:for|at|kwa) )| i am (?:sorting out|deciding|writing down|listing) who (?:gets|will get|should get|takes) my (?:things|stuff|property|belongings)';
/** A means got now, in any of these forms. */
export const MEANS_GOT = `${OPENING_NOW}(?:${MEANS_ANY})| (?:today|tonight|yesterday|last night|this (?:week|morning|afternoon|evening)|leo|jana|juzi|wiki hii|usiku huu)(?: (?:and|na))?(?:${MEANS_ANY})|(?:${MEANS_ANY})${TIME_NOW}|(?:${MEANS_NOW})(?= $| (?:and|na|with me|now|hidden|ready|tayari|kwa|chini|ndani|under|in my|in the|wiki|jana|juzi|leo)\\b)|${PILLS_KEPT}|${MEANS_READY}| i have (?:got )?(?:everything|what|all) i need(?= $| (?:now|already|and|ready)\\b)`;

const WEEKDAYS = `(?:${DAYS})`;
/** A time to come: the day a plan is set for. */
export const WHEN = `(?:tonight|tomorrow|next (?:week|month|${WEEKDAYS})|this (?:week|weekend|month|${WEEKDAYS})|on (?:${WEEKDAYS}|my birthday|the \\p{N}+\\p{L}*)|${WEEKDAYS}|after (?:my|the) (?:exams?|wedding|funeral|birthday|holiday|holidays)|when (?:everyone|they|the house))`;

/** What else a means is bought or kept for, in its clause and the words after it. */
export const MEANS_EVERYDAY = new RegExp(
  `${MEANS_NEAR.source}| (?:for (?:rats|mice|pests|the (?:goats?|cows?|tent|shop|store|swing)|my shop)|to tie|skipping|tent|camping|rope burn|art|crafts?|in stock|swing|threw it away|throw it away|got rid|gave it (?:to|away)|food|chakula|hotel|hoteli|clinic|kliniki|pharmacy|chemist|prescription|doctor|daktari) `,
  'u',
);
/** In its sentence: livestock, cooking, washing, a trip, a chemist: what a rope, a knife or pills are also for. */
export const MEANS_EVERYDAY_SENTENCE = re(
  ' (?:cows?|goats?|sheep|chickens?|calf|dogs?|livestock|ngombe|mbuzi|kondoo|kuku|ndama|mbwa|mifugo|cooking|kupika|napika|nyama|meat|onions?|vitunguu|kitchen|jikoni|washing|clothes|nguo|kuanika|well|kisima|bucket|ndoo|shav\\p{L}*|beard|ndevu|kunyoa|travel\\p{L}*|trip|journey|safari(?! hii| ya mwisho)|going to (?:nairobi|mombasa|kisumu|nakuru|eldoret|kampala|arusha|dar|town|the village|ushago|upcountry)|malaria|homa|fever|blood pressure|presha|chemist|duka la dawa) ',
);
/** Pests or a farm shop in the check-in, not denied ("hawa kunguni … nimenunua sumu leo"; not "… not the rats"). */
export const PESTS = re(
  '(?<!not|si|sio) (?:kunguni|mchwa|mende|wadudu|kupe|mbu|siafu|sisimizi|bedbugs?|termites?|ants|mosquito\\p{L}*|cockroach\\p{L}*|ticks|mice|the rats|rats|panya wengi|kuna panya|panya (?:wa|wame|wana|wali)\\p{L}*|weeds|magugu|agrovet) ',
);
/** A joke said in the check-in, not denied ("ni mzaha tu"; not "not joking", "si utani"). */
export const JOKE = re(
  '(?<!not|not even|si|sio|am not|im not|sio hata) (?:mzaha|utani|natania|joking|kidding|jk|lol|lmao|haha) ',
);
/** A film, a song or a story anywhere in the check-in: "i want to die" may be a line of it. */
export const STORY_WHOLE = re(' (?:film|movie|series|novel|song|lyrics|scene|character|poem|tamthilia|wimbo) ');
/** A sermon, a radio show or a pretence in the cue's sentence. */
export const STORY = re(' (?:as if|imagine|pretend|quote|sermon|preacher|pastor|radio|redio|book) ');
/** Supposed right before the cue in its clause ("if i had a plan", "kama nina mpango"). */
export const NOT_MINE_BEFORE = re(' (?:if|whether|when|kama) ');
/** The speaker says they are well now, in their own words (not "my family thinks i'm fine now"). */
export const WELL_NOW = re(
  '(?<!(?:thinks?|says?|believes?|assumes?|thought|tell everyone|tell people|pretend|act like))(?: i am| im) (?:ok|okay|fine|better|good|well|doing (?:well|better|good|great)) now| now i am (?:ok|okay|fine|better|good|well|doing (?:well|better|good|great))| i am better now| i got help| (?:sasa|sahii|saa hii) niko (?:poa|sawa|okay|fiti|salama)| niko (?:poa|sawa|okay|fiti) (?:sasa|sahii|saa hii)| i am happy now| happy now| in a good place| niko na furaha| nimepona|(?<!never|not|havent|hasnt|never really) recovered| recovery| survivor| safety plan| relapse prevention| share my story| testimony| ushuhuda| peer counsellor| mungu amenisaidia',
);
/** The act said to have failed before: what "this time it will work" takes up. */
export const FAILED_BEFORE =
  '(?:tried|attempted|attempt|nilijaribu|kujiua|kujimaliza|myself|my life)(?: \\S+){0,6}? +(?:but |and |lakini |na )?(?:(?:it )?(?:didnt|did not) (?:work|take)|i survived|haikuwork|haikufanya kazi|nikapona|they (?:found|saved|stopped) me|(?:wa|a)(?:kaniokoa|liniokoa|kanipata|linipata))';

/** Who pills are kept from for their safety, or whom an illness is hidden from: after the hiding, in its sentence. */
const KEPT_FROM =
  '(?!(?: [\\p{L}\\p{N}]+){0,8} (?:kids|children|child|son|daughter|baby|babies|grandchildren|grandkids|toddler|little one|year old|years old|mdogo wangu|watoto|mtoto|mwanangu|wanangu|wajukuu|mjukuu|asizifikie|wasizifikie|asipate|wasipate|wasizipate|asizipate|asizichukue|wasizichukue|reach|reach them|asijue|wasijue|asione|wasione)\\b)';
/** Pills hidden now, where or from whom said ("i have been hiding pills in a shoe box", "nimeficha dawa kwa bag
 * yangu"); not kept from children. */
export const PILLS_HIDDEN = ` i (?:have been |am |have )?hiding (?:the |my |some )?(?:pills|tablets)(?= $| (?:in|under|inside|so|where|for (?:weeks|months|a while|a month|a week))\\b)${KEPT_FROM}| (?:nimeficha|nimezificha|nimesha ?ficha) (?:hizo |zile )?(?:dawa|pills|tablets|vidonge|tembe)(?= (?:kwa|kwenye|chini|ndani)\\b)${KEPT_FROM}`;
/** Medicine a person hides for stigma or takes daily, anywhere in the check-in: ARVs, an HIV status, TB, epilepsy. */
export const OWN_MEDICINE = re(
  ' (?:arvs?|hiv|my status|status yangu|prep|tb|kifua kikuu|epilepsy|kifafa|pressure|presha|sukari|diabetes|antidepressants?|medication|medicine|prescribed|prescription|clinic|kliniki|condition|hali yangu|family planning|contraceptives?|uzazi wa mpango|witchcraft|uchawi) ',
);
