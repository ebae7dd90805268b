import { expect } from 'chai';
import { detectCrisisLanguage } from '../../../processors/risk/language/index.js';
import { languageLevel } from '../../setup/risk-levels.js';

// A recent act told through its moment and its aftermath in two places of a check-in (warning-acts.ts); either half
// alone, or both around an accident, an exam or a repair, is ordinary.
const tier = (text: string) => detectCrisisLanguage(text).tier;

describe('crisis language: an act told through its aftermath', () => {
  it('grades trying again and waking up in hospital as behaviour', () => {
    for (const text of [
      'i tried again on friday and woke up in the hospital',
      'nilijaribu tena wiki iliyopita nikaamka hospitali',
      'I tried again last night lakini nikaamka hosi',
    ])
      expect(tier(text), text).to.equal('behaviour');
  });

  it('grades being ready to die and stopped, or pulled back from a roof, as behaviour', () => {
    for (const text of [
      'On Sunday I was ready to leave this world. My son called and I stopped.',
      'Nilikuwa tayari kuondoka duniani jana. Simu ikalia, nikaacha.',
      'I was on the roof on Friday night. My neighbour came and pulled me back.',
    ])
      expect(tier(text), text).to.equal('behaviour');
  });

  it('grades burns on the arm the speaker owns to as self-harm behaviour', () => {
    expect(tier('the burns on my arm are not from the stove its me i did it again')).to.equal('behaviour');
  });

  it('grades an attempt told as interrupted, put back or failed, as behaviour', () => {
    for (const text of [
      'My brother walked in before I could finish. I was so close.',
      'I had the pills in my hand and then my son called, I put them back.',
      "It didn't work. I woke up in the ICU.",
      'Nilijaribu mara ya pili, nikajipata hospitali.',
      'Nilikuwa juu ya daraja usiku, mtu akanishika.',
      'Alama kwa mkono wangu, ni mimi nilijifanyia.',
    ])
      expect(tier(text), text).to.equal('behaviour');
  });

  it('reads an aftermath told other ways: discharged after what one did, found in time, a rope cut, marks owned', () => {
    for (const text of [
      'They discharged me today after what I did on Sunday, I am only sorry it did not work.',
      'Nilijaribu jana usiku, jirani akavunja mlango akanipeleka zahanati.',
      'I woke up yesterday with a drip in my arm, the nurse says I was lucky my sister came back early.',
      'Mume wangu aliingia chumbani kabla sijamaliza akakata kamba.',
      'The cuts on my arms are mine, I did them, I am tired of saying it was the cat.',
      'A stranger pulled me back from the edge last night.',
    ])
      expect(tier(text), text).to.equal('behaviour');
  });

  it('leaves hospital after an accident, an exam retaken, a roof repair or a burn at work below an alarm', () => {
    for (const text of [
      'I tried again at the driving school and after the crash I woke up in hospital.',
      'Nilijaribu tena mtihani, nikazimia nikaamka hospitali.',
      'I was on the roof fixing the mabati and my brother pulled me back because of the rain.',
      'The burns on my arm are from welding, I did them again today at the garage.',
      'My mother walked in before I could finish my homework.',
      'After what I did to my knee at football I ended up in hospital.',
      'My friends pulled me back from the edge of despair when the debts came.',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });
});
