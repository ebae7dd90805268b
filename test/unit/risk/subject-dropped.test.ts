import { expect } from 'chai';
import { speakersOwnWords } from '../../../processors/risk/language/subject-dropped.js';
import { languageLevel as level } from '../../setup/risk-levels.js';

describe('crisis language: a subject dropped from a texted check-in', () => {
  it('puts "I" back before an act that begins the check-in, a sentence or a clause after a comma', () => {
    expect(speakersOwnWords('drank bleach an hour ago')).to.equal('I drank bleach an hour ago');
    expect(speakersOwnWords('so tired. Swallowed a whole strip, feeling heavy')).to.equal(
      'so tired. I Swallowed a whole strip, feeling heavy',
    );
    expect(speakersOwnWords('i am fine, took my meds')).to.equal('i am fine, I took my meds');
  });

  it('says an inner voice\'s "kill yourself" as the voice telling the speaker to kill themself', () => {
    expect(speakersOwnWords('brain keeps saying just kill urself')).to.equal('brain keeps telling me to kill myself');
    expect(speakersOwnWords('akili yangu inaniambia ujiue')).to.equal('akili yangu inaniambia nijiue');
    expect(level('my mind keeps saying kill yourself')).to.equal('high');
    expect(level('my friend keeps saying kill yourself as a joke')).to.equal('low');
    expect(level('my mind keeps saying you can do it')).to.equal('low');
    expect(speakersOwnWords('my head keeps saying you should die your hair blonde')).to.equal(
      'my head keeps saying you should die your hair blonde',
    );
  });

  it('leaves other verbs and words inside a clause as written', () => {
    expect(speakersOwnWords('bought rope for the tent')).to.equal('bought rope for the tent');
    expect(speakersOwnWords('attempted suicide is no longer a crime')).to.equal(
      'attempted suicide is no longer a crime',
    );
    expect(speakersOwnWords('he took the bus')).to.equal('he took the bus');
  });

  it("reads an act told without its subject as the speaker's own", () => {
    expect(level('drank the rat poison at 6pm, dont tell anyone pls')).to.equal('critical');
    expect(level('swallowed a whole strip of sleeping pills, feeling heavy')).to.equal('critical');
    expect(level('cut my thighs again')).to.equal('critical');
  });

  it('keeps an everyday act everyday and a pain dying down no wish to die', () => {
    expect(level('took my meds, feeling better, going to church')).to.equal('low');
    expect(level('took painkillers so the pain would die down')).to.equal('low');
    expect(level('i took medicine for the itching to die down')).to.equal('low');
  });
});
