import { expectLevels } from '../../setup/risk-levels.js';

// Crises told without the plain words, from a blind set written for them (probes23.jsonl, PROBES.md; scored before it
// was read), as two reviews left the rules (cues-oblique.ts, dislocation.ts, around.ts), each with lookalikes.

describe('crisis language: crises told obliquely (probes23)', () => {
  it('reads hoping not to wake as a wish, not waking the baby, late or to a mess', () => {
    expectLevels({
      'I go to bed every night hoping I just don’t wake up in the morning. Then I do, and I’m disappointed.': 'medium',
      'hoping i dont wake up the baby': 'low',
      'hoping i dont wake up late for my shift tomorrow': 'low',
      'hoping i dont wake up and find the sink full of dishes again': 'low',
    });
  });

  it('reads thoughts of suicide said to be back or worse as the speaker’s, not others’, society’s or a worry', () => {
    expectLevels({
      'suicidal thoughts are getting worse': 'high',
      'the suicidal thoughts are back': 'high',
      'the suicidal thoughts have come back': 'high',
      'suicidal thoughts zimerudi': 'high',
      'The suicidal thoughts though, those have been back since January.': 'high',
      'Suicidal thoughts... they’re back this week.': 'high',
      'his suicidal thoughts are getting worse': 'low',
      'suicidal thoughts are increasing among students': 'low',
      'if the suicidal thoughts come back i will call you': 'low',
      'The suicidal thoughts though, those are gone now.': 'low',
      'Thoughts of suicide, they keep coming back in my grandmother’s stories about the war.': 'low',
    });
  });

  it('reads being held back only by someone from ending it as active thoughts, not a move held back by family', () => {
    expectLevels({
      'the only thing stopping me right now is my mum i dont want her to be the one who finds me': 'high',
      'the only thing stopping me from ending it is my mum': 'high',
      'the only thing stopping me from buying a car is money': 'low',
      'i want to move out the only thing stopping me is my mum she says i am too young': 'low',
    });
  });

  it('reads Swahili euphemisms, censored forms, reasons weighed, a hoped-for end and not caring if hit', () => {
    expectLevels({
      'Mawazo ya kujiondoa duniani yananijia mara kwa mara, hata nikiwa kanisani.': 'high',
      'kila nikiwa peke yangu nawaza jinsi ninavyoweza kukatisha maisha yangu': 'high',
      'nina mpango wa kujiondoa duniani wiki ijayo': 'critical',
      'Honestly I’ve been thinking about s*icide more than usual this week.': 'high',
      'naskia tu kuunalive mimi mwenyewe siwezi tena hii life': 'high',
      'Nimekuwa nikiandika reasons za kuendelea na reasons za kuend my life, na list ya pili ni ndefu zaidi.': 'high',
      'nahisi sitakuwepo kwa muda mrefu na kusema kweli natumaini iwe hivyo': 'medium',
      'yaani kama nduthi ingenigonga leo singejali hata kidogo ingekuwa kama relief tu': 'medium',
      'nimechoka kuwepo tu': 'medium',
      'Nataka kujiondoa maishani mwako, usinitafute tena.': 'low',
      // The learned layer's medium, as at 7b97ccc: the euphemism rule adds nothing to a week off data.
      'nataka kujiondoa duniani wiki hii tu nizime data nipumzike': 'medium',
      'nimechoka kuwepo hapa nairobi nataka kurudi ushago': 'low',
      'kama boda ikinigonga sitajali kwenda hospitali ya private nina nhif': 'low',
      'sitakuwepo kwa muda mrefu hapa nairobi natumaini iwe hivyo, nataka kurudi kisumu': 'low',
      'kwa game ya call of duty kuunalive enemies ndio inanipa points': 'low',
    });
  });
});

describe('crisis language: what probes23 showed of "have not" and of a year', () => {
  it('reads "have not … since yesterday", "… yet" and "a day without" as no denial of what they date', () => {
    expectLevels({
      'i have not self harmed since yesterday': 'critical',
      'it has not been a day without suicidal thoughts for me': 'high',
      'i have not cut myself in years': 'low',
    });
  });

  it('dates "that was 2017" closing its clause, not "it was 2023 when i lost my job"', () => {
    expectLevels({
      'i tried to kill myself. that was 2017': 'low',
      'I attempted suicide. It was 2023 when I lost my job and now this.': 'critical',
      'i overdosed that was 2015 the first time this time it was worse': 'critical',
    });
  });
});

describe('crisis language: not minding being hit, said as "if i got hit by" (red team 196 session)', () => {
  it('reads "if i got hit by a car i wouldnt mind" and "nikigongwa na gari sitajali" as a passive wish', () => {
    expectLevels({
      "if i got hit by a car i wouldn't mind": 'medium',
      'nikigongwa na gari sitajali': 'medium',
      'kama ningegongwa na matatu leo singejali': 'medium',
    });
  });

  it('leaves the same words about something else or someone else low', () => {
    expectLevels({
      "if i got hit by a car i wouldn't mind the day off work": 'low',
      'my friend said if she got hit by a car she wouldnt mind': 'low',
      'nikigongwa na gari sitajali kwa sababu nina insurance': 'low',
    });
  });
});

describe('crisis language: thoughts of suicide said to be constant now (red team 197)', () => {
  it('reads "the suicidal thoughts are pretty much constant now"', () => {
    expectLevels({
      'The suicidal thoughts are pretty much constant now.': 'high',
    });
  });

  it('leaves denials, someone else’s and a patient’s notes low', () => {
    expectLevels({
      'suicidal thoughts are no longer constant': 'low',
      // "always there" was read too, until a code review found general statements raised by it.
      'the suicidal thoughts are almost always there': 'low',
      'the suicidal thoughts are not constant now': 'low',
      'my friends suicidal thoughts are pretty much constant now': 'low',
      'SOAP note practice: pt reports suicidal thoughts are intense and constant, plan: refer': 'low',
      'suicidal thoughts are pretty much constant now in teens, the article says': 'low',
    });
  });
});
