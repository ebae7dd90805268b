import { expect } from 'chai';
import {
  chooseInterface,
  DEFAULT_INTERFACE,
  dominantEmotion,
  interfaceConfigSchema,
  type PersonInputs,
} from '../../../lib/interfaces/rules.js';

// The personalisation rules of lib/interfaces/RULES.md, one behaviour each.

const person = (p: Partial<PersonInputs> = {}): PersonInputs => ({
  sessions: 5,
  maxRisk: 'low',
  labels: [],
  dissonance: [],
  languages: [],
  trajectory: 'stable',
  ...p,
});

describe('personalisation rules (lib/interfaces/rules)', () => {
  it('gives the crisis theme with crisis resources and daily reminders for a high or critical week, whatever else', () => {
    for (const maxRisk of ['high', 'critical'] as const) {
      const c = chooseInterface(person({ maxRisk, labels: ['happy', 'happy', 'happy'], trajectory: 'improving' }));
      expect(c).to.deep.include({ theme: 'crisis', rule: 'recent_high_risk' });
      expect(c.content).to.deep.include({
        check_in_prompt: 'safety_first',
        show_crisis_resources: true,
        show_support_resources: true,
        reminder: 'daily',
      });
    }
  });

  it('calms anxiety, warms sadness and grounds anger when that emotion dominates the week', () => {
    expect(chooseInterface(person({ labels: ['fear', 'fear', 'sad'] }))).to.deep.include({
      theme: 'calming',
      rule: 'anxiety',
    });
    expect(chooseInterface(person({ labels: ['sad', 'sad', 'neutral'] }))).to.deep.include({
      theme: 'warm',
      rule: 'sadness',
    });
    expect(chooseInterface(person({ labels: ['angry', 'disgust', 'angry'] }))).to.deep.include({
      theme: 'grounding',
      rule: 'anger',
    });
  });

  it('needs an emotion twice before it counts, and breaks ties towards the more concerning one', () => {
    expect(dominantEmotion(['fear', 'sad', 'neutral', 'neutral'])).to.equal(null);
    expect(dominantEmotion(['sad', 'sad', 'fear', 'fear', 'happy', 'happy'])).to.equal('fear');
    expect(dominantEmotion(['happy', 'happy', 'happy', 'sad', 'sad'])).to.equal('happy');
  });

  it('lets a declining voice trajectory outweigh happy words, and celebrates happiness or improvement otherwise', () => {
    expect(chooseInterface(person({ labels: ['happy', 'happy'], trajectory: 'declining' }))).to.deep.include({
      theme: 'warm',
      rule: 'declining_trajectory',
    });
    expect(chooseInterface(person({ trajectory: 'declining' })).content.reminder).to.equal('daily');
    expect(chooseInterface(person({ labels: ['happy', 'happy'] })).rule).to.equal('positive_mood');
    expect(chooseInterface(person({ trajectory: 'improving' }))).to.deep.include({
      theme: 'uplifting',
      rule: 'improving_trajectory',
    });
    expect(chooseInterface(person({ trajectory: null }))).to.deep.include({ theme: 'balanced', rule: 'steady' });
  });

  it('shows support resources at medium risk without changing the theme', () => {
    const c = chooseInterface(person({ maxRisk: 'medium' }));
    expect(c.theme).to.equal('balanced');
    expect(c.content).to.include({ show_support_resources: true, show_crisis_resources: false });
  });

  it('asks "how are you really" after two dissonant check-ins in a week, but never instead of the safety prompt', () => {
    const dissonance = ['medium', 'high', 'none'];
    expect(chooseInterface(person({ dissonance })).content.check_in_prompt).to.equal('how_are_you_really');
    expect(chooseInterface(person({ dissonance: ['high', 'low'] })).content.check_in_prompt).to.equal('steady');
    expect(chooseInterface(person({ dissonance, maxRisk: 'critical' })).content.check_in_prompt).to.equal(
      'safety_first',
    );
  });

  it('speaks the language most check-ins were in, and both when they mix', () => {
    expect(chooseInterface(person({ languages: ['sw', 'sw', 'en'] })).content.language).to.equal('sw');
    expect(chooseInterface(person({ languages: ['en', 'en', 'mixed'] })).content.language).to.equal('en');
    expect(chooseInterface(person({ languages: ['en', 'sw'] })).content.language).to.equal('mixed');
    expect(chooseInterface(person({ languages: [] })).content.language).to.equal('mixed');
  });

  it('produces configurations the schema accepts, the default included, with the sessions they were read from', () => {
    expect(interfaceConfigSchema.parse(DEFAULT_INTERFACE)).to.deep.equal(DEFAULT_INTERFACE);
    const c = chooseInterface(person({ sessions: 7, labels: ['fear', 'fear'] }));
    expect(interfaceConfigSchema.parse(c)).to.deep.equal(c);
    expect(c.sessions).to.equal(7);
  });
});
