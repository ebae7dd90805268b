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
add(sw, null, 'mbaya, vibaya', -2); // "bad": valence only, and an intensifier right after a cue
add(sw, null, 'noma', -1); // Sheng: "tough/bad" alone, "intense/great" after a cue, so valence-only and weak
export const SW_WORDS = sw;

// Word-level negators; negated verbs ("sifurahi", "hajafurahi") are read by the root matcher.
export const SW_NEGATORS = set(
  'si, sio, siyo, sina, huna, hana, hatuna, hamna, hawana, hakuna, haina, bila, wala, hapana, sijisikii, ' +
    'sijiskii, hajisikii, hatujisikii, sikuwa, hakuwa, hakukuwa, sijawahi, sioni, sikuwahi',
);
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
