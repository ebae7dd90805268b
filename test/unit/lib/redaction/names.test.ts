import { expect } from 'chai';
import { redact } from '../../../../lib/redaction/index.js';

/** Names after a title, in English and Swahili/Sheng: input and the text a provider may see. */
const AFTER_TITLES: Array<[input: string, expected: string]> = [
  ['Mr John Kamau came', 'Mr [name] came'],
  ['Mrs. Achieng said so', 'Mrs. [name] said so'],
  ['Ms Wairimu', 'Ms [name]'],
  ['Dr. J. Mwangi told me to rest', 'Dr. [name] told me to rest'],
  ['I saw Dr.Otieno and Mr.Kamau yesterday', 'I saw Dr.[name] and Mr.[name] yesterday'],
  ['Miss Atieno is kind', 'Miss [name] is kind'],
  ['I miss Wanjiru so much', 'I miss [name] so much'],
  ['dr otieno said rest', 'dr [name] said rest'],
  ['Prof. Ngugi wa Thiong’o', 'Prof. [name] wa Thiong’o'],
  ['Doctor Mwangi', 'Doctor [name]'],
  ["Pastor Ng'ang'a prayed", 'Pastor [name] prayed'],
  ['Rev. Okello', 'Rev. [name]'],
  ['Sister Mary helped', 'Sister [name] helped'],
  ['Brother Peter', 'Brother [name]'],
  ['Father Kizito', 'Father [name]'],
  ['Bishop Margaret Wanjiru', 'Bishop [name]'],
  ['Sheikh Abdallah', 'Sheikh [name]'],
  ['Imam Hassan', 'Imam [name]'],
  ['Teacher Akinyi', 'Teacher [name]'],
  ['Madam Rose', 'Madam [name]'],
  ['Auntie Wanjiru and Uncle Ben', 'Auntie [name] and Uncle [name]'],
  ['Bwana Juma alikuja', 'Bwana [name] alikuja'],
  ['Bi Fatuma', 'Bi [name]'],
  ['Bibi Zawadi', 'Bibi [name]'],
  ['nilimwona Mama Njeri jana', 'nilimwona Mama [name] jana'],
  ['mama Njeri', 'mama [name]'],
  ['Baba Otieno', 'Baba [name]'],
  ['Dada Wanjiku na Kaka Brian', 'Dada [name] na Kaka [name]'],
  ['Mwalimu Wanjiru', 'Mwalimu [name]'],
  ['Daktari Kiprop', 'Daktari [name]'],
  ['Mchungaji Kamau', 'Mchungaji [name]'],
  ['Shangazi Halima na Mjomba Said', 'Shangazi [name] na Mjomba [name]'],
  ['Babu Kariuki', 'Babu [name]'],
  ['Mzee Kenyatta', 'Mzee [name]'],
  ['Askofu Okoth', 'Askofu [name]'],
  ['Padri Lwanga', 'Padri [name]'],
  ['Mr Peter Paul Kamau Otieno', 'Mr [name] Otieno'],
];

/** Self-introductions and other explicit name cues, lowercase as speech-to-text may write them. */
const INTRODUCTIONS: Array<[input: string, expected: string]> = [
  ['my name is peter and I feel sad', 'my name is [name] and I feel sad'],
  ['My name is Peter Kamau. I am tired', 'My name is [name]. I am tired'],
  ['my name is Peter today', 'my name is [name] today'],
  ['naitwa Baraka nimekuwa na huzuni', 'naitwa [name] nimekuwa na huzuni'],
  ["my name's wanjiku", "my name's [name]"],
  ["I'm called brian", "I'm called [name]"],
  ['her name is Akinyi', 'her name is [name]'],
  ['jina langu ni john kamau na nina huzuni', 'jina langu ni [name] na nina huzuni'],
  ['jina lake ni Otieno', 'jina lake ni [name]'],
  ['naitwa amina', 'naitwa [name]'],
  ['mimi naitwa Baraka', 'mimi naitwa [name]'],
  ['anaitwa brian', 'anaitwa [name]'],
  ['Mimi ni Amina', 'Mimi ni [name]'],
  ['Hi, I am John', 'Hi, I am [name]'],
  ["I'm Wanjiru from Thika", "I'm [name] from Thika"],
];

/** Kin with a possessive, states after "I am" / "mimi ni", and common words after titles are no names. */
const NOT_NAMES = [
  'Mama yangu ni mgonjwa',
  'baba yake alikufa',
  'Dada yangu na kaka yangu',
  'Mama Yangu',
  'mama alisema niende',
  'mama njeri',
  'mimi ni mgonjwa',
  'mimi ni Mkenya',
  "I'm tired",
  'I am fine',
  'I am Kenyan',
  'I am Sorry',
  'I miss Nairobi',
  'I saw the doctor Monday',
  'Baba Mungu',
  'I love Baba. Nilimwambia kila kitu',
  'Brother, I am lost',
  'my name is not important',
  'the doctor said rest',
  'Mr [name] Otieno',
];

describe('redaction: names', () => {
  for (const [input, expected] of [...AFTER_TITLES, ...INTRODUCTIONS]) {
    it(`replaces the name in "${input}" and keeps the title or cue`, () => {
      const count = (expected.match(/\[name\]/g) ?? []).length;
      expect(redact(input)).to.deep.equal({ text: expected, kinds: ['name'], count });
      expect(redact(expected).count).to.equal(0);
    });
  }

  for (const input of NOT_NAMES) {
    it(`finds no name in "${input}"`, () => {
      expect(redact(input)).to.deep.equal({ text: input, kinds: [], count: 0 });
    });
  }
});
