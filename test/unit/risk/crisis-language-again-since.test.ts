import { expectLevels } from '../../setup/risk-levels.js';

// The feeling, the fear or a voice's urging of it again after one's own past act or thoughts
// (processors/risk/language/repeated-wanted.ts, session 51): a reason after "since", the thoughts beside it, a room after
// "did it again", the same run-on sentence after a turn, Swahili "sai zimerudi". Red teams 216, 219 and 220 found them
// low; two code reviews found the lookalikes held low here.

describe('crisis language: the feeling, the fear or a voice of it again after one’s own past', () => {
  it('reads the feeling or the fear again with its reason, a time of now or the thoughts beside it as current', () => {
    expectLevels({
      'years ago i tried to kill myself after my dad died. i feel that way again since i lost my job at the factory':
        'critical',
      'back in form three i took pills to end my life it was long ago. i am scared i will do it again the thoughts are very loud at night':
        'high',
      'i used to cut myself in campus but i stopped two years ago. the old feelings are back and last night i did it again in the bathroom':
        'critical',
      'i attempted suicide in 2019. i feel that way again cause i lost my job': 'critical',
      'nilikuwa na mawazo ya kujimaliza nikiwa form four. nahisi hivyo tena tangu nipoteze kazi ya mjengo': 'high',
      'zamani nilijaribu kujiua. nina wasiwasi nitafanya tena': 'critical',
    });
  });

  it('reads the feeling again after a turn in the past’s own run-on sentence', () => {
    expectLevels({
      'last year i tried to end my life after the results came out i was okay for some months but those feelings have returned since my father chased me from home':
        'critical',
      'nilikuwa na mawazo ya kujimaliza nikiwa form four nikapona lakini nahisi hivyo tena tangu nipoteze kazi ya mjengo':
        'high',
      'i had suicidal thoughts in 2022 i was fine for a while but they are back ever since the landlord threw us out':
        'high',
    });
  });

  it('leaves the feeling again low beside a romance, a wellbeing or a feeling told between', () => {
    expectLevels({
      'i used to self harm years ago. these feelings are back since i met her': 'low',
      'i used to self harm years ago. i feel that way again since the last time i saw my therapist i feel much better':
        'low',
      'zamani nilijaribu kujiua, nikaokoka nikajisikia mtu mpya ila sahii nahisi hivyo tena tangu nibatizwe': 'low',
      'i tried to kill myself in 2019 after i failed kcse. i feel like trying again this year because kcse is my dream':
        'low',
    });
  });

  it('reads a voice urging one to finish what one started after an attempt as current', () => {
    expectLevels({
      'when i was 15 i tried to kill myself and survived it now am 24 and the same voice is talking every night telling me to finish what i started':
        'critical',
      'back in 2020 i tried to end my life and there is something inside me that keeps saying finish the job':
        'critical',
      'i tried to kill myself in 2019. a voice keeps telling me to finish it': 'critical',
    });
  });

  it('leaves a voice note, a recovery, a head of department and things to finish low', () => {
    expectLevels({
      'i tried to kill myself in 2019. today my boss sent a voice note telling me to finish the job tonight': 'low',
      'years ago i attempted suicide. i no longer hear the voice telling me to finish it': 'low',
      'i tried to kill myself in 2019. my head of department told me to finish the job tonight': 'low',
      'years ago i tried to kill myself. there is a new series on netflix and my mind keeps telling me to finish it tonight':
        'low',
      'i tried to kill myself in 2019 but the voice in my head keeps telling me to finish my degree': 'low',
    });
  });

  it('reads Swahili thoughts back now and an act done again in a named room as current', () => {
    expectLevels({
      'msee zamani nikiwa campo nilikuwa na ile mawazo ya kujimaliza nikapata help ikaisha. sahi imerudi bana hizo thoughts ziko tu kichwani':
        'high',
      'msee nilikuwa na mawazo ya kujitoa uhai nikiwa campo but nilipona sai zimerudi tu bila sababu': 'high',
      'I used to self harm. On Sunday I did it again in the bathroom after church.': 'critical',
      'nilikuwa najikata zamani nikaacha kwa mwaka mzima lakini jana usiku nimerudia tena chooni baada ya kugombana na bibi':
        'critical',
    });
  });

  it('leaves a job, cattle, a network, a prayer and wifi that came back low', () => {
    expectLevels({
      'zamani nilikuwa na mawazo ya kujiua nilipokosa kazi. sasa imerudi': 'low',
      'zamani nilikuwa na mawazo ya kujiua. ng’ombe ziliibiwa lakini sai zimerudi tu': 'low',
      'zamani nilikuwa na mawazo ya kujiua nilipokosa kazi. sasa imerudi sina mawazo tena': 'low',
      'years ago i used to self harm. i tried again in my room and the wifi finally connected': 'low',
      'years ago i tried to kill myself. i will try again for the job interview': 'low',
    });
  });

  it('reads a heart wished to stop, and leaving this life tonight in despair or with a farewell, as a wish and a plan', () => {
    expectLevels({
      'I lie awake at night wishing my heart would just stop.': 'medium',
      'i wish my heart stopped beating': 'medium',
      'years ago i was happy. not anymore. tonight i’m leaving this life': 'critical',
      'he left me for another woman today i leave this life': 'critical',
      'tonight i leave this life forever': 'critical',
      'last year i was in hospital for depression. tonight i leave this world no more': 'critical',
      'nimechoka na kila kitu leo usiku naondoka duniani hii sitarudi tena': 'critical',
    });
  });

  it('leaves a racing heart and a way of life left tonight low', () => {
    expectLevels({
      'i pray my heart could just stop loving her': 'low',
      'i pray my heart would just stop jumping like that when arsenal plays haha i am getting old': 'low',
      'tonight i’m leaving this life of crime': 'low',
      'i have been a thief for ten years. tonight i am leaving this life': 'low',
      'i have been a boda boda rider for eight years. tomorrow i leave this life': 'low',
      'no more bhang no more clubs today i leave this life forever': 'low',
    });
  });
});
