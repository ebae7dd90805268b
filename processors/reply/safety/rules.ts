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
const YOU = any('you', 'u', 'youre', 'youve', 'your', 'yourself', 'ur');
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
  'an? (?:mental health|anxiety) (?:condition|disorder|problem)',
  'unyogovu',
  'shida ya akili',
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
  'dawa za (?:usingizi|kulala|msongo|kutuliza)',
  'dozi',
  'tramadol',
  'codeine',
  '(?:es)?citalopram',
  'ibuprofen',
  'haloperidol',
  'chlorpromazine',
  'carbamazepine',
  'benzos?',
);

export const SAFETY_RULES: readonly SafetyRule[] = [
  // Method and means: a reply never names a way to die or to self-harm, even to warn against it.
  {
    id: 'method.overdose',
    category: 'method',
    pattern:
      /\b(?:overdos\w*|od on|too many (?:pills|tablets)|how many (?:pills|tablets)|lethal dose|kuzidisha dawa|vidonge vingi|vidonge vyote|dawa (?:zote|nyingi)|(?:whole|entire) (?:bottle|packet|pack|box|strip) of|(?:take|taking|swallow\w*) (?:all|every) (?:of )?(?:(?:your|their|the|my|his|her|those|these) )?(?:pills?|tablets?|medicines?|medications?)|(?:lots|a lot|loads|(?:a )?handful|a bunch|(?:a )?(?:whole|entire) (?:bunch|lot)) of (?:pills|tablets|medicines|medications)|vidonge (?:vy(?:ako|ao|angu|ake|etu|enu) )?vyote|tembe (?:z(?:ako|ao|angu|ake|etu|enu) )?(?:zote|nyingi)|chupa nzima ya (?:vidonge|tembe|dawa)|(?:ku|u|usi|hu|wa|ni|a)?zidish[ae] dawa)\b/,
  },
  {
    id: 'method.hanging',
    category: 'method',
    pattern:
      /\b(?:hang(?:ing|ed|s)? (?:your|them|him|her|one|my|our)sel(?:f|ves)|ropes?|noose|(?:ku|u|usi|hu|wa|ni|a)?jinyong[ae]|kitanzi|kamba shingoni)\b/,
  },
  {
    id: 'method.jumping',
    category: 'method',
    pattern:
      /\b(?:(?:jump|leap)(?:ing|ed|s|t)? (?:off|from|in front of) |(?:jump|leap)(?:ing|ed|s|t)? into (?:a |the )?(?:river|lake|sea|ocean|water|well|dam)|in front of (?:a |the )?(?:train|car|bus|matatu|lorry|truck)|(?:ku|u|usi|hu|wa|ni|a)?ruk[ae] kutoka|(?:ku|hu|usi|wa|u)?jirush[ae]|drown(?:ing|ed)? (?:your|them|him|her|one|my)sel(?:f|ves)|(?:ku|hu|usi|wa|u)?jizamish[ae])\b/,
  },
  {
    id: 'method.cutting',
    category: 'method',
    pattern:
      /\b(?:cut(?:ting|s)? (?:your |my |their )?(?:wrists?|veins?|deeper)|cut(?:ting|s)? (?:your|them|him|her|one|my)sel(?:f|ves)|slit\w* (?:your |my )?wrists?|razors?|razor blades?|blades?|knife|knives|kisu|visu|wembe|nyembe|(?:ku|hu|wa|u|usi|ni)?jikata)\b/,
  },
  {
    id: 'method.poison',
    category: 'method',
    pattern:
      /\b(?:poison\w*|bleach|pesticides?|insecticides?|rat killer|sumu|dawa ya panya|dawa (?:ya|za) (?:kuua )?(?:wadudu|magugu|panya)|kiua ?wadudu|viuatilifu|kemikali za shambani|carbon monoxide|charcoal in a closed room)\b/,
  },
  {
    id: 'method.weapon',
    category: 'method',
    pattern:
      /\b(?:guns?|firearms?|pistol|shoot (?:yourself|myself)|bunduki|bastola|kujipiga risasi|shoot (?:your|them|him|her|my)sel(?:f|ves))\b/,
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
      `(?<!(?:not|doesnt|does not|dont|do not|whether) (?:necessarily )?(?:mean )?(?:that )?)\\b${YOU}(?: (?:are|re|ve|have|has|might|may|could|probably|clearly|definitely|must|seem to|be|been|likely))* (?:have|got|suffering from|suffer from|showing signs of|show signs of|have symptoms of|experiencing|dealing with|living with) (?:(?:a|an|some|mild|severe|clinical|signs of|symptoms of) )*${CONDITION}\\b`,
    ),
  },
  {
    id: 'diagnosis.you_are',
    category: 'diagnosis',
    pattern:
      /\b(?:you are|youre|u are|you seem|you sound|you seem to be|you look) (?:(?:probably|clearly|definitely|clinically|very|really|so) )?(?:depressed|depressed clinically|clinically depressed|bipolar|schizophrenic|psychotic|mentally ill|manic|mentally disturbed)\b/,
  },
  {
    id: 'diagnosis.sounds_like',
    category: 'diagnosis',
    pattern: new RegExp(
      `\\b${YOU} (?:may |might |probably )?(?:have|ve got|got|suffer from|suffering from) anxiety\\b(?! about| before| over| when)|\\b(?:sounds|looks|seems) like ${CONDITION}\\b|\\b(?:this|that|it) (?:is|s|could be|might be|may be|sounds like) (?:clearly |definitely |probably |the )?${CONDITION}\\b|\\b(?:thats|its|this is) the ${CONDITION} talking\\b|\\b(?:classic|typical|clear) (?:signs|symptoms) of ${CONDITION}\\b|\\b(?:i|we) (?:would |will )?diagnose\\b|\\b(?:my|this) diagnosis\\b|\\b${YOU} (?:are |re |have been |ve been )?diagnosed with\\b`,
    ),
  },
  {
    id: 'diagnosis.sw',
    category: 'diagnosis',
    pattern: new RegExp(
      `(?<!(?:haimaanishi|si|sio|siyo) (?:kwamba |kuwa )?)\\b(?:uko na|unaonekana (?:kuwa na|una)|unaweza kuwa na|huenda una|una dalili za|ni|hii ni|ni dalili (?:ya|za)|una|unaugua|unasumbuliwa na|umeathirika na|inaonekana una|wewe ni mgonjwa wa) ${CONDITION}\\b|\\bwewe ni (?:kichaa|mwendawazimu|mgonjwa wa akili)\\b`,
    ),
  },
  // Medication: starting, stopping or changing a medicine, or a dose.
  {
    id: 'medication.change',
    category: 'medication',
    pattern: new RegExp(
      `\\b(?:take|taking|try|start|stop|stopping|quit|increase|double|reduce|lower|skip|come off|get off|switch|swallow|buy|cut back on|cut down on|taper\\w* off|wean\\w* off|dont need|do not need|no longer need) (?:(?:your|some|a|an|the|more|less|extra|a few|two|2|one|half|all|their|my|another|double|couple|of|any|those|these|lots|lot|loads|handful|bunch|many) )*${MEDICINE}\\b`,
    ),
  },
  { id: 'medication.dose', category: 'medication', pattern: /\b\d+ ?(?:mg|milligrams?|ml)\b/ },
  {
    id: 'medication.sw',
    category: 'medication',
    pattern: new RegExp(
      `\\b(?:ku|u|hu|ni|uta|una|ume)?(?:mez[ae]|nyw[ae]|tumi[ae]|ach[ae]|ongez[ae]|punguz[ae]|nunu[ae])(?: kutumia)? (?:hizo |zako |yako |zaidi |kimoja |moja |mbili |ya |za )*${MEDICINE}\\b`,
    ),
  },
  // Dismissive or stigmatising words.
  {
    id: 'dismissive.pray',
    category: 'dismissive',
    pattern:
      /\b(?:just pray|pray (?:it away|harder|more)|all you need is prayer|omba tu(?! (?:msaada|usaidizi|ushauri))|m?w?u?omb[ae] mungu tu|sali tu|ni maombi tu|unahitaji maombi tu)\b/,
  },
  {
    id: 'dismissive.get_over',
    category: 'dismissive',
    pattern:
      /(?<!(?:to|cant|not|no need to|dont have to) )\b(?:get over it|snap out of it|man up|toughen up|cheer up(?! your)|move on already|stop (?:crying|complaining|whining|overthinking|being (?:so )?(?:dramatic|sensitive|weak|negative))|(?:youre|you are) being (?:so )?(?:dramatic|sensitive|weak)|dont be (?:so )?(?:dramatic|sensitive|weak)|just (?:be|think|stay) (?:happy|positive)|think positive|jikaze(?: tu)?|men dont cry|wanaume hawalii|acha (?:kulia|kulalamika|kudeka|ujinga|kujionea huruma)|usidekeke)\b/,
  },
  {
    id: 'dismissive.minimise',
    category: 'dismissive',
    pattern:
      /\b(?:(?:others|other people|some people|many people|people) (?:\w+ ){0,2}(?:have it|are) (?:much |far |even )?worse|(?:its|it is) all in your (?:head|mind)|(?:you are|youre) overreacting|attention seeking|not a big deal(?! to)|its nothing(?! to| you| wrong| serious)|(?:wengine|watu|kuna watu) (?:wana|walio na) (?:shida|matatizo) (?:kubwa|makubwa)(?: zaidi| kuliko)|ni mawazo (?:yako )?tu|ni ujinga tu)\b/,
  },
  {
    id: 'dismissive.stigma',
    category: 'dismissive',
    pattern:
      /(?<!(?:not|arent|re not|mean youre|mean you are|si|huna|sio|siyo|hauna) )\b(?:crazy(?! (?:week|day|time|busy))|insane|psycho|lunatic|nutcase|mad ?man|mental case|weakling|kichaa|mwendawazimu|mwehu|punguani|\w*chizi\w*|umechanganyikiwa|taahira|zezeta|ume[lr]ogwa|una (?:mapepo|pepo)|ni shetani)\b/,
  },
  // Confidentiality the service cannot promise (a clinician may be alerted).
  {
    id: 'confidentiality.promise',
    category: 'confidentiality',
    pattern:
      /\b(?:(?:i|we|ill|well|im|were)(?: am)? (?:wont|will not|will never|never|not going to|promise not to|promise never to) (?:ever )?(?:tell|share|repeat)(?! you)|between (?:just )?(?:us|you and me|you and i|the two of us)|keep (?:this|it|that)(?: just)? (?:secret|private|to myself)|(?:this|our) (?:conversation|chat|talk) is (?:\w+ )?(?:private|confidential|secret)|(?:no ?one|nobody)(?: else)? (?:will|can|is going to) (?:ever )?(?:know|find out|see|hear)(?! (?:how|what|unless))|(?:completely|totally|strictly|100 percent|100) (?:confidential|private|secret)|your secret is safe)\b/,
  },
  {
    id: 'confidentiality.sw',
    category: 'confidentiality',
    pattern:
      /\b(?:sita(?:mw|wa|w)(?:ambia|eleza)|hatuta(?:mw|w)(?:ambia|eleza)|ni siri yetu|siri (?:kati yetu|yako iko salama)|kati (?:yetu|yako na mimi|yangu na wewe)|between (?:sisi|mimi na wewe)|(?:nitakuwekea|nitaweka|itabaki) (?:hii )?siri|(?:mazungumzo|maongezi) (?:haya|yetu) ni (?:ya )?siri|hakuna (?:mtu )?(?:mwingine )?(?:atakayejua|atajua)(?! (?:jinsi|unavyo\w*|ulivyo\w*|kama))|ni siri kabisa)\b/,
  },
];
