import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// A review of the exceptions added on 2026-12-01 found each of these crisis statements scored lower than before:
// an exception must never swallow the speaker's own words beside the thing it excuses.
describe('crisis language: exceptions never swallow a crisis statement beside them', () => {
  const cases: Array<[string, string, 'medium' | 'high' | 'critical']> = [
    [
      'laughter elsewhere in the text',
      'lol my cat knocked over my tea. Anyway I want to kill myself tonight',
      'critical',
    ],
    ['laughter in an earlier sentence', 'haha that meme was funny. I want to die', 'medium'],
    ['someone telling the speaker to die', 'Everyone told me to die and I am going to kill myself tonight', 'critical'],
    [
      'someone telling the speaker to die, then their own wish',
      'My boss told me to die and I want to kill myself',
      'high',
    ],
    [
      'an earlier past time and a wish to be dead',
      'I was bullied in my first year of uni. I wish I was dead',
      'medium',
    ],
    [
      'an earlier past time and a present wish',
      'My dad died two years ago. I had a fight with my mom and I want to kill myself',
      'high',
    ],
    ['a past-tense word in the same clause', 'I had a terrible day and I want to kill myself', 'high'],
    ['a whole day of it', 'I felt suicidal the whole day', 'high'],
    ['an idiom beside the wish', 'I am at a dead end and I want to kill myself', 'high'],
    ['a job idiom beside the wish', 'my job is going to kill me and honestly I want to kill myself', 'high'],
    ['cutting oneself off beside a wish to die', 'I cut myself off from everyone and I want to die', 'medium'],
    ['not waking up in the morning', 'I hope I don’t wake up in the morning', 'medium'],
    ['a request, then "or I will"', 'Please don’t leave or I’ll kill myself', 'critical'],
    ['"sina tena" then a wish to kill oneself', 'sina tena nataka kujiua', 'high'],
    ['"sina kabisa" then a wish to kill oneself', 'sina kabisa nataka kujiua', 'high'],
  ];
  for (const [what, text, atLeast] of cases) {
    it(`keeps ${what} at ${atLeast} or above`, () => {
      const order = ['low', 'medium', 'high', 'critical'];
      expect(order.indexOf(level(text)), `${text} → ${level(text)}`).to.be.at.least(order.indexOf(atLeast));
    });
  }

  it('still excuses what the exception is about', () => {
    expect(level('sina mawazo ya kujiua')).to.equal('low');
    expect(level('my dad used to tell me to go kill myself')).to.equal('low');
    expect(level('this job is a dead end')).to.equal('low');
    expect(level('Currently I am not super depressed or suicidal')).to.equal('low');
  });
});
