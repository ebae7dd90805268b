import { expectLevels } from '../../setup/risk-levels.js';

// Session 49 (repeated.ts): after one's own past attempt told as over, the next sentence saying the feeling is back or
// the speaker fears doing it again makes the past current ("… i feel that way again", "… naogopa nitafanya tena").
describe('crisis language: the feeling or the fear of the act again after a past', () => {
  it('reads the feeling again, the fear of doing it again and those feelings back as current', () => {
    expectLevels({
      'years ago i tried to kill myself. i feel that way again': 'critical',
      'zamani nilijaribu kujiua. nahisi hivyo tena': 'critical',
      'years ago i tried to kill myself. i am scared i will do it again': 'critical',
      'years ago i tried to kill myself. im afraid i might do it again': 'critical',
      'zamani nilijaribu kujiua. naogopa nitafanya tena': 'critical',
      'years ago i tried to kill myself. those feelings are back': 'critical',
    });
  });

  it('leaves other feelings, another thing done again and a feeling of before alone as they were', () => {
    expectLevels({
      'years ago i tried to kill myself. my feelings for him are back': 'low',
      'years ago i tried to kill myself. i started drinking. i am scared i will do it again': 'low',
      'years ago i tried to kill myself. i failed my exam and i am scared i will do it again': 'low',
      'i used to love my ex. i feel that way again': 'low',
      'nilikuwa na hasira sana zamani. nahisi hivyo tena': 'low',
    });
  });

  // A code review: two sentences on, "that way" and "those feelings" are whatever was told between.
  it('reads them only right after the past and opening their sentence', () => {
    expectLevels({
      'i tried to kill myself years ago. i had a crush on a classmate. these feelings are back and i am happy': 'low',
      'years ago i self harmed. when i first moved to nairobi i was so homesick. now i feel that way again': 'low',
      'zamani nilijaribu kujiua. nilikuwa na hasira sana na baba. nahisi hivyo tena': 'low',
      'zamani nilijaribu kujiua. sasa nimempenda mtu, nahisi hivyo tena': 'low',
      'nilijaribu kujiua zamani. mimi hupenda mpira sana. arsenal ikishinda nahisi hivyo tena': 'low',
      'years ago i tried to kill myself. i am scared ill do it again': 'critical',
      'years ago i tried to kill myself. i feel that way again today': 'critical',
      'zamani nilijaribu kujiua. naogopa ntarudia tena': 'critical',
    });
  });
});
