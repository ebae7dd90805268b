import { expect } from 'chai';
import { redact } from '../../../../lib/redaction/index.js';

/** Input, and the text a provider may see. */
const EMAILS: Array<[input: string, expected: string]> = [
  ['write to amina@example.com please', 'write to [email] please'],
  ['john.doe+checkin@gmail.com', '[email]'],
  ['j_o-h.n@mail.health.go.ke.', '[email].'],
  ['(WANJIKU@YAHOO.CO.UK)', '([email])'],
  ['barua pepe yangu ni otieno99@students.uonbi.ac.ke, asante', 'barua pepe yangu ni [email], asante'],
  ['my email is john dot doe at gmail dot com', 'my email is [email]'],
  ['amina at yahoo dot co dot ke', '[email]'],
  ['my email is amina.k at gmail.com', 'my email is [email]'],
  ['write to j_doe at company.co.ke', 'write to [email]'],
];

/** Text with an "@" that is no address and stays as it was. */
const NOT_EMAILS = [
  'meet me a @ b tomorrow',
  'I was at home dot on time',
  'user@localhost',
  'price@ 500',
  'email@',
  'john@example',
  'I feel 100% @ work',
  'I looked at facebook.com today',
  'I looked at gmail.com yesterday',
  'my sister works at yahoo.com',
  'I have worked since 2019 at jumia.com and I am tired',
];

const HANDLES: Array<[input: string, expected: string]> = [
  ['follow me @amina_k on tiktok', 'follow me [handle] on tiktok'],
  ['DM @john.doe.', 'DM [handle].'],
  ['I am @home now', 'I am [handle] now'],
  ['@otieno99, call me', '[handle], call me'],
];

const NOT_HANDLES = ['@ab is too short', 'meet @2030 tonight', 'a@@b', 'see you @ 5'];

describe('redaction: e-mail addresses and handles', () => {
  for (const [input, expected] of EMAILS) {
    it(`replaces the e-mail address in "${input}" by [email], once and for all`, () => {
      expect(redact(input)).to.deep.equal({ text: expected, kinds: ['email'], count: 1 });
      expect(redact(expected)).to.deep.equal({ text: expected, kinds: [], count: 0 });
    });
  }

  for (const input of NOT_EMAILS) {
    it(`leaves "${input}" without an e-mail address`, () => {
      expect(redact(input).kinds).to.not.include('email');
      expect(redact(input).text).to.equal(input);
    });
  }

  for (const [input, expected] of HANDLES) {
    it(`replaces the social handle in "${input}" by [handle], once and for all`, () => {
      expect(redact(input)).to.deep.equal({ text: expected, kinds: ['handle'], count: 1 });
      expect(redact(expected)).to.deep.equal({ text: expected, kinds: [], count: 0 });
    });
  }

  for (const input of NOT_HANDLES) {
    it(`leaves "${input}" without a handle`, () => {
      expect(redact(input)).to.deep.equal({ text: input, kinds: [], count: 0 });
    });
  }
});
