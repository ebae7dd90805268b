import { expectLevels } from '../../setup/risk-levels.js';

// A poison or pills swallowed with the wish told, or a poison with the rescue after (cues-act-intent.ts; session 31).

describe('crisis language: a poison or pills swallowed with the wish or the rescue told', () => {
  it('reads the act with the wish in its own clause as an attempt, in English and Swahili', () => {
    expectLevels({
      'i drank jik on monday night i wanted to die': 'critical',
      'last night i wanted to die so i drank a bottle of pesticide': 'critical',
      'jana nilikunywa jik nikitaka kufa': 'critical',
    });
  });

  it('reads a poison with someone making the speaker vomit or taking them to hospital as an attempt', () => {
    expectLevels({
      'i drank the cattle dip two days ago my mother forced me to vomit': 'critical',
      'two weeks ago i drank jik and they washed out my stomach at the health centre.': 'critical',
    });
  });

  it('reads overdosing on sugar, coffee or Netflix as an idiom', () => {
    expectLevels({
      'overdosed on sugar at the party lol': 'low',
      'i overdosed on coffee today and cannot sleep': 'low',
      'i overdosed on panadol': 'critical',
    });
  });

  it('leaves medicine and a hospital visit, an idiom, a mistake and a story long over as they were', () => {
    expectLevels({
      'i took my malaria tablets but the fever got worse and my brother rushed me to hospital': 'low',
      'i drank the medicine for typhoid and it made me vomit so they admitted me': 'low',
      'when i was small i drank paraffin thinking it was water and they rushed me to hospital': 'low',
      'nilimeza vidonge vya usingizi nikalala mpaka saa nne sikutaka kuamka': 'low',
      'mwaka jana nilimeza vidonge ili nife lakini sasa niko sawa na nimeokoka': 'medium',
    });
  });
});
