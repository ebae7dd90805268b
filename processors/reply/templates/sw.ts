import type { TemplateSet } from './types.js';

// Swahili replies, written by the team (standard Swahili as spoken in Kenya and Tanzania); same rules as en.ts.

export const SW: TemplateSet = {
  neutral: [
    'Asante kwa kuwasiliana nasi leo. Kutenga muda kutambua jinsi unavyojisikia ni jambo zuri, na ninafurahi umefanya hivyo.',
    'Asante kwa kunieleza siku yako inavyoendelea. Niko hapa wakati wowote unapotaka kuzungumza tena.',
    'Ni vizuri kusikia kutoka kwako. Endelea kutambua hisia zako; mazungumzo mafupi kama haya yana maana.',
    'Asante kwa kujipa dakika chache leo. Vyovyote siku yako itakavyokwenda, unaweza kurudi na kuzungumza.',
  ],
  positive: [
    'Ni furaha kusikia kuna mambo mazuri katika siku yako. Kumbuka kilichokusaidia leo; kitakusaidia hata siku ngumu.',
    'Ninafurahi kwamba leo unajisikia vizuri zaidi. Asante kwa kunishirikisha.',
    'Inaonekana ni siku nzuri. Ifurahie, na utambue kilichoifanya iwe hivyo.',
  ],
  low: [
    'Asante kwa kuniambia jinsi unavyojisikia. Inaonekana mambo ni mazito kwa sasa, na hilo ni muhimu. Jitendee kwa upole leo; je, kuna jambo moja dogo linaloweza kukuletea faraja kidogo?',
    'Nimesikia kwamba leo imekuwa ngumu. Huhitaji kubeba yote kwa mara moja. Kuzungumza na mtu unayemwamini kunaweza kusaidia, hata kwa dakika chache.',
    'Inaonekana unapitia wakati mgumu. Hisia zako zina maana, na kuzieleza kunahitaji ujasiri.',
    'Asante kwa kuwa mkweli kuhusu siku ngumu. Kupumzika, kula na muda kidogo na mtu mwema kunaweza kuleta tofauti.',
  ],
  anxious: [
    'Inaonekana mambo mengi yanakusumbua akilini. Jaribu kuvuta pumzi polepole ukihesabu hadi nne, kisha uitoe ukihesabu hadi sita, mara chache. Hauko peke yako.',
    'Wasiwasi unaweza kufanya kila kitu kionekane cha haraka. Asante kwa kunieleza. Kuzingatia hatua moja ndogo inayofuata kunaweza kupunguza uzito.',
    'Nimesikia kwamba huna amani. Ni sawa kutulia kidogo. Kutaja kinachokutia wasiwasi, kama ulivyofanya hapa, ni hatua nzuri ya kwanza.',
  ],
  angry: [
    'Inaonekana kuna jambo limekukasirisha sana, na ni kawaida kujisikia hivyo. Asante kwa kulieleza hapa.',
    'Hasira ni ngumu kubeba. Kujipa muda kidogo kabla ya kuchukua hatua, labda kutembea kidogo, kunaweza kusaidia itulie.',
    'Nimesikia jinsi ulivyokerwa. Hisia zako ni muhimu. Je, kuna mtu unayemwamini unayeweza kuzungumza naye kuhusu hili?',
  ],
  reassurance: [
    'Asante kwa kuwasiliana nasi. Umesema uko sawa, na ninafurahi kusikia hivyo. Kama kuna jambo lolote linalokulemea pia, ni sawa kulisema hapa.',
    'Nimekusikia ukisema uko sawa. Wakati mwingine tunabeba zaidi ya tunavyosema; ukitaka kueleza zaidi, niko hapa kukusikiliza.',
    'Asante kwa kunishirikisha. Ni sawa kutokuwa sawa wakati wote. Kama leo ni nzito kuliko maneno yako, unaweza kuniambia.',
  ],
  concern: [
    'Asante kwa kuniamini na hisia zako. Inaonekana unaumia sana kwa sasa. Unastahili msaada: tafadhali fikiria kuzungumza na mtu unayemwamini au mhudumu wa afya leo. Ukihisi hauko salama, tafuta msaada mara moja.',
    'Nashukuru sana kwa kuniambia. Kujisikia hivi ni kugumu, na huhitaji kukabiliana nalo peke yako. Je, unaweza kumfikia rafiki, mwanafamilia au mshauri leo? Kama hauko salama, tafadhali wasiliana na huduma za dharura.',
    'Unachohisi ni muhimu. Tafadhali usikae nacho peke yako: kuzungumza na mtu unayemwamini au mhudumu wa afya kunaweza kusaidia. Mambo yakizidi kuwa magumu au ukihisi hauko salama, tafuta msaada mara moja.',
  ],
  crisis: [
    'Asante kwa kuniambia. Unachopitia kinaonekana kuwa kigumu sana, na huhitaji kukabiliana nacho peke yako. Tafadhali wasiliana sasa na mtu anayeweza kukusaidia:\n{resources}\nKama uko hatarini sasa hivi, piga namba ya dharura au nenda kituo cha afya kilicho karibu. Tunaijulisha timu yetu ya huduma ili mtu awasiliane nawe.',
    'Nashukuru sana kwa kuniambia, na ninajali usalama wako. Tafadhali zungumza na mtu sasa hivi:\n{resources}\nKama unahisi huenda ukajidhuru hivi karibuni, nenda kituo cha afya kilicho karibu au piga namba ya dharura, na umwombe mtu unayemwamini akae nawe. Tunaijulisha timu yetu ya huduma ili iwasiliane nawe.',
  ],
};
