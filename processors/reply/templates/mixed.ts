import type { TemplateSet } from './types.js';

// Replies in the Swahili-English mix many people in Nairobi and Dar es Salaam speak, written by the team; same rules.

export const MIXED: TemplateSet = {
  neutral: [
    "Asante for checking in leo. Kuchukua time kuangalia how you feel ni kitu poa, and I'm glad umefanya hivyo.",
    'Thanks kwa kunieleza siku yako inaendaje. Niko hapa any time ukitaka ku-check in tena.',
    'Ni vizuri kusikia from you. Endelea kutambua hisia zako; small check-ins kama hii zina maana.',
  ],
  positive: [
    "Ni poa kusikia kuna good moments kwa siku yako. Kumbuka kilichokusaidia leo, it'll help hata siku ngumu.",
    "I'm glad leo unajisikia lighter. Asante for sharing na mimi.",
    'Inaonekana ni siku nzuri. Enjoy it, na notice kilichoifanya iwe hivyo.',
  ],
  low: [
    'Asante kwa kuniambia how you feel. Inaonekana mambo ni heavy kwa sasa, and that matters. Be gentle na wewe mwenyewe leo.',
    "Nimesikia leo imekuwa ngumu. You don't have to carry yote at once. Kuongea na mtu unayemwamini kunaweza kusaidia.",
    'Inaonekana unapitia wakati mgumu. Hisia zako zina maana, na ku-share kunahitaji courage.',
  ],
  anxious: [
    'Inaonekana mambo mengi yako kwa mind yako. Try kuvuta pumzi slowly ukihesabu hadi nne, then uitoe ukihesabu hadi sita, mara chache. Hauko peke yako.',
    'Wasiwasi unaweza kufanya kila kitu kionekane urgent. Asante for sharing. Focus kwa next small step inaweza kusaidia.',
  ],
  angry: [
    'Inaonekana kuna kitu kimekuudhi sana, and it makes sense kujisikia hivyo. Asante kwa kulieleza hapa.',
    'Hasira ni ngumu ku-hold. Jipe moment kidogo kabla ya ku-act, labda short walk, inaweza kusaidia itulie.',
  ],
  reassurance: [
    "Asante for checking in. Umesema uko sawa, and I'm glad kusikia hivyo. Kama kuna kitu kinakulemea pia, it's okay kusema hapa.",
    'Nimekusikia ukisema uko fine. Sometimes tunabeba zaidi ya tunavyosema; ukitaka ku-share more, niko hapa kukusikiliza.',
  ],
  concern: [
    'Asante kwa kuniamini na how you feel. Inaonekana unaumia sana kwa sasa. You deserve support: tafadhali ongea na mtu unayemwamini au health worker leo. Ukihisi hauko safe, tafuta msaada mara moja.',
    "Nashukuru kwa kuniambia. Kujisikia hivi ni kugumu, na you don't have to face it peke yako. Unaweza kumfikia rafiki, family au counsellor leo? Kama hauko safe, tafadhali contact huduma za dharura.",
  ],
  crisis: [
    'Asante kwa kuniambia. What you are going through inaonekana ni ngumu sana, na huhitaji kukabiliana nayo peke yako. Please reach out sasa hivi kwa mtu anayeweza kusaidia:\n{resources}\nKama uko hatarini sasa hivi, piga namba ya dharura au nenda kituo cha afya kilicho karibu. Tunaijulisha care team yetu ili mtu awasiliane nawe.',
  ],
};
