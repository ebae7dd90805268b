import { expectLevels } from '../../setup/risk-levels.js';

// The act planned by a household poison's name or the whole dose (cues-means-planned.ts), and a self-harm or means
// denial dated to today with a later day in doubt (upgrade.ts, HARM_DENIED); reviews 98 and 99.

describe('crisis language: a poison or the whole dose planned, self-harm put off to a later day', () => {
  it('reads a named household poison planned for a time as a plan', () => {
    expectLevels({
      'nitakunywa jik kesho': 'critical',
      'kesho nitakunywa jik': 'critical',
      'i will drink jik tomorrow': 'critical',
      'im going to drink bleach tonight': 'critical',
      'nitakunywa doom kesho': 'critical',
      'nataka kunywa dawa ya ngombe nife': 'critical',
    });
  });

  it('reads the whole dose planned as a plan', () => {
    expectLevels({
      'i will swallow all the panadol on friday': 'critical',
      'im going to swallow all my pills': 'critical',
      'i will swallow the whole packet of panadol tonight': 'critical',
      'nataka kumeza panadol zote nife': 'critical',
    });
  });

  it('reads self-harm or a poison denied for today with tomorrow in doubt as a plan', () => {
    expectLevels({
      'today i will not hurt myself but tomorrow i dont know': 'critical',
      'i wont cut myself today but tomorrow i dont know': 'critical',
      'leo sitakunywa jik lakini kesho sijui': 'critical',
      'leo sitajikata lakini kesho sijui': 'critical',
      'leo sitameza vidonge vyote nitasubiri jumamosi': 'critical',
    });
  });

  it('leaves cleaning, carrying, a course, a joke, a hypothetical, a haircut and the kitchen as they were', () => {
    expectLevels({
      'nitatumia jik kesho kusafisha choo': 'low',
      'nitakunywa dawa zote mpaka ziishe': 'low',
      'nitakunywa vidonge vyote kesho kama daktari alisema': 'low',
      'i will swallow all my pills with food tonight': 'low',
      'i will take the whole bottle of panadol tonight': 'low',
      'nywele zimekua leo sitajikata ila jumamosi': 'low',
      'sitajikata leo nitasubiri jumamosi kinyozi akiwa': 'low',
      'kisu ni kikali sana leo sitajikata nitapika kesho': 'low',
      'leo sitajikata tamaa kesho ni siku nyingine': 'low',
      'i wont hurt myself at the gym today maybe tomorrow': 'low',
      'the song says today i will not hurt myself but tomorrow i dont know': 'low',
      'mama alisema leo sitakunywa jik lakini kesho sijui': 'low',
    });
  });
});
