import { add, set, type Lexicon } from './types.js';

// Swahili and Sheng terms: curated by the Resona team for this module (see PROVENANCE.md). Whole words and
// phrases here; verb roots that take subject/tense/negation prefixes are in sw-roots.ts.

const sw: Lexicon = new Map();
add(sw, 'happy', 'furaha, raha, bashasha, shangwe, tabasamu, kicheko, vicheko, nacheka, tunacheka, upendo, mapenzi');
add(sw, 'happy', 'asante, ahsante, asanteni, shukrani, hongera, pongezi, baraka, sherehe, starehe, bomba, mzuka');
add(sw, 'happy', 'raha tupu, niko na mzuka, nimefurahi sana, burudani, matumaini, tumaini, fahari, nimeomoka');
add(sw, 'happy', 'mzuri, vizuri, wazuri, amani', 2, 0.5);
add(sw, 'happy', 'nimechanuka, kuchanuka', 1, 0.5); // Sheng "got wise/lit up": mildly positive, not clearly joy
add(sw, 'sad', 'huzuni, majonzi, msiba, machozi, upweke, mpweke, peke yangu, uchovu, nimechoka, tumechoka');
add(sw, 'sad', 'nimeboeka, boeka, kuboeka, naboeka, nimeboreka, niko down, msoto, msotoni, niko msotoni, nimesota');
add(sw, 'sad', 'stress, nimestress, nastress, maumivu, uchungu, nimeumia, inauma, inaniuma, imeniuma');
add(sw, 'sad', 'moyo unauma, roho inauma, nimekata tamaa, tumekata tamaa, amekata tamaa, kukata tamaa');
add(sw, 'sad', 'maisha magumu, hali ngumu, matatizo, taabu, dhiki, mateso, kifo, alikufa, amekufa, amefariki');
add(sw, 'sad', 'naumwa, kuumwa, mgonjwa, nimezidiwa, nimelemewa, sina nguvu, sina hamu, sina pesa, sina kazi');
add(sw, 'sad', 'sina mtu, nimechoka na maisha, maisha ni ngumu, hali mbaya, nalia, nililia, analia, nimelia');
add(sw, 'sad', 'kujiua, nijiue, kujitoa uhai, sitaki kuishi', -4);
add(sw, 'sad', 'shida, ngumu, pole, pole sana, silali, sina usingizi, down', -1, 0.6);
add(sw, 'angry', 'hasira, nina hasira, ghadhabu, chuki, kero, inanikera, ananikera, amenikera, imenikera');
add(sw, 'angry', 'ameniudhi, nimeudhika, inaudhi, kuudhi, matusi, ujinga, mjinga, fala, mshenzi, ushenzi');
add(sw, 'angry', 'ugomvi, nimechoshwa, uonevu, dhuluma, dhulma, nimekasirishwa, amenizingua');
add(sw, 'angry', 'kudishi, amenidishi, wamenidishi, vurugu', -2, 0.7); // Sheng "diss/snub"
add(sw, 'fear', 'hofu, woga, uoga, wasiwasi, nina wasiwasi, kutisha, presha, tension, taharuki, jinamizi');
add(sw, 'fear', 'ndoto mbaya, sijui nifanye nini, naogopa, nimeogopa, tishio');
add(sw, 'fear', 'hatari, mashaka, mawazo, mawazo mengi', -1, 0.6);
add(sw, 'surprise', 'mshangao, kumbe, haiwezekani, sikutarajia, mshtuko, nimeshangaa, nimeshtuka, wueh, wueeh');
add(sw, 'surprise', 'ajabu, ghafla, aki, yawa', 0, 0.4);
add(sw, 'disgust', 'kinyaa, kichefuchefu, nimechukizwa, chukizo, aibu, uchafu, mchafu, chafu, uozo, imeoza');
add(sw, 'disgust', 'dharau, karaha, nimekinai, inachukiza');
add(sw, 'disgust', 'mbovu', -2, 0.5);
// Added after reading development-set misses (PROVENANCE.md): common words, each a general sign of its class.
add(sw, 'happy', 'mazuri, mizuri, kizuri, zuri, vyema, mwema, njema, mema', 2, 0.5); // "good", other noun classes
add(sw, 'happy', 'mrembo, warembo, urembo, kipaji, safi sana, kula bata, tulikula bata', 2, 0.7);
add(sw, 'happy', 'safi', 1, 0.4); // Sheng "great", but also "clean"; "niko safi" stays reassurance
add(sw, 'sad', 'kufa, imekufa, yamekufa, wamekufa, zimekufa, nitakufa, atakufa, marehemu, mazishi, matanga');
add(sw, 'sad', 'kulia, unalia, ninalia, tunalia, wanalia, alilia, walilia, nakumiss, nimekumiss, nitakumiss');
add(sw, 'sad', 'nimevunjika moyo, kuvunjika moyo, moyo umevunjika, ole wangu, siwezi tena, sijiwezi');
add(sw, 'sad', 'maskini, bahati mbaya, kwa bahati mbaya, hasara', -2, 0.6);
add(sw, 'angry', 'mpumbavu, wapumbavu, pumbavu, upumbavu, kijinga, wajinga, nimechoka na wewe');
add(sw, 'angry', 'mkatili, ukatili, katili', -2, 0.7);
add(sw, 'angry', 'toka hapa, ondoka hapa, toka kwa njia, potea, nyamaza, funga mdomo, niache, achana nami');
add(sw, 'angry', 'usinisumbue, achana na mimi, niachilie', -2, 0.6);
add(sw, 'angry', 'ukali, kisasi, wivu, kelele, fujo', -2, 0.6);
add(
  sw,
  'fear',
  'sikujua nifanye nini, sijui nitafanya nini, matatani, hatarini, sijui itakuwaje, itakuwaje, nina hofu, mzimu, mizimu',
);
add(sw, 'fear', 'kuua, kuuawa, ameuawa, aliuawa, wameuawa, waliuawa, muuaji, wauaji, mauaji, atamuua', -2, 0.7);
add(sw, 'fear', 'alimuua, ataniua, wataniua, watatuua, atakuua, watakuua, watamuua, nisaidie, tusaidie', -2, 0.7);
add(sw, 'fear', 'tusaidieni, tahadhari, jihadhari, jambazi, majambazi, mwizi, wezi, risasi, bunduki', -2, 0.6);
add(sw, 'surprise', 'siamini, sikuamini, haiaminiki, siwezi kuamini, huwezi kuamini, sikudhani, sikutegemea');
add(sw, 'surprise', 'mungu wangu, aisee, wow, waah, lo, loo, ala', 0, 0.6);
add(sw, 'surprise', 'eti, ati', 0, 0.3); // "what?!", also "supposedly"
add(sw, 'disgust', 'upuuzi, takataka, mavi, kinyesi, matapishi, harufu mbaya, uvundo, machukizo, najisi');
add(sw, 'disgust', 'kuoza, nimeoza, umeoza, zimeoza, kimeoza, vimeoza, iliyooza, kukirihi');
add(sw, 'disgust', 'huna faida, hana faida, hafai, hufai, hawafai, huna maana, hana maana, bure kabisa', -2, 0.7);
add(sw, 'disgust', 'ovyo, duni', -2, 0.5);
add(sw, null, 'mbaya, vibaya, kibaya, mabaya, wabaya, baya, ajalini', -2); // "bad": valence only; "mbaya" also intensifies
add(sw, null, 'noma', -1); // Sheng: "tough/bad" alone, "intense/great" after a cue, so valence-only and weak
export const SW_WORDS = sw;

