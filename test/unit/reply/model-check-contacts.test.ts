import { expect } from 'chai';
import { unusableReason } from '../../../processors/reply/model-check.js';

// Review of cdfb977..HEAD: processors/reply/model-check.ts (CONTACT, knownWordShare) and lib/redaction/contact.ts
// (HALF_EMAIL).

const reply = (text: string) => ({ text, refused: false, truncated: false });

describe('model replies a caring reply would contain (model-check.ts CONTACT)', () => {
  // "\+?\d[\d\p{Zs}().-]{5,}\d" reads any run of digits joined by dashes or spaces as a phone number.
  for (const [text, language] of [
    ['Try the 5-4-3-2-1 grounding exercise when the worry rises, and be gentle with yourself tonight.', 'en'],
    ['It sounds like the 2019-2024 years were really hard for you, and you are still standing.', 'en'],
    ['Jaribu mazoezi ya kupumua 5-4-3-2-1 wasiwasi ukiongezeka, na ujipe muda wa kupumzika.', 'sw'],
    ['Pole sana kwa yote uliyopitia tangu 2020 - 2023, umeonyesha nguvu kubwa.', 'sw'],
  ] as const)
    it(`accepts "${text}"`, () => {
      expect(unusableReason(reply(text), language)).to.equal(undefined);
    });
});

describe('model replies in plain English (model-check.ts knownWordShare)', () => {
  // Only function words and lexicon words count as English: "rest", "water", "breaks", "sessions" do not (share 0.14).
  it('accepts a short caring English reply of ordinary words', () => {
    expect(
      unusableReason(
        reply('Exams sound stressful. Rest well, drink water, and take short breaks between revision sessions.'),
        'en',
      ),
    ).to.equal(undefined);
  });
});

describe('a crisis line only from configuration (model-check.ts CONTACT)', () => {
  // Seven characters at least: short codes and texting lines pass, as do other top-level domains.
  for (const text of [
    'If you feel unsafe tonight, please call 1199 right away, someone will answer.',
    'Please text HOME to 741741 or dial 999 if you are in danger.',
    'You can reach help at befrienders.co.uk or findahelpline.io any time.',
  ])
    it(`refuses a model-given number or address: "${text}"`, () => {
      expect(unusableReason(reply(text), 'en')).to.equal('the model gave a phone number or web address');
    });
  it('refuses a model-given short code in Swahili', () => {
    expect(unusableReason(reply('Tafadhali piga simu 1190 sasa hivi kama uko hatarini.'), 'sw')).to.equal(
      'the model gave a phone number or web address',
    );
  });
});
