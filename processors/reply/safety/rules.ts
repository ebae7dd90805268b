// The safety rules every reply passes before it is stored (DESIGN §11; why each exists: SAFETY.md). Each rule is a
// pattern over the folded text (fold.ts: lower case, single spaces, a space at each end). A rule names a harm a
// reply can do, not a topic: "you have done well to share this" names no condition and passes.

export const SAFETY_CATEGORIES = ['method', 'diagnosis', 'medication', 'dismissive', 'confidentiality'] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

export interface SafetyRule {
  id: string;
  category: SafetyCategory;
  pattern: RegExp;
}

const any = (...alts: string[]) => `(?:${alts.join('|')})`;
const YOU = any('you', 'u', 'youre', 'your', 'yourself');
// Conditions a reply must not tell a person they have (English and Swahili names).
const CONDITION = any(
  'depression',
  'clinical depression',
  'major depressive',
  'bipolar',
  'ptsd',
  'post traumatic',
  'schizophreni\\w*',
  'psychosis',
  'psychotic',
  'borderline',
  'bpd',
  'ocd',
  'adhd',
  'anxiety disorder',
  'panic disorder',
  'an? (?:mental|psychiatric|personality|mood|eating) (?:illness|disorder|condition)',
  'mental illness',
  'a disorder',
  'manic',
  'mania',
  'sonona',
  'ugonjwa wa (?:akili|sonona|msongo wa mawazo)',
  'tatizo la (?:afya ya )?akili',
  'wazimu',
  'kichaa',
);
const MEDICINE = any(
  'medication',
  'medications',
  'medicine',
  'meds',
  'pills?',
  'tablets?',
  'antidepressants?',
  'sleeping pills?',
  'sedatives?',
  'dose',
  'dosage',
  'prozac',
  'fluoxetine',
  'sertraline',
  'zoloft',
  'amitriptyline',
  'diazepam',
  'valium',
  'xanax',
  'alprazolam',
  'lorazepam',
  'paracetamol',
  'panadol',
  'lithium',
  'quetiapine',
  'olanzapine',
  'dawa',
  'vidonge',
  'kidonge',
  'dawa za (?:usingizi|kulala|msongo)',
);

