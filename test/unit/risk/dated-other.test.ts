import { expectLevels } from '../../setup/risk-levels.js';

// A history whose only recent times and "again"s date a wellbeing or an everyday doing stays history (dated-other.ts;
// RULES.md, "A history beside a good day"), and everything the four reviews of it found stays current.

describe('crisis language: a history beside a good day or an everyday doing', () => {
  it('stays history when the recent time dates a wellbeing', () => {
    expectLevels({
      'i used to self harm and today i feel good': 'low',
      'i used to cut myself this week i feel better': 'low',
      'years ago i attempted suicide and today i am fine': 'low',
      'i used to want to die and today i am happy': 'low',
      'i used to self harm and today i am proud of myself': 'low',
      'years ago i tried to kill myself and today i am grateful to be alive': 'low',
      'zamani nilikuwa najikata na leo niko sawa kabisa': 'low',
    });
  });

  it('stays history when the recent time and "again" date an everyday doing', () => {
    expectLevels({
      'i used to cut myself but yesterday i went to therapy again': 'low',
      'i used to self harm and this week i got malaria again': 'low',
      'zamani nilikuwa najikata jana nilienda kanisani tena': 'low',
    });
  });

  it('keeps an undated act current beside a good day (review 42)', () => {
    expectLevels({
      'i cut myself today i am fine': 'critical',
      'i tried to kill myself and today i am fine': 'critical',
      'i gave away all my things today i am happy': 'critical',
    });
  });

  it('keeps words that only look past current (review 43)', () => {
    expectLevels({
      'miaka mingi najikata na leo niko sawa': 'critical',
      'zamani nimeamua kujiua na leo niko sawa': 'critical',
      'i used to cutting myself and yesterday i went to school again': 'critical',
      'i used to self harm and today i feel good 🩸🩸🩸': 'critical',
      'in the past i want to die and today i feel good': 'medium',
    });
  });

  it('keeps it current when the check-in carries a link, an emoji after a full stop or letters drawn as symbols (reviews 49, 51)', () => {
    expectLevels({
      'i used to self harm and today i feel good. 🔪🩸': 'critical',
      'i used to self harm and today i feel good https://example.org/x': 'critical',
      'i used to self harm and today i feel good 🅘 🅢🅣🅘🅛🅛 🅒🅤🅣': 'critical',
      // Review 49 wanted it medium: "again" of going to work no longer makes it current (session 52).
      'i used to suicidal thoughts but yesterday i went to work again': 'medium',
    });
  });

  it('keeps the act current when anything else in the check-in is recent, goes on or tells an act', () => {
    expectLevels({
      'these days i used to think of killing myself': 'high',
      'i used to self harm last week i did it again': 'critical',
      'i used to self harm and today i am okay i guess but i did it last night': 'critical',
      'i used to self harm and today i feel good about doing it again': 'critical',
      'i used to self harm today i feel good yesterday i cut': 'critical',
      'i used to self harm and yesterday i went to school and cut again': 'critical',
      'i used to cut myself and today i feel good it felt so good': 'critical',
      'i used to self harm and today i feel good but tonight i will do it': 'critical',
    });
  });
});
