import { expect } from 'chai';
import { redact } from '../../../../lib/redaction/index.js';

/** Phone numbers as people write or say them, each with where it is from. */
const PHONES: Array<[input: string, form: string]> = [
  ['+254 712 345 678', 'Kenya, international'],
  ['+254712345678', 'Kenya, international without spaces'],
  ['254712345678', 'Kenya, country code without "+"'],
  ['00254 712 345 678', 'Kenya, "00" international prefix'],
  ['+254 (0) 712 345 678', 'Kenya, international with the trunk "(0)"'],
  ['0712 345 678', 'Kenya, national with spaces'],
  ['0712345678', 'Kenya, national'],
  ['0712-345-678', 'Kenya, national with dashes'],
  ['0712.345.678', 'Kenya, national with dots'],
  ['(0712) 345 678', 'Kenya, national with parentheses'],
  ['0110 123 456', 'Kenya, Safaricom 011x range'],
  ['0101234567', 'Kenya, Airtel 010x range'],
  ['+254 110 123 456', 'Kenya, 011x range, international'],
  ['020 2345678', 'Kenya, Nairobi landline'],
  ['712 345 678', 'Kenya, mobile without its 0'],
  ['+255 754 123 456', 'Tanzania, international'],
  ['0754 123 456', 'Tanzania, national 07xx'],
  ['0654123456', 'Tanzania, national 06xx'],
  ['+256 772 123456', 'Uganda, international'],
  ['0772 123 456', 'Uganda, national'],
  ['+250 788 123 456', 'Rwanda, international'],
  ['+257 79 123 456', 'Burundi, international (8 digits)'],
  ['+211 912 345 678', 'South Sudan, international'],
  ['+1 (555) 123-4567', 'North America, E.164 with parentheses and dash'],
  ['+44 20 7946 0958', 'United Kingdom, E.164 with spaces'],
  ['+49.30.1234567', 'Germany, E.164 with dots'],
  ['0044 20 7946 0958', 'United Kingdom, "00" international prefix'],
];

/** Numbers read aloud by speech-to-text, digit by digit. */
const SPELLED: Array<[input: string, expected: string]> = [
  ['zero seven one two three four five six seven eight', '[phone]'],
  ['namba yangu ni sifuri saba moja mbili tatu nne tano sita saba nane', 'namba yangu ni [phone]'],
  ['Oh seven one two, three four five, six seven eight.', '[phone].'],
  ['plus two five four seven one two three four five six seven eight', '[phone]'],
  ['zero seven double two three four five six seven', '[phone]'],
  ['sifuri saba 12 tatu nne tano sita saba nane', '[phone]'],
  ['I am 23, zero seven one two three four five six seven eight', 'I am 23, [phone]'],
];

/** Ordinary numbers a check-in needs, which no rule may take. */
const ORDINARY = [
  'I am 23 years old',
  'nina miaka 45',
  'I spent 5000 shillings',
  'KSh 1,500 only',
  'nilipoteza KSh 2500000 kwa kamari',
  'he owes me 1500000/=',
  'shilingi 100000000',
  'USD 250',
  'we meet at 10:30 or 10.30',
  'on 2024-05-01 and 01.05.2024 and 01/05/2024',
  'since 1990, every year until 2024',
  'sijala siku 3',
  'I slept 4 hours, 2 nights in a row',
  'about 3.5 kg',
  'room 12 14 16',
  'call 0712 34',
  'sita na saba',
  'one two three four five six seven eight',
];

describe('redaction: phone numbers', () => {
  for (const [input, form] of PHONES) {
    it(`replaces a phone number (${form}) by [phone]: "${input}"`, () => {
      expect(redact(`call me on ${input} tomorrow`)).to.deep.equal({
        text: 'call me on [phone] tomorrow',
        kinds: ['phone'],
        count: 1,
      });
    });
  }

  for (const [input, expected] of SPELLED) {
    it(`replaces a phone number spelled in words by [phone]: "${input}"`, () => {
      expect(redact(input)).to.deep.equal({ text: expected, kinds: ['phone'], count: 1 });
      expect(redact(expected).count).to.equal(0);
    });
  }

  for (const input of ORDINARY) {
    it(`leaves the ordinary numbers in "${input}"`, () => {
      expect(redact(input)).to.deep.equal({ text: input, kinds: [], count: 0 });
    });
  }

  it('keeps the numbers next to a phone number: an age before it, a year after it', () => {
    expect(redact('I am 23 0712345678 since 2020').text).to.equal('I am 23 [phone] since 2020');
    expect(redact('+254 712 345 678 23 times').text).to.equal('[phone] 23 times');
  });

  it('reads a currency only as a word of its own, not the end of a name ("Trish 712345678")', () => {
    expect(redact('ask Trish 712345678').text).to.equal('ask Trish [phone]');
  });

  it('keeps a parenthesis that the number does not close', () => {
    expect(redact('(0712 345 678)').text).to.equal('([phone])');
  });

  it('tells two numbers apart and counts both', () => {
    expect(redact('0712 345 678 or 0722 111 222')).to.deep.equal({
      text: '[phone] or [phone]',
      kinds: ['phone'],
      count: 2,
    });
  });

  it('finds a number grouped with no-break or narrow spaces, as contact cards copy it', () => {
    for (const sep of ['\u00a0', '\u202f', '\u2009'])
      expect(redact(`nipigie 0712${sep}345${sep}678 tafadhali`).text).to.equal('nipigie [phone] tafadhali');
  });
});
