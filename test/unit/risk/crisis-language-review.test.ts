import { expect } from 'chai';
import { RISK_LEVELS as LEVELS, type RiskLevel } from '../../../processors/risk/combine.js';
import { languageLevel as level } from '../../setup/risk-levels.js';

const atLeast = (text: string, min: RiskLevel) =>
  expect(LEVELS.indexOf(level(text)), `${text} → ${level(text)}`).to.be.at.least(LEVELS.indexOf(min));
const atMost = (text: string, max: RiskLevel) =>
  expect(LEVELS.indexOf(level(text)), `${text} → ${level(text)}`).to.be.at.most(LEVELS.indexOf(max));

// A review of this session's rules (2026-12-01) found crisis statements that new exceptions swallowed and everyday
// speech that new cues raised; each stays here so that no later exception swallows them again.
describe('crisis language: what the review of the new exceptions found', () => {
  it('keeps a recent act current whatever past the same sentence names', () => {
    atLeast('years ago i was abused and i tried to kill myself last night', 'critical');
    atLeast('my dad died years ago and i cut myself last night', 'critical');
    atLeast('mwaka jana baba alikufa na nilijaribu kujiua jana usiku', 'critical');
    atLeast('i work from 9 to 5 every day. i tried to kill myself', 'critical');
    atLeast('my wife left me in 2025. i tried to kill myself', 'critical');
    atLeast('i loved football i dont do it anymore. i tried to kill myself', 'critical');
    atLeast('i tried to kill myself during the school holidays', 'critical');
    atLeast('i never thought that i would try to kill myself but last night i did', 'critical');
  });

  it('keeps a present wish after a past event, a ruled-out alternative or a job at zero', () => {
    atLeast('a year ago i was diagnosed with cancer and want to die', 'medium');
    atLeast('in 2019 i was diagnosed with hiv and want to kill myself', 'high');
    atLeast('i want to die and staying alive is not an option', 'medium');
    atLeast('i am going to kill myself tonight talking is not an option anymore', 'critical');
    atLeast('i want to kill myself i know it is not the answer', 'high');
    atLeast('my mood is at zero i want to die', 'medium');
    atLeast('i never thought that i would want to kill myself', 'high');
    atLeast('its not that i want to die i just want the pain to stop', 'medium');
    atLeast('the pain in my past makes me suicidal', 'high');
  });

  it('keeps an answer taken back, and a question reported in the past, current', () => {
    atLeast('my therapist asked if i want to kill myself and i said no but i really do', 'high');
    atLeast('the nurse asked if i had thoughts of killing myself and i said no because i was scared', 'high');
    atLeast('the counselor asked if i want to die and i told her no one would even notice', 'medium');
    atLeast('she asked if i was suicidal and i said no but that wasnt true', 'high');
  });

  it('keeps milestones that are not reached or only hours old current', () => {
    atLeast('its been an hour since i last cut myself', 'critical');
    atLeast('i cant go more than 2 days without self harm', 'critical');
    atLeast('i havent had a single day without suicidal thoughts in years', 'high');
    atLeast('i have been 5 years without self harm but i want to cut so badly', 'medium');
  });

  it('lets no idiom or "no wish" swallow a wish beside it', () => {
    atLeast('i feel like death is the only way out', 'medium');
    atLeast('i wish that i could just die', 'medium');
    atLeast('i could die tonight and no one would notice', 'medium');
    atLeast('i feel like dying here alone in my room', 'medium');
    atLeast('i want to disappear from here forever', 'medium');
    atLeast('i wish i could crawl into a hole and die', 'medium');
    atLeast('i cant wait until i die', 'medium');
    atLeast('i have this death wish that wont go away', 'medium');
    atLeast('i want to join my dead brother', 'medium');
    atLeast('baba ananipiga kila siku kujiua ndio jibu', 'high');
    atLeast('i want 2 kms', 'high');
    atLeast('i want to die. haha', 'medium');
    atLeast("my mom said 'cause of me the family suffers so i want to kill myself at my parents' house", 'high');
    atLeast('i want to die is the first line of my note', 'medium');
    atLeast(
      'i tried to kill myself years ago and after everything with my family and my job i still want to do it',
      'high',
    );
  });

  it('raises no everyday plan, trip or errand', () => {
    atMost('i am not going to be here next week we are on holiday', 'medium');
    atMost('i made an attempt to talk to her', 'low');
    atMost('after my last attempt the exam got easier', 'low');
    atMost('i give myself 2 weeks to finish the project', 'low');
    atMost('i give myself a week off after exams', 'low');
    atMost('i wont make it past the first round', 'low');
    // A known false alarm of the refitted ideation model ("won't need it anymore" is a warning sign too): medium.
    expect(level('you can have my bike i wont need it anymore')).to.equal('medium');
    atMost('i gave my stuff away when i moved', 'low');
    atMost('i am so close to doing it just need to save for the trip', 'low');
    atMost('caught me before i could finish my sentence', 'low');
    atMost('the reason i havent done it yet is that i was busy', 'low');
    atMost('i will end up doing it all myself', 'medium'); // the rules read nothing; the learned layer may follow up
    atMost('why do i keep going back to him', 'low');
    atMost('i could sleep forever', 'low');
    atMost('my mom gets mad when i wake up late', 'low');
    atMost('i just have to survive another day at work', 'low');
    atMost('all i look forward to is the end of the week', 'low');
    atMost('kifo ni njia ya kila mtu', 'low');
    atMost('does anyone else have parents who say they want to die', 'low');
    atMost('i decided to quit my job. i am so tired of everything', 'medium'); // the fifth learned reading follows it up
  });
});
