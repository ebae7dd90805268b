import { expect } from 'chai';
import { redact } from '../../../../lib/redaction/index.js';

const CHECK_IN =
  'Habari, jina langu ni amina. Nimechoka sana 😔 siku 3 sasa. Mama Njeri 👩🏾‍⚕️ alinipigia 0712 345 678, ' +
  'email yangu ni amina.k+resona@gmail.com, ID 12345678. I am 23 and spent KSh 1,500 at 10:30 🙏🏽\n';

const CHECK_IN_REDACTED =
  'Habari, jina langu ni [name]. Nimechoka sana 😔 siku 3 sasa. Mama [name] 👩🏾‍⚕️ alinipigia [phone], ' +
  'email yangu ni [email], ID [id]. I am 23 and spent KSh 1,500 at 10:30 🙏🏽\n';

/** 100 kB inputs built to make a backtracking pattern take quadratic or exponential time, and what they become. */
const ADVERSARIAL: Array<[name: string, input: string, expected: string]> = [
  ['an endless local part', 'a'.repeat(100_000) + '@', 'a'.repeat(100_000) + '@'],
  ['dotted labels without a top-level domain', 'x@' + 'a.'.repeat(50_000), 'x@' + 'a.'.repeat(50_000)],
  ['at signs between letters', 'a@'.repeat(50_000), 'a@'.repeat(50_000)],
  ['spoken dots without an "at"', 'a dot '.repeat(16_000), 'a dot '.repeat(16_000)],
  ['zeros apart by spaces', '0 '.repeat(50_000), '0 '.repeat(50_000)],
  ['a plus before every digit', '+1.'.repeat(33_000), '+1.'.repeat(33_000)],
  ['one long spelled number', 'one '.repeat(25_000), '[phone] '],
  ['ID cues without a value', 'ID no '.repeat(16_000), 'ID no '.repeat(16_000)],
  ['titles after titles', 'Mr '.repeat(33_000), 'Mr '.repeat(33_000)],
  ['a name cue before an endless word', 'my name is ' + 'x'.repeat(100_000), 'my name is [name]'],
  ['a whole check-in, 500 times', CHECK_IN.repeat(500), CHECK_IN_REDACTED.repeat(500)],
];

describe('redaction: the redact() contract', () => {
  it('returns an empty text unchanged with nothing recorded', () => {
    expect(redact('')).to.deep.equal({ text: '', kinds: [], count: 0 });
  });

  it('replaces only the identifiers and keeps every other character, emoji and newlines included', () => {
    expect(redact(CHECK_IN).text).to.equal(CHECK_IN_REDACTED);
  });

  it('records each kind once, sorted, and counts every replacement', () => {
    expect(redact('0712345678 a@b.co 0722111222 Mr Kamau a@b.co')).to.deep.equal({
      text: '[phone] [email] [phone] Mr [name] [email]',
      kinds: ['email', 'name', 'phone'],
      count: 5,
    });
  });

  it('records the kinds but never the values', () => {
    const result = JSON.stringify(redact(CHECK_IN));
    for (const value of ['amina', 'Njeri', '345', 'gmail', '12345678']) expect(result).to.not.include(value);
  });

  it('is idempotent: redacting the redacted text changes nothing and records nothing', () => {
    const once = redact(CHECK_IN).text;
    expect(redact(once)).to.deep.equal({ text: once, kinds: [], count: 0 });
  });

  it('reads the digits of an e-mail address as part of the address, not as a phone number', () => {
    expect(redact('0712345678@gmail.com')).to.deep.equal({ text: '[email]', kinds: ['email'], count: 1 });
  });

  it('reads an ID after its cue as an ID, not as a bare number', () => {
    expect(redact('ID 12345678 and 12345678').text).to.equal('ID [id] and [number]');
  });

  it('keeps combining marks and astral characters around a redacted name intact', () => {
    expect(redact('👩🏾 Dr Mu\u0308ller 🇰🇪 ḿama').text).to.equal('👩🏾 Dr [name] 🇰🇪 ḿama');
  });

  for (const [name, input, expected] of ADVERSARIAL) {
    it(`returns in linear time, and correctly, for 100 kB of ${name}`, () => {
      expect(input.length).to.be.at.least(95_000);
      expect(redact(input).text).to.equal(expected);
    });
  }
});
