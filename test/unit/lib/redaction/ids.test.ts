import { expect } from 'chai';
import { redact, type RedactionKind } from '../../../../lib/redaction/index.js';

/** Input, the text a provider may see, and the kind recorded. */
const IDS: Array<[input: string, expected: string, kind: RedactionKind]> = [
  ['my ID number is 12345678', 'my ID number is [id]', 'national_id'],
  ['ID no. 1234567, thanks', 'ID no. [id], thanks', 'national_id'],
  ['my id: 12 345 678', 'my id: [id]', 'national_id'],
  ['national I.D. 23456789', 'national I.D. [id]', 'national_id'],
  ['kitambulisho changu ni 12345678', 'kitambulisho changu ni [id]', 'national_id'],
  ['namba ya kitambulisho ni 87654321', 'namba ya kitambulisho ni [id]', 'national_id'],
  ['namba ya kitambulisho ni moja mbili tatu nne tano sita saba nane', 'namba ya kitambulisho ni [id]', 'national_id'],
  ['huduma number 123456789', 'huduma number [id]', 'national_id'],
  ['my NIN is CM90012102ABCD', 'my NIN is [id]', 'national_id'],
  ['CF85034101XYZW was on the form', '[id] was on the form', 'national_id'],
  ['NIDA 19900101-12345-00001-23', 'NIDA [id]', 'national_id'],
  ['ile namba 19900101-12345-00001-23 ilikataliwa', 'ile namba [id] ilikataliwa', 'national_id'],
  ['passport number A1234567', 'passport number [passport]', 'passport'],
  ['my passport is AK0123456.', 'my passport is [passport].', 'passport'],
  ['pasipoti yangu ni C00123456', 'pasipoti yangu ni [passport]', 'passport'],
  // A bare 7-8 digit run may be a Kenyan ID; without a cue it is kept apart as a number.
  ['the form had 12345678 on it', 'the form had [number] on it', 'number'],
  ['akaunti 1234567 imefungwa', 'akaunti [number] imefungwa', 'number'],
  ['card 4111111111111111', 'card [number]', 'number'],
];

/** Text near an ID cue that holds no ID number. */
const NOT_IDS = [
  'my ID was stolen in 2019',
  'ID 2019',
  'my passport expires 2030',
  'I need an ID card',
  'kitambulisho changu kimepotea siku 3 zilizopita',
  'I paid 1500000 shillings',
  'cmd is not an id',
  'the [id] placeholder',
];

describe('redaction: ID, passport and other long numbers', () => {
  for (const [input, expected, kind] of IDS) {
    it(`replaces the ${kind} in "${input}"`, () => {
      expect(redact(input)).to.deep.equal({ text: expected, kinds: [kind], count: 1 });
      expect(redact(expected).count).to.equal(0);
    });
  }

  for (const input of NOT_IDS) {
    it(`finds no ID number in "${input}"`, () => {
      expect(redact(input)).to.deep.equal({ text: input, kinds: [], count: 0 });
    });
  }

  it('records an ID, a passport and a phone in one text, each once', () => {
    expect(redact('ID 12345678, passport A1234567, simu 0712345678')).to.deep.equal({
      text: 'ID [id], passport [passport], simu [phone]',
      kinds: ['national_id', 'passport', 'phone'],
      count: 3,
    });
  });
});
