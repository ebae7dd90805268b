import { expect } from 'chai';
import { floorsFrom, gradedBelow, languageLevel } from '../../setup/risk-levels.js';

// The backstop's dying words beside their everyday senses (processors/risk/language/backstop.ts; RULES.md, "Dying
// words beside their everyday senses"). A red team of 150 crisis statements told next to a dead phone, a joke, a fear
// of dying or someone else's death showed that reading those senses as idioms swallowed 43 of them, so the backstop
// still reads them; each statement raised must keep the level the session left it at (148; 2 are still missed).
const CASES = floorsFrom(new URL('../../fixtures/risk/redteam11-everyday-dying.jsonl', import.meta.url));

describe('crisis language: dying words beside their everyday senses', () => {
  it('holds the red team’s crisis statements, each with its floor', () => {
    expect(CASES.length).to.be.greaterThan(100);
  });

  it('grades no crisis statement told beside an everyday dying word lower than the session left it', () => {
    expect(gradedBelow(CASES)).to.deep.equal([]);
  });

  it('reads a dying word after a fear of dying in the same clause', () => {
    expect(languageLevel('naogopa kufa na kila siku nawaza kifo changu')).to.equal('medium');
    expect(languageLevel('afraid of death yet i keep hoping for death')).to.equal('medium');
  });

  it('reads a dying thing the speaker takes as their own', () => {
    expect(languageLevel('my battery is dying and so am i')).to.equal('medium');
  });

  it('lets a later dying word only raise: read as someone else’s, it does not silence the learned readings', () => {
    const text =
      "I won't be a burden on anyone after this week, I promise you that. I have always been scared of dying and my dad is dead.";
    expect(languageLevel(text)).to.equal('high');
  });

  it('still leaves a fear of dying alone low', () => {
    expect(languageLevel('Naogopa kufa tangu baba alipofariki ghafla')).to.equal('low');
    expect(languageLevel('my battery is dying and i need a charger')).to.equal('low');
  });

  it('leaves devotion, ready to die for one’s country or children, low, and a readiness to die alone a wish', () => {
    expect(languageLevel("I'm ready to die for my country")).to.equal('low');
    expect(languageLevel('niko tayari kufa kwa ajili ya watoto wangu')).to.equal('low');
    expect(languageLevel('i am ready to die')).to.equal('medium');
    expect(languageLevel('niko tayari kufa')).to.equal('medium');
  });
});
