import { expect } from 'chai';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import { languageLevel } from '../../setup/risk-levels.js';

// The backstop's dying words in their everyday senses (processors/risk/language/not-a-wish.ts).
const codes = (text: string) => crisisLanguageFactors(text).map((f) => f.code);

describe('crisis language: dying words that are no wish', () => {
  it('leaves things that are dead or dying low', () => {
    for (const text of [
      'My phone is dead, my wallet is dead, and Monday is killing me. Pray for me.',
      'My group chat has been dead since exams started.',
      'I was dead set on living in America and thought the best way was to be a doctor.',
      'I’m basically a walking dead zombie.',
      'if mum akiona hizi results shell kill me im dead meat yaani nimekwisha',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it('leaves hyperbole, laughter and fear low', () => {
    for (const text of [
      "I'm so hungry I could die, haven't eaten anything since morning.",
      'If the Harambee Stars lose again I will die, I swear.',
      'Nilicheka mpaka nikakaribia kufa, yule mchekeshaji ni hatari.',
      'Naogopa sana kufa tangu nilipopata ajali ya matatu mwaka jana.',
      'Googled a headache and convinced myself I’m dying. Doctor says I’m fine.',
      'Wake up, go to a job I hate, repeat, do that until I retire or die.',
      'nitapata kazi hiyo kufa kupona nimejiandaa vizuri',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it('leaves someone else’s death low', () => {
    expect(languageLevel('i had multiple family members die and i got fired from my job')).to.equal('low');
    expect(languageLevel('Nimepokea kwa masikitiko makubwa taarifa za kifo cha Rais Mstaafu')).to.equal('low');
  });

  it('reads an everyday sense as an idiom, so the learned layer does not speak in its place', () => {
    expect(codes('If the Harambee Stars lose again I will die, I swear.')).to.deep.equal(['idiom']);
  });

  it('still hears a wish beside an everyday dying word in the same clause', () => {
    expect(languageLevel('my phone is dead and honestly i think about my own death every day')).to.equal('medium');
    expect(languageLevel('if arsenal lose i will die but for real i keep thinking about death')).to.equal('medium');
    // A fear of dying first once hid every later dying word of its clause.
    expect(languageLevel('naogopa kufa na kila siku nawaza kifo changu')).to.equal('medium');
    expect(languageLevel('afraid of death yet i keep hoping for death')).to.equal('medium');
  });

  it('still hears a wish the speaker takes from a dead or dying thing', () => {
    expect(languageLevel('my phone is dead like me')).to.equal('medium');
    expect(languageLevel('my battery is dying and so am i')).to.equal('medium');
  });

  it('still hears a wish told through laughter, a habit or a relative', () => {
    expect(languageLevel('nilicheka hadi nikatamani kufa kweli kweli')).to.equal('medium');
    expect(languageLevel('i just want to sleep until i die')).to.equal('medium');
    expect(
      languageLevel(
        "My parents keep saying I'm a disgrace. I think they'd rather have a dead son. Some days I'd rather be one.",
      ),
    ).to.equal('medium');
  });
});

describe('crisis language: a disappearance for a while', () => {
  it('leaves a rest for a while or a break from social media low', () => {
    for (const text of [
      'nime-burn out i want to disappear for a while phone off niende shags just rest',
      'I want to disappear from social media for a while. Too much negativity.',
      'Natamani kupotea kwa wiki moja tu, niende mahali pasipo na simu, nipumzike.',
      'eh nataka kupotea kidogo wiki hii naenda kwa shangazi tanga kupumzika',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it('still hears a wish when the clause also says for good or speaks of death', () => {
    expect(languageLevel('i want to disappear for a while maybe forever')).to.equal('medium');
    expect(languageLevel('i want to disappear for a while and never wake up')).to.equal('medium');
    expect(languageLevel('nataka kupotea kidogo halafu nipotee milele')).to.equal('medium');
    expect(languageLevel('nataka kupotea kwa muda mrefu')).to.equal('medium');
    expect(languageLevel('i want to disappear')).to.equal('medium');
  });
});
