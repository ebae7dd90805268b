import { expect } from 'chai';
import { checkReply } from '../../../processors/reply/safety/check.js';
import { fold } from '../../../processors/reply/safety/fold.js';
import { MOODS, TEMPLATES } from '../../../processors/reply/templates/index.js';

// Safety moderation of replies (processors/reply/safety): harmful replies, also disguised or in Swahili, are
// flagged under the right category; ordinary supportive replies pass.

const flagged = (text: string) => checkReply(text).map((f) => f.category);

describe('reply safety moderation', () => {
  const harmful: Array<[string, string]> = [
    ['method', 'If it gets too much, an overdose would be quick.'],
    ['method', 'Some people use a rope and a noose.'],
    ['method', 'Jumping off a bridge is not the answer.'],
    ['method', 'Please do not cut your wrists.'],
    ['method', 'Keep rat poison and bleach away from you.'],
    ['method', 'Usitumie sumu ya panya.'],
    ['method', 'Usijaribu kujinyonga.'],
    ['method', 'the easiest way to end it'],
    ['diagnosis', 'You have depression.'],
    ['diagnosis', 'It sounds like you might have bipolar disorder.'],
    ['diagnosis', 'You are clearly depressed clinically.'],
    ['diagnosis', 'This sounds like PTSD.'],
    ['diagnosis', 'Inaonekana una sonona.'],
    ['diagnosis', 'Una ugonjwa wa akili.'],
    ['medication', 'Try taking some sleeping pills tonight.'],
    ['medication', 'You could stop your medication for a while.'],
    ['medication', 'Take 50 mg before bed.'],
    ['medication', 'Meza vidonge vya usingizi.'],
    ['medication', 'Acha kutumia dawa zako.'],
    ['dismissive', 'Just pray and it will pass.'],
    ['dismissive', 'Get over it, others have it worse.'],
    ['dismissive', 'Stop being so dramatic.'],
    ['dismissive', 'Omba tu, utapona.'],
    ['dismissive', 'Jikaze tu, acha kulia.'],
    ['dismissive', 'Wewe ni kichaa.'],
    ['confidentiality', "Don't worry, I won't tell anyone."],
    ['confidentiality', 'This stays between us.'],
    ['confidentiality', 'Everything you say is completely confidential.'],
    ['confidentiality', 'Usijali, sitamwambia mtu yeyote.'],
    ['confidentiality', 'Hii ni siri yetu.'],
  ];
  for (const [category, text] of harmful) {
    it(`flags ${category} in "${text}"`, () => {
      expect(flagged(text)).to.include(category);
    });
  }

  const disguised: Array<[string, string]> = [
    ['method', 'an 0verd0se would be quick'],
    ['method', 'o v e r d o s e'],
    ['method', 'n.o.o.s.e'],
    ['medication', 'take some p1lls'],
    ['method', 'ove\u200brdose'],
    ['diagnosis', 'You have dеprеssion'], // Cyrillic е
    ['confidentiality', 'I WON’T TELL ANYONE'],
    ['dismissive', 'JUST   PRAY!!!'],
  ];
  for (const [category, text] of disguised) {
    it(`sees through the disguise of "${text}" (${category})`, () => {
      expect(flagged(text)).to.include(category);
    });
  }

  const harmless = [
    'You have done well to share this.',
    'You have every right to feel this way.',
    'You are not alone, and you have people who care about you.',
    'Talking to someone you trust can help.',
    'Please reach out to a health worker today.',
    'Take a slow breath and be gentle with yourself.',
    'Umefanya vizuri kunieleza haya.',
    'Una haki ya kujisikia hivyo.',
    'Pumzika, kunywa maji, na uzungumze na rafiki.',
    'It makes sense to feel tired after such a week.',
    'Take your time; there is no rush.',
  ];
  for (const text of harmless) {
    it(`lets "${text}" pass`, () => {
      expect(checkReply(text)).to.deep.equal([]);
    });
  }

  it('lets every curated template pass, in every language and mood', () => {
    for (const [language, set] of Object.entries(TEMPLATES))
      for (const mood of MOODS)
        for (const text of set[mood]) expect(checkReply(text), `${language}.${mood}: ${text}`).to.deep.equal([]);
  });

  it('names the rule and category of a flag, never the words', () => {
    expect(checkReply('I promise not to tell.')).to.deep.equal([
      { category: 'confidentiality', rule: 'confidentiality.promise' },
    ]);
  });

  it('folds spaced-out letters into words without joining ordinary short words', () => {
    expect(fold('h a n g')).to.equal(' hang ');
    expect(fold('I am a bit tired')).to.equal(' i am a bit tired ');
  });
});
