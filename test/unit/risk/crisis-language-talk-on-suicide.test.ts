import { expectLevels } from '../../setup/risk-levels.js';

// detect.ts (session 43, red team 190): someone else's sermon, lesson or documentary on suicide is a topic, unless the
// speaker takes it to themself after.
describe('crisis language: a talk on suicide', () => {
  it('reads a sermon, a documentary or a workshop on suicide with the speaker’s own words beside it as a topic', () => {
    expectLevels({
      'yeah so the pastor was preaching about suicide today like how we should look out for each other and i thought it was very good':
        'low',
      'our pastor talked about suicide in church and i learned a lot': 'low',
      'I watched a documentary about suicide last night, it was sad.': 'low',
      'we had a seminar on suicide at school today and i learnt a lot about helping my friends': 'low',
    });
  });

  it('keeps the speaker’s own thoughts after it, and the speaker’s own talk', () => {
    expectLevels({
      'the teacher taught us about suicide and i think about it every night': 'high',
      'the pastor preached about suicide and honestly i have been thinking about it a lot': 'high',
      'the pastor preached about suicide and i felt like he was talking to me because i want to die': 'high',
      'i talked about suicide with my therapist today': 'high',
      'we had a workshop on suicide at work and i realised i have been feeling suicidal': 'high',
    });
  });
});