export const SAFETY_RULES: readonly SafetyRule[] = [
  // Method and means: a reply never names a way to die or to self-harm, even to warn against it.
  {
    id: 'method.overdose',
    category: 'method',
    pattern:
      /\b(?:overdos\w*|od on|too many (?:pills|tablets)|how many (?:pills|tablets)|lethal dose|kuzidisha dawa|vidonge vingi)\b/,
  },
  {
    id: 'method.hanging',
    category: 'method',
    pattern: /\b(?:hang(?:ing)? (?:yourself|oneself|myself)|noose|kujinyonga|jinyonga|kitanzi|kamba shingoni)\b/,
  },
  {
    id: 'method.jumping',
    category: 'method',
    pattern:
      /\b(?:jump(?:ing)? (?:off|from) (?:a |the )?(?:bridge|building|roof|cliff|balcony)|kuruka kutoka (?:ghorofa|darajani|juu))\b/,
  },
  {
    id: 'method.cutting',
    category: 'method',
    pattern:
      /\b(?:cut(?:ting)? (?:your |my )?(?:wrists?|veins?|deeper)|slit\w* (?:your |my )?wrists?|kujikata|jikata (?:mkono|mishipa))\b/,
  },
  {
    id: 'method.poison',
    category: 'method',
    pattern:
      /\b(?:poison\w*|bleach|pesticides?|insecticides?|rat killer|sumu|dawa ya panya|kemikali za shambani|carbon monoxide|charcoal in a closed room)\b/,
  },
  {
    id: 'method.weapon',
    category: 'method',
    pattern: /\b(?:guns?|firearms?|pistol|shoot (?:yourself|myself)|bunduki|kujipiga risasi)\b/,
  },
  {
    id: 'method.means',
    category: 'method',
    pattern:
      /\b(?:painless way|quickest way|easiest way|best way) to (?:die|end (?:it|your life))\b|\bnjia (?:rahisi|ya haraka) ya kufa\b/,
  },
  // Diagnosis: telling the person what condition they have.
  {
    id: 'diagnosis.you_have',
    category: 'diagnosis',
    pattern: new RegExp(
      `\\b${YOU} (?:(?:probably|may|might|clearly|definitely|must|seem to|could) )?(?:have|ve got|are suffering from|suffer from|are showing signs of|have symptoms of) ${CONDITION}\\b`,
    ),
  },
  {
    id: 'diagnosis.you_are',
    category: 'diagnosis',
    pattern:
      /\b(?:you are|youre|u are) (?:(?:probably|clearly|definitely|clinically) )?(?:depressed clinically|clinically depressed|bipolar|schizophrenic|psychotic|mentally ill|manic|mentally disturbed)\b/,
  },
  {
    id: 'diagnosis.sounds_like',
    category: 'diagnosis',
    pattern: new RegExp(
      `\\b(?:sounds|looks|seems) like ${CONDITION}\\b|\\bthis is (?:clearly |definitely )?${CONDITION}\\b|\\bdiagnos\\w*`,
    ),
  },
  {
    id: 'diagnosis.sw',
    category: 'diagnosis',
    pattern: new RegExp(
      `\\b(?:una|unaugua|unasumbuliwa na|umeathirika na|inaonekana una|wewe ni mgonjwa wa) ${CONDITION}\\b|\\bwewe ni (?:kichaa|mwendawazimu|mgonjwa wa akili)\\b`,
    ),
  },
  // Medication: starting, stopping or changing a medicine, or a dose.
  {
    id: 'medication.change',
    category: 'medication',
    pattern: new RegExp(
      `\\b(?:take|taking|try|start|stop|stopping|quit|increase|double|reduce|lower|skip|come off|get off|switch|swallow|buy) (?:(?:your|some|a|an|the|more|less|extra|a few|two|2) )*(?:of )?(?:your )?${MEDICINE}\\b`,
    ),
  },
  { id: 'medication.dose', category: 'medication', pattern: /\b\d+ ?(?:mg|milligrams?|ml)\b/ },
  {
    id: 'medication.sw',
    category: 'medication',
    pattern: new RegExp(
      `\\b(?:meza|kunywa|tumia|anza kutumia|acha kutumia|acha|ongeza|punguza|nunua) (?:hizo |zako |yako |zaidi )?${MEDICINE}\\b`,
    ),
  },
  // Dismissive or stigmatising words.
  {
    id: 'dismissive.pray',
    category: 'dismissive',
    pattern:
      /\b(?:just pray|pray (?:it away|harder|more)|all you need is prayer|omba tu|sali tu|ni maombi tu|unahitaji maombi tu)\b/,
  },
  {
    id: 'dismissive.get_over',
    category: 'dismissive',
    pattern:
      /\b(?:get over it|snap out of it|man up|toughen up|cheer up|move on already|stop (?:crying|complaining|whining|being (?:so )?(?:dramatic|sensitive|weak|negative))|just be (?:happy|positive)|jikaze tu|acha (?:kulia|kulalamika|kudeka|ujinga|kujionea huruma)|usidekeke)\b/,
  },
  {
    id: 'dismissive.minimise',
    category: 'dismissive',
    pattern:
      /\b(?:others have it worse|(?:its|it is) all in your head|(?:you are|youre) overreacting|attention seeking|not a big deal|its nothing|wengine wana (?:shida|matatizo) (?:kubwa|makubwa)|ni mawazo (?:yako )?tu|ni ujinga tu)\b/,
  },
  {
    id: 'dismissive.stigma',
    category: 'dismissive',
    pattern:
      /\b(?:crazy|insane|psycho|lunatic|nutcase|mad ?man|mental case|weakling|kichaa|mwendawazimu|punguani|chizi|umerogwa|una (?:mapepo|pepo)|ni shetani)\b/,
  },
  // Confidentiality the service cannot promise (a clinician may be alerted).
  {
    id: 'confidentiality.promise',
    category: 'confidentiality',
    pattern:
      /\b(?:(?:i|we) (?:wont|will not|will never|promise not to) tell|(?:stays?|remain|will stay) between (?:us|you and me)|(?:completely|totally|strictly|100 percent|100) (?:confidential|private|secret)|no ?one (?:else )?will (?:ever )?(?:know|find out|see)|your secret is safe|nobody (?:else )?will (?:ever )?(?:know|see))\b/,
  },
  {
    id: 'confidentiality.sw',
    category: 'confidentiality',
    pattern:
      /\b(?:sitamwambia mtu|hatutamwambia mtu|ni siri yetu|siri (?:kati yetu|yako iko salama)|hakuna (?:mtu )?(?:atakayejua|atajua)|ni siri kabisa)\b/,
  },
];
