import { expectLevels } from '../../setup/risk-levels.js';

// everyday-ends.ts: a bare "i want to end this" or "i have decided to" with an everyday object named (session 40).
describe('crisis language: ending or deciding on an everyday thing', () => {
  it('leaves a call, a contract, an essay, a relationship or a day with tea low', () => {
    expectLevels({
      'i want to end this call my boss is calling': 'medium',
      'i need to end this contract with the landlord': 'low',
      'i want to end this relationship he is toxic': 'low',
      'i want to end this day with a cup of tea': 'low',
      'i want to finish this assignment tonight': 'low', // medium until the sixth reading's doubt (session 44)
      'i want to finish it tonight the assignment is due at 9 tomorrow': 'medium',
    });
  });

  it('reads no plan in a life decision: a shop, school, a job, a habit, a relationship ended (the learned layer may follow some up)', () => {
    expectLevels({
      'i have decided to open a shop': 'low',
      'i have decided to go back to school next year': 'medium',
      'i have decided to quit my job at the factory and start selling mitumba': 'low',
      'i have decided to stop drinking like completely': 'medium',
      'i have decided to end this relationship with my boyfriend he has been cheating': 'low',
    });
  });

  it('keeps the end when the words after it are of a life, a death or a person in the way', () => {
    expectLevels({
      'i want to end this trip on earth tonight': 'critical',
      'i want to end this year in my grave': 'high',
      'i want to end this game called life': 'high',
      'i want to end this fight na depression siwezi kuendelea kuishi': 'high',
      'i want to end this day and never wake up': 'high',
      'i want to end it with my boyfriend gone': 'high',
      'i am going to end it with her pills tonight': 'critical',
      'i want to finish it tonight the rent is due and i have nothing': 'critical',
    });
  });

  it('keeps a decision left unnamed or named as dying', () => {
    expectLevels({
      'i have decided to do it tonight': 'critical',
      'i have decided to stop living': 'critical',
      'i have decided to take my life': 'critical',
      'i have decided to take a break from work': 'low',
      'i have decided to leave this world': 'critical',
    });
  });

  it('keeps the cue when more is told after the everyday thing (red team 179 hid crises there)', () => {
    expectLevels({
      'i have decided to resign today i handed over everything at the office and left my bank pin with my brother tonight i am going to the place i told you about last week with the pills':
        'critical',
      'i have decided to quit everything job church people all of it i keep thinking that if i just jump in front of a matatu on thika road the stress will finally stop':
        'critical',
      'i need to finish it tonight the assignment is due tomorow but i wont be submitting anything i bought the rat poison on my way from campus and i am just waiting for my roommate to sleep':
        'critical',
      // The price: a long everyday voice note keeps the cue too.
      'um so i have been thinking a lot and i have decided to end this relationship with my boyfriend he has been cheating and lying about money and i am tired of it eh i told my sister and she supports me':
        'critical',
    });
  });

  it('keeps a decision or an end that names a means, the dead, a week with a means or a life’s stand-in (a code review)', () => {
    expectLevels({
      'i have decided to save my tablets': 'critical',
      'i have decided to join my late brother': 'critical',
      'i have decided to buy a rope': 'critical',
      'i have decided to join my mum in heaven': 'critical',
      'i am going to end it this week with the tablets': 'high',
      'i need to end this week at the tracks': 'high',
      'i want to end this race': 'high',
      'i want to end this conversation nobody will miss me': 'high',
      'nobody loves me i want to end it this week with the pills': 'high',
      'i want to end this week and go to sleep for ever': 'high',
    });
  });

  it('keeps a deadline past, a bare study, learning or forgiving, and a rest naming everything, an end or a farewell (a second review)', () => {
    expectLevels({
      'i want to end it tonight the thesis was due and i failed again': 'critical',
      'i have decided to learn how to tie a noose': 'critical',
      'i have decided to study the best way to go': 'critical',
      'i have decided to forgive everyone before i go': 'critical',
      'i have decided to quit my job and end everything': 'critical',
      'i have decided to quit school hii ndio mwisho wangu': 'critical',
      'ive made up my mind to resign and disappear tonight': 'critical',
      'i have decided to forgive everyone nisameheni wote': 'critical',
      'i have decided to move to a better place tonight': 'critical',
      'i want to end this game i am so tired': 'high',
      'i want to end this day early and sleep and not wake up': 'high',
    });
  });
});
