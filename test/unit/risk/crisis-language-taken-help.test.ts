import { expectLevels } from '../../setup/risk-levels.js';

// cues-taken-help.ts: something swallowed just now, then a plea, fear, a symptom, a secret or an apology.
describe('crisis language: something swallowed just now, then a plea or a secret', () => {
  it('reads all of them taken and one such sign, or "it" taken and two, as a recent act', () => {
    expectLevels({
      'nimekunywa dawa zote saa moja iliyopita nisaidie tafadhali': 'critical',
      'nimetake pills zote one hour ago please help': 'critical',
      'its done. swallowed all of them. just wanted to say sorry': 'critical',
      'i took all my pills and im sleepy': 'critical',
      'took them an hour ago please help im scared now': 'critical',
      'already drank it feeling dizzy dont tell my dad': 'critical',
      // Session 39 (red team 171): the pills named as known, and someone else's medicine picked up and swallowed.
      'i took the pills like an hour ago, feeling dizzy now. please dont tell my dad': 'critical',
      'took my dads pills please help im scared, on my way to the hospital': 'critical',
      'nimekunywa dawa ya panya nisaidie nipelekwe kwa hospitali': 'critical',
      // A second review (session 39): "what should i do" is a plea; saying one wanted someone to know is a secret's sign.
      'i took all the pills an hour ago im scared what should i do': 'critical',
      'i took the pills an hour ago i just wanted someone to know my eyes are heavy': 'critical',
      'nimeshakunywa. kichwa kinazunguka. msimwambie mama': 'critical',
    });
  });

  it('leaves a dose, a question about it, food or a forgotten dose as it was', () => {
    expectLevels({
      'ate all of it, im sorry mum, the cake was too good': 'low',
      'nimechukua dawa za mama kwa chemist leo naskia kizunguzungu juu ya jua': 'low',
      // The pills named as known take a plea, a secret or an apology; "chukua" is fetching (a code review, session 39).
      'took the tablets like an hour ago feeling sleepy and im scared ill miss my exam': 'low',
      'nimemeza zile dawa saa moja iliyopita nasikia kizunguzungu naogopa nitachelewa kazini': 'low',
      'nimechukua jik nifanye nini na hii stain': 'low',
      'nimemeza hizo tembe za malaria saa moja iliyopita naogopa nazunguka': 'low',
      'i took the tablets already im scared about the interview tomorrow im sorry for venting': 'low',
      // Not this reading's; the sixth warning reading asks a clinician to look at a plea after pills (session 39).
      'took my pills an hour ago feeling dizzy please help': 'high',
      'i took all my pills today feeling dizzy': 'low',
      'leo nimekunywa dawa zote jana nilisahau mama nisamehe': 'low',
      'i drank all the water, im so scared of the exam': 'low',
    });
  });

  it("leaves a child's or a partner's swallowing to be helped, not read as the speaker's act", () => {
    expectLevels({
      'my son drank paraffin please help what do i do': 'low',
      'my baby swallowed some bleach im scared': 'low',
    });
  });
});
