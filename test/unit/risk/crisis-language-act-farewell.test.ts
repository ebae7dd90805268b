import { expectLevels } from '../../setup/risk-levels.js';

// An ambiguous act or hour closed (or opened) by a farewell (cues-act-farewell.ts; reviews 82–89): "i took all the pills
// goodbye all" is the act; "i took all my pills today" is a dose kept, and the plainer the farewell, the graver the act
// it may close.

describe('crisis language: an act told with a farewell', () => {
  it('reads pills or a poison taken, with a farewell right after or before, as an attempt', () => {
    expectLevels({
      'i took all the pills goodbye all': 'critical',
      'i took all the pills. goodbye.': 'critical',
      'i swallowed all my sleeping pills, forgive me mum': 'critical',
      'i took all my mums pills goodbye everyone': 'critical',
      'nimekunywa dawa zote kwaheri wote': 'critical',
      'kwaheri wote nimekunywa dawa zote': 'critical',
      'nimemeza vidonge vyote mama nisamehe': 'critical',
      'nimekunywa jik kwaheri': 'critical',
    });
  });

  it('reads a bridge, a roof, a means made ready or the last hours, with a farewell, as a plan', () => {
    expectLevels({
      'niko kwa daraja sasa hivi kwaheri wote': 'critical',
      'i am on the roof. i am sorry mum': 'critical',
      'nimenunua sumu ya panya iko hapa kwaheri wote': 'critical',
      'these are my last hours kwaheri wote': 'critical',
      'huu ni ujumbe wangu wa mwisho. kwaherini': 'critical',
    });
  });

  it('leaves doses kept, commutes, refills, rats and the end of a programme as they were', () => {
    expectLevels({
      'i took all my pills today as the doctor said. god bless you all': 'low',
      'nimemeza dawa zote kama daktari alivyosema kwaheri wote': 'low',
      'nimekunywa dawa zote za leo kwaheri wote': 'low',
      // The sixth warning reading asks a clinician to look at all the medicine taken and a bare goodbye (session 39).
      'nimekunywa dawa zote kwaheri': 'high',
      'i took all my pills today bye': 'low',
      'i took all the tablets for malaria goodbye': 'low',
      'i am on the bridge stuck in traffic goodbye all': 'low',
      'niko kwenye jengo la ofisi nafanya kazi kwaherini': 'low',
      'i am at the rooftop now bye guys': 'low',
      'nimepata vidonge vyangu leo kwa kliniki asanteni kwaherini': 'low',
      'i bought rat poison for the rats goodbye all': 'low',
      'nimenunua dawa ya panya kwaheri': 'low',
      'my brother took all his pills goodbye all': 'low',
      "I'm not suicidal. This is my last check in because the study is ending. Take care of my mum.": 'low',
      'this is my last message guys my bundles are over kwaherini': 'low',
      'sorry everyone for the late check in, i took all my pills': 'low',
    });
  });
});
