import { expectLevels } from '../../setup/risk-levels.js';

// repeated.ts (session 47): after one's own past attempt or wish, the act wanted again, tried "once more", the speaker
// "back in that place", the thoughts back after "now" in run-on speech, the wanting that never went away.
describe('crisis language: a past attempt or wish, then the same now', () => {
  it('keeps a past attempt current when the next sentence wants or intends it again', () => {
    expectLevels({
      'I attempted suicide years ago. I want to do it again.': 'critical',
      "I attempted suicide years ago. I'm going to try again.": 'critical',
      'I attempted suicide years ago. I will try again this weekend.': 'critical',
      'I attempted suicide years ago. I have the urge to do it again.': 'critical',
      'i tried to kill myself when i was 17 and now i want to try again': 'critical',
      'nilijaribu kujiua zamani. nitajaribu tena': 'critical',
      'nilijaribu kujiua zamani. nataka kujaribu tena': 'critical',
    });
  });

  it('leaves another goal tried again, a refusal and another thing done again as they were', () => {
    expectLevels({
      "I attempted suicide years ago. I failed KCSE last year, I'm going to try again.": 'low',
      'I attempted suicide years ago. Last year I ran the Nairobi marathon and I want to do it again.': 'low',
      'nilijaribu kujiua zamani. biashara ilianguka lakini nitajaribu tena': 'low',
      "I attempted suicide years ago. I don't want to do it again.": 'low',
      'I attempted suicide years ago. I will never try again.': 'low',
      'I attempted suicide years ago. My friend went skydiving and I want to do it again': 'low',
      'nilijaribu kujiua zamani. nilijaribu tena mara nyingine kwa mtihani': 'low',
      'I attempted suicide years ago. I want to do it again? Never.': 'low',
      'I attempted suicide years ago. I want to do it again? No way, never.': 'low',
      'I attempted suicide years ago, but last December I took my kids to Mombasa. I want to do it again this December.':
        'low',
      'nilijaribu kujiua zamani, leo nimekula chapati tamu sana. nataka tena!': 'low',
      'nilijaribu kujiua zamani, leo nimeenda benki nikakosa pesa. nitajaribu tena mara nyingine.': 'low',
    });
  });

  it('reads "once more", "back in that place", the thoughts back after "now" and a wanting never gone as current', () => {
    expectLevels({
      'I attempted suicide years ago. On Friday I tried it once more.': 'critical',
      "I attempted suicide years ago. I'm back in that place.": 'critical',
      'I attempted suicide years ago. Went back to that mindset this month, I am scared of myself': 'critical',
      "I attempted suicide years ago. I've been thinking about it again.": 'critical',
      'Nilijaribu kujiua zamani. Jana usiku nilijaribu tena, majirani wakanipeleka hospitali.': 'critical',
      'i had suicidal thoughts years ago now they are back': 'high',
      'When my business collapsed years ago I wanted to end my life. The wanting never went away.': 'high',
      'I wanted to be dead years ago. I feel exactly the same about it.': 'medium',
    });
  });

  it('reads the past act wanted again after a reason told with it, and with a time to come', () => {
    expectLevels({
      'I attempted suicide years ago after I lost my job. I want to do it again.': 'critical',
      "I attempted suicide years ago when my relationship ended. I'm going to try again tonight.": 'critical',
      'nilijaribu kujiua zamani kwa sababu ya kazi. nataka kufanya tena': 'critical',
      'I attempted suicide years ago. I am going to do it again tomorrow.': 'critical',
      'nilijaribu kujiua zamani. nitajaribu tena kesho': 'critical',
    });
  });

  it('leaves a place visited, others in a dark place, others agreeing, a salary and a career wish as they were', () => {
    expectLevels({
      'I attempted suicide years ago. Today I am back in that place visiting my grandmother.': 'low',
      'My best friend has been back in that dark place since her divorce.': 'low',
      'Back in that dark place I tried to kill myself, now I am at peace.': 'low',
      'I attempted suicide years ago. My pastor says life is a gift, and I feel the same way.': 'low',
      'I attempted suicide years ago. My salary? Still the same.': 'low',
      'I attempted suicide years ago. I always wanted to be a nurse and the desire never went away.': 'low',
      'I attempted suicide years ago. My wife has been thinking about it again.': 'low',
      'I attempted suicide years ago. The interview went badly so I tried once more today and got the job.': 'low',
      'nilijaribu kujiua zamani, nilipiga simu sikupata jibu, nilijaribu tena mama akashika': 'low',
      'i had suicidal thoughts when my twins left for boarding school years ago now they are back and the house is lively':
        'low',
    });
  });

  it('takes back a repetition only by a refusal said as its own clause', () => {
    expectLevels({ 'I used to cut. I cut again last night. Never felt so low.': 'critical' });
  });

  it('still dates a repetition said long ago as history', () => {
    expectLevels({
      'years ago i tried again': 'low',
      'i tried to kill myself years ago. back in 2015 i tried again': 'low',
    });
  });
});
