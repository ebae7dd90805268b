import { expectLevels } from '../../setup/risk-levels.js';

// cues-thinking-of-means.ts: thinking of the act by what one would do, and a body to be found (session 40, red team 179).
describe('crisis language: thinking of the act itself, and a body to be found', () => {
  it('reads thinking of a jump, a road, a poison, a gun or a fall as active thoughts', () => {
    expectLevels({
      'i keep thinking that if i just jump in front of a matatu on thika road the stress will finally stop': 'high',
      'every night i think of taking my fathers gun from the cabinet': 'high',
      'i keep thinking of drinking the paraffin in the kitchen so he sees what he has done to me': 'high',
      'every night i stand on the balcony of the fifth floor and think about just stepping off': 'high',
      'i keep looking down from the fourth floor of the library and thinking it would be quick': 'high',
      'kila siku nikiwa kwa office nafikiria kujirusha from the sixth floor window': 'high',
    });
  });

  it('leaves a pool, a matatu stop, someone else’s thoughts, a denial and a past as they were', () => {
    expectLevels({
      'i keep thinking about jumping into the pool this weekend': 'low',
      'i thought of stepping off the matatu before it stopped': 'low',
      'nafikiria kujirusha kwenye maji ya swimming pool': 'low',
      'my brother keeps thinking about jumping off the bridge': 'low',
      'i used to think about jumping in front of a bus': 'low',
    });
  });

  it('reads telling where to find one’s body as a plan under way', () => {
    expectLevels({
      'i am at the bridge near the river and i am sending this so someone knows where to find my body': 'critical',
      'nimeandika hii ili mjue wapi mtaupata mwili wangu': 'critical',
    });
  });

  it('leaves a night out, work, a swim with friends, a stage, a boda, meds on time, lotion and a question answered no low (a code review)', () => {
    expectLevels({
      'nafikiria kujirusha weekend hii na mabeshte': 'low',
      'nawaza kujitupa kwa biashara': 'low',
      'i keep thinking of jumping into the lake with my friends this weekend': 'low',
      'i keep thinking of jumping off the stage at the concert': 'low',
      'i keep thinking of jumping off the boda when the guy speeds': 'low',
      'i keep thinking of taking all my meds on time': 'low',
      'i keep thinking of stepping off the podium': 'low',
      'i forgot where to find my body lotion': 'low',
      'the nurse showed me where to find my body mass index on the app': 'low',
      'ninafikiria kunywa jik? hapana nimecheka tu': 'low',
    });
  });

  it('reads the close variants a review wrote as active thoughts', () => {
    expectLevels({
      'ninafikiria kujirusha from the sixth floor window': 'high',
      'ninawaza kujitupa barabarani': 'high',
      'since the video leaked i keep thinking of stepping off the balcony': 'high',
      'nobody listens to my story i keep thinking of walking into the river': 'high',
      'i keep thinking of stepping off the platform when the train comes': 'high',
      'i keep thinking of drinking the whole bottle of jik': 'high',
      'i cant stop thinking of stepping off the balcony': 'high',
      'all i think about is stepping off the balcony': 'high',
      'i stood on the bridge looking down thinking it would be quick': 'high',
      'i keep thinking of drinking jik. what should i do?': 'high',
    });
  });

  it('leaves a body of work, a camera, a dance floor, a gun range, a night off work, a city, a zoo and a holiday low (a second review)', () => {
    expectLevels({
      'so people know where to find my body of work': 'low',
      'i dont know where to find my body after giving birth': 'low',
      'i keep thinking of jumping in front of the camera for my tiktok': 'low',
      'i keep thinking i should just step off the dance floor': 'low',
      'i keep thinking of stepping off the edge of my comfort zone': 'low',
      'i keep thinking of taking my gun to the range this weekend': 'low',
      'nafikiria kujirusha toka kazi mapema leo': 'low',
      'nafikiria kujirusha chini ya blanket nilale': 'low',
      'looking down from the balcony of the tenth floor thinking how fast the city is growing': 'low',
      'i keep thinking of walking into the ocean at diani when we go on holiday': 'low',
      'i sit in the church building and i keep thinking about stepping off the committee': 'low',
    });
  });

  it('reads the whole bottle, a numbered floor, a question asked before it and a party before it (a second review)', () => {
    expectLevels({
      'i keep thinking of swallowing the whole bottle tonight': 'critical',
      'i keep thinking of stepping off the 6th floor balcony': 'high',
      'unajua nini? hapana huwezi jua nimekuwa nikifikiria kunywa jik kila usiku': 'high',
      'after the party last night all i think about is drinking the paraffin': 'high',
    });
  });
});
