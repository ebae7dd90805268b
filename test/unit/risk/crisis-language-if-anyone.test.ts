import { expectLevels } from '../../setup/risk-levels.js';

// detect.ts IF_ANYONE and patterns.ts REPORTED (session 39, red team 170): a teacher's or helper's condition on anyone
// is advice, and a Swahili third-person "amepanga / aliamua" someone else's plan; the speaker's own words stay theirs.
describe('crisis language: a condition on anyone, and plans in the third person', () => {
  it('reads "if anyone has thoughts of suicide talk to me" and "kama mtu yeyote ana mawazo ya kujiua" as advice', () => {
    expectLevels({
      'if anyone has thoughts of suicide please talk to me': 'low',
      'nimewaambia kama mtu yeyote ana mawazo ya kujiua au kujidhuru asiache kuongea aje kwangu': 'low',
      'if you ever feel suicidal call the helpline': 'low',
    });
  });

  it('keeps the speaker’s own words after such a condition', () => {
    expectLevels({
      // A code review (session 39): "if anyone reads / cares / asks" opens one's own note; "kama mtu" is also "like a person".
      'if anyone is reading this suicide is my only option tonight': 'critical',
      'if anyone cares ending my life tonight': 'critical',
      'if anyone asks suicide is on my mind all the time now': 'high',
      'najiona kama mtu asiye na maana mawazo ya kujiua yananijia kila usiku': 'high',
      'kama mtu angeniuliza ukweli kujiua ndio kitu nawaza kila siku': 'high',
      'if anyone cares i have thoughts of suicide': 'high',
      'kama mtu angejua nataka kujiua': 'high',
      'if someone asks i want to die': 'medium',
    });
  });

  it('keeps them the speaker’s when the check-in says the one told of is the speaker (red team 175)', () => {
    expectLevels({
      'kuna msichana aliamua kujiua wiki hii na amekwisha andika barua ya kuaga familia yake yule msichana ni mimi':
        'critical',
      'amepanga kujiua, nazungumza kuhusu mimi, nimeshaandaa kila kitu ninachohitaji': 'high',
      'i run the support group and i always say if anyone has thoughts of suicide talk to us but i have them myself every day now and i want to act on them':
        'high',
      'hello ni mimi tena, jirani yetu amepanga kujiua kwa sababu ya madeni': 'low',
      // A second review (session 39): "its me" or "ni mimi" ending the check-in, "that someone is me", "like i am".
      'if anyone here is suicidal its me': 'high',
      'kama kuna mtu ana mawazo ya kujiua ni mimi': 'high',
      'what should i do if someone has suicidal thoughts and that someone is me': 'high',
      'how do you stop if you are thinking about suicide all the time like i am': 'high',
      'rafiki yangu anataka kujiua na mtu anayempigia ni mimi': 'low',
      'if anyone has suicidal thoughts talk to me, the person you are talking to is a trained counsellor': 'low',
      'kama mtu ana mawazo ya kujiua aje kwangu': 'low',
    });
  });

  it('reads a plan or decision in the Swahili third person as someone else’s', () => {
    expectLevels({
      'kijana mmoja who told me alikuwa amepanga kujiua last year': 'low',
      'amepanga kujiua': 'low',
      'nimepanga kujiua': 'critical',
      // Someone else's decision about the speaker is no one else's crisis (a code review, session 39).
      'boss ameamua kunifuta kazi mawazo ya kujiua yamerudi': 'high',
      'mama anataka niolewe mawazo ya kujiua yamerudi': 'high',
      'dada ameamua kujiunga na jeshi mawazo ya kujiua yamerudi': 'high',
      'alitaka kujiua': 'low',
    });
  });

  it('reads "yaani mimi" as the speaker owning it wherever it stands, "yaani mimi niko sawa" too (a narrowing hid crises: a code review)', () => {
    expectLevels({
      'leo nina wasiwasi kuhusu rafiki yangu jana alinitumia ujumbe akisema anataka kujiua mimi nilimpigia simu yaani mimi niko sawa ila nimechoka':
        'high',
      'kama mtu anataka kujiua afanye nini yaani mimi niko sawa kwa nje lakini ndani nimekufa': 'high',
      'msee wenu amepanga kujiua buda yaani mimi mwenyewe nimechoka na hii life na nishachagua siku': 'high',
      'huyu mtu amepanga kujiua yaani mimi': 'high',
    });
  });

  it('keeps "yaani mimi" followed by more than being fine as the speaker owning it (a code review)', () => {
    expectLevels({
      'kuna mtu anafikiria kujiua yaani mimi ndiye': 'high',
      'rafiki yangu anataka kujiua yaani mimi tu': 'high',
    });
  });
});