// Swahili words spelt like an English cue ("vile": like that, not disgusting): no cue in Swahili text.
export const SW_HOMOGRAPHS = set('vile');

// Word-level negators; negated verbs ("sifurahi", "hajafurahi") are read by the root matcher.
export const SW_NEGATORS = set(
  'si, sio, siyo, sina, huna, hana, hatuna, hamna, hawana, hakuna, haina, bila, wala, hapana, sijisikii, ' +
    'sijiskii, hajisikii, hatujisikii, sikuwa, hakuwa, hakukuwa, sijawahi, sioni, sikuwahi, siko, hayuko, ' +
    'hauko, hatuko, hamko, hawako, haikuwa, hazikuwa, hayakuwa, hukuwa, hatukuwa, hawakuwa, ' +
    // "I don't feel …" (own additions, 2026-12-03, from misread Kenyan survey answers)
    'sijihisi, sihisi, sihishi, hajihisi, hahisi, hatujihisi, hatuhisi, sikujihisi, sikuhisi',
);
// Words that carry a negation on to the next cue: "sijihisi mwenye wasiwasi au mwenye hofu", "not sad or angry".
export const NEGATION_COORDINATORS = set('au, ama, wala, or, nor');
// A verb in the negative "not yet" form ("sijalala vizuri", "hajapona"): it negates a cue right after it.
export const SW_NOT_YET_VERB = /^(?:si|ha|hatu|ham|hawa)ja\p{L}{3,}$/u;
// Swahili intensifiers follow the word ("nimechoka sana", Sheng "nimechoka mbaya").
export const SW_POST_INTENSIFIERS = set('sana, sanaa, mno, kabisa, zaidi, kweli, mbaya, noma, mbaya sana, kupindukia');
export const EN_POST_INTENSIFIERS = set('so much, a lot, badly, terribly, like crazy');
// Intensifiers that are also ordinary words: only intensify right after a cue.
export const CONTEXT_INTENSIFIERS = set('mbaya, noma, kweli, badly');

const reassure = [
  'sawa, niko sawa, ni sawa, ni sawa tu, niko sawa tu, sawa tu, tuko sawa, poa, niko poa, poa tu, ni poa, tuko poa',
  'sijambo, hatujambo, salama, niko salama, salama tu, hakuna shida, hakuna matata, sina shida, hamna shida',
  'hakuna noma, hamna noma, fiti, niko fiti, niko fit, freshi, niko freshi, niko fresh, shwari, niko shwari',
  'niko mzima, mzima, nzuri, nzuri tu, niko vizuri, niko mzuri, vizuri tu, niko safi, sina neno, niko tu',
];
export const SW_REASSURANCE: Record<string, string> = {};
for (const line of reassure) for (const p of line.split(',')) SW_REASSURANCE[p.trim()] = p.trim();
