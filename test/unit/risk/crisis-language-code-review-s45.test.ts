import { expectLevels } from '../../setup/risk-levels.js';

// A code review of session 45's rules (2026-12-06) found these; each is held at the level the fixed rules give.
describe('session 45 code review: crises the first version lowered', () => {
  it('splits a clause at "lakini", "though" and a contrasting "but" after "nyingine" or "no other choice"', () => {
    expectLevels({
      'zamani sikuwa na shida yoyote lakini nina mawazo ya kujiua': 'high',
      'zamani nilikuwa na kazi ingine lakini nimejikata': 'critical',
      'zamani sikuwa na shida yoyote ila nimejikata': 'critical',
      'when i was a kid i had no other choice but i have suicidal thoughts': 'high',
      'in high school i had no other option but i have tried to kill myself': 'critical',
      'back then there was no other way though i have decided to end my life': 'critical',
    });
  });

  it('leaves a negated "only way out" or "by my own hand" to the other readings (raise only)', () => {
    expectLevels({
      'i wish i didnt feel like the only way out is suicide': 'high',
      'i dont want to feel like the only way out is suicide': 'high',
      'i wish i didnt think about not being here by my own hand': 'high',
    });
  });

  it('keeps thoughts said to be back after a report, a patient or a note', () => {
    expectLevels({
      'i reported my boss to hr and the suicidal thoughts are back': 'high',
      'i am a nurse, a patient died today and the suicidal thoughts are back': 'high',
    });
  });

  it('reads no plan denied by "sijapata mpango wa …"', () => {
    expectLevels({
      'sijapata mpango wa kujiua': 'high',
      'sijapata plan ya kujiua': 'high',
      'sijapata mpango wa kujiua. nimechoka': 'high',
    });
  });
});

describe('session 45 code review: ordinary texts the first version raised', () => {
  it('leaves "sitaki", "sitakuja" and "kesho" before a past where they were', () => {
    expectLevels({
      'sitaki kuongelea nilipojaribu kujiua zamani': 'low',
      'sitaki kukumbuka nilipotaka kufa zamani': 'low',
      'kesho nakumbuka nilipojaribu kujiua zamani': 'low',
    });
  });

  it('leaves effort idioms and Sheng exaggeration below a plan', () => {
    expectLevels({
      'if they cancel the project ill have killed myself for nothing': 'low',
      'by december i will have killed myself at this job': 'low',
      'wiki hii najiua na exams': 'high', // the present tense alone, as before
      'jumamosi najiua gym': 'high',
      'ijumaa najimaliza na assignment': 'high',
    });
  });

  it('leaves others, animals, characters and a past "used to" out of "the only way" and "by my own hand"', () => {
    expectLevels({
      'the patient had no other option but to die': 'low',
      'our dog had no other choice but to die': 'low',
      'there was no other way but suicide for him': 'low',
      'the character believes the only way out is suicide': 'low',
      'i used to want to die by my own hand': 'low',
    });
  });

  it('leaves general statements, a business idea, an insurance claim and quitting out', () => {
    expectLevels({
      'with depression suicidal thoughts are always there and you need help': 'low',
      'zamani nilikuwa nataka kufa. thoughts zimerudi za kuanzisha biashara': 'low',
      'zamani nilikuwa nataka kufa. hadi sasa nawaza hivyo ni ujinga': 'low',
      'nikigongwa na gari sitajali, nina insurance': 'low',
      'i have not cut myself since the last time i tried to quit': 'low',
    });
  });
});

describe('session 45 second code review', () => {
  it('splits "but to be honest", "ila kusema kweli", "ila kumbe" and a run-on "but to …, and i have …"', () => {
    expectLevels({
      'in high school i had no other option but to be honest i have tried to kill myself': 'critical',
      'zamani sikuwa na njia nyingine ila kusema kweli nimejikata': 'critical',
      'zamani sikuwa na njia nyingine ila kumbe nimejikata': 'critical',
      'in high school i had no other option but to stay quiet and i have tried to kill myself': 'critical',
      'i cant see any other way but to die': 'medium',
    });
  });

  it('keeps "hisia zimerudi za kutaka kufa" and a thought after a comma', () => {
    expectLevels({
      'nilijaribu kujiua zamani. hisia zimerudi za kutaka kufa': 'critical',
      'nilitaka kufa nikiwa mdogo. mpaka leo nawaza hivyo, nisaidie': 'medium',
      'zamani nilikuwa nataka kufa. mpaka leo nahisi hivyo hivyo': 'medium',
      'i will have killed myself in a week': 'critical',
      'i will have killed myself on sunday': 'critical',
      'at this point the only way out is suicide': 'high',
      'i feel like ending it by my own hand': 'high',
      'if i got hit by a bus i wouldnt care, they would all leave me alone': 'medium',
    });
  });

  it('leaves reported anger, survivor’s guilt, games, a past anger and moves low', () => {
    expectLevels({
      'wiki hii najiua tu na exams': 'high', // the present tense alone, as before
      'my grandma keeps saying why did god save me': 'low',
      'he told me im angry they saved me': 'low',
      'she asked me why did they save me': 'low',
      'my best friend died and i am angry that i survived': 'low',
      'i am angry that i survived, my twin did not': 'low',
      'nimekasirika waliniokoa, mtoto wangu alikufa': 'low',
      'im so mad they found me again in fortnite': 'low',
      'why did you save me? i wanted the xp': 'low',
      'i was angry they saved me but now i am grateful': 'low',
      'counting down the days until im gone. campus here i come': 'low',
      'sijisikii kuishi tena, nahamia kisumu': 'low',
      'the suicidal thoughts are less constant now': 'low',
    });
  });
});
