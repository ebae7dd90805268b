import { expect } from 'chai';
import { languageLevel } from '../../setup/risk-levels.js';

// Wishes to be dead told without a death word of their own (cues-indirect.ts, reunion.ts; RULES.md, "Wishes without
// a death word").

describe('crisis language: wishes without a death word', () => {
  it('hears wanting to follow or join someone who died', () => {
    expect(languageLevel('My brother passed away in March. Some nights I just want to go be with him.')).to.equal(
      'medium',
    );
    expect(languageLevel('bibi alifariki mwezi uliopita na natamani kumfuata')).to.equal('medium');
    expect(languageLevel('my mum is gone now and honestly it should have been me')).to.equal('medium');
  });

  it('leaves joining the living, or someone who died, for an event low', () => {
    expect(languageLevel('my sister moved to Mombasa and I want to join her next year')).to.equal('low');
    expect(languageLevel('my uncle died last year, I want to join my cousins at the memorial on sunday')).to.equal(
      'low',
    );
    expect(languageLevel('it should have been me who got the promotion')).to.equal('low');
    // Followed by a plan of the living: not the wish ("be with my mum this weekend" is left to the learned reading).
    expect(languageLevel('my dad died and i want to follow him into farming')).to.equal('low');
    expect(languageLevel('bibi alifariki, nataka kuungana na mama wikendi hii')).to.equal('low');
  });

  it('hears being glad if one’s life ended, or not minding never waking', () => {
    expect(languageLevel('honestly i would be relieved if my life just ended')).to.equal('medium');
    expect(languageLevel('sijali hata kama nisiamke')).to.equal('medium');
    expect(languageLevel('i wouldnt mind if i never woke up')).to.equal('medium');
    expect(languageLevel('i would be happy if this job ended')).to.equal('low');
    expect(languageLevel('i would be glad if i didnt wake up early')).to.equal('low');
    expect(languageLevel('i would be happy if everything ended well')).to.equal('low');
  });

  it('hears leaving this world in Swahili and Sheng', () => {
    expect(languageLevel('najiskia kuondoka tu hii dunia')).to.equal('high'); // the sixth warning reading
    expect(languageLevel('nataka kuondoka hii town')).to.equal('low');
  });

  it('hears welcoming death after it is named, and "me too" after someone else’s wish', () => {
    expect(languageLevel('I used to fear death. Now I would honestly welcome it.')).to.equal('medium');
    expect(languageLevel('dada yangu anawaza kufa kila siku na mimi pia najiskia hivyo')).to.equal('medium');
    expect(languageLevel('i dont wish i was dead i just wish i had money')).to.equal('low');
  });

  it('hears taking or removing oneself out of this world or life as thoughts of killing oneself', () => {
    expect(languageLevel('the thought of taking myself out of this world keeps coming back')).to.equal('high');
    expect(languageLevel('nawaza kumaliza haya yote kwa mikono yangu mwenyewe')).to.equal('high');
    expect(languageLevel('i removed myself from the life of crime years ago')).to.equal('low');
    expect(languageLevel('i am not going to take myself out of this world')).to.equal('low');
  });

  it('hears a Swahili first-person verb before the cue beside someone else’s death', () => {
    expect(languageLevel('kifo cha kaka yangu kimenifanya nianze kuwaza kumaliza maisha yangu')).to.equal('high');
  });

  it('leaves the everyday senses a review found low', () => {
    for (const text of [
      'I will be glad when God takes me through this season.',
      "I'd be happy if my life ended up like my mum's",
      "We went to grandma's burial upcountry. It should have taken me three hours",
      'tulienda mazishi jana, ingekuwa mimi ningepika chakula zaidi',
      'My phone died while I was waiting at the bank. I just hope my turn comes soon.',
      'My uncle passed away yesterday. I need to be with my dad.',
      'Grandpa died before I could visit him. I wish I had.',
      'my aunt died and she told me i want to be with him',
      "I made ugali and I wish I didn't make it",
      'ni likizo, sijali nisipoamka hadi mchana',
      'natamani kuacha hii dunia ya mitandao',
      'I removed myself from the life I was living in Nairobi',
      'I need to take myself out of the world for a weekend of prayer.',
    ])
      expect(languageLevel(text), text).to.equal('low');
    // The fifth learned reading follows this one up, a false alarm it draws (RULES.md, "A fifth reading").
    expect(languageLevel('nataka kumaliza kila kitu kwa mikono yangu, bila fundi')).to.equal('medium');
  });

  it('hears being glad or not minding if one died, not of a match won, a full life, a game or a report', () => {
    for (const text of [
      'i would be happy if i died',
      'i wouldnt mind if i died',
      'ningefurahi nikifa',
      'sitajali nikifa',
      // The next sentence's "sometimes" run on by speech-to-text (the check under context found it silenced).
      'singejali nikifa wakati mwingine naweza nikaogopa huenda nikawa naugua',
      'i feel like a burden, honestly i wouldnt care if i died',
    ])
      expect(languageLevel(text), text).to.equal('medium');
    for (const text of [
      'if man u win tonight i would be happy if i died',
      'in pubg i wouldnt mind if i died, i just respawn',
      'bibi anasema ningefurahi nikifa, amechoka na uzee',
      'once my daughter is married i’d be at peace if i died',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it('keeps the graver reading when the wish with a time would silence the learned readings beside it', () => {
    // Read alone, the wish and "kesho" make active thoughts (high), which silenced the readings of the gifts, the
    // hopelessness and the burden that made it critical (review 36).
    expect(
      languageLevel(
        'nimewapa marafiki zangu vitu vyangu vyote. sina matumaini, mimi ni mzigo, nimenaswa kabisa, sina thamani. singejali nikifa kesho',
      ),
    ).to.equal('critical');
  });
});
