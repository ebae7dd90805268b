import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// A review of the exceptions added on 2026-12-01 found each of these crisis statements scored lower than before:
// an exception must never swallow the speaker's own words beside the thing it excuses.
describe('crisis language: exceptions never swallow a crisis statement beside them', () => {
  const cases: Array<[string, string, 'medium' | 'high' | 'critical']> = [
    [
      'laughter elsewhere in the text',
      'lol my cat knocked over my tea. Anyway I want to kill myself tonight',
      'critical',
    ],
    ['laughter in an earlier sentence', 'haha that meme was funny. I want to die', 'medium'],
    ['someone telling the speaker to die', 'Everyone told me to die and I am going to kill myself tonight', 'critical'],
    [
      'someone telling the speaker to die, then their own wish',
      'My boss told me to die and I want to kill myself',
      'high',
    ],
    [
      'an earlier past time and a wish to be dead',
      'I was bullied in my first year of uni. I wish I was dead',
      'medium',
    ],
    [
      'an earlier past time and a present wish',
      'My dad died two years ago. I had a fight with my mom and I want to kill myself',
      'high',
    ],
    ['a past-tense word in the same clause', 'I had a terrible day and I want to kill myself', 'high'],
    ['a whole day of it', 'I felt suicidal the whole day', 'high'],
    ['an idiom beside the wish', 'I am at a dead end and I want to kill myself', 'high'],
    ['a job idiom beside the wish', 'my job is going to kill me and honestly I want to kill myself', 'high'],
    ['cutting oneself off beside a wish to die', 'I cut myself off from everyone and I want to die', 'medium'],
    ['not waking up in the morning', 'I hope I don’t wake up in the morning', 'medium'],
    ['a request, then "or I will"', 'Please don’t leave or I’ll kill myself', 'critical'],
    ['"sina tena" then a wish to kill oneself', 'sina tena nataka kujiua', 'high'],
    ['"sina kabisa" then a wish to kill oneself', 'sina kabisa nataka kujiua', 'high'],
  ];
  for (const [what, text, atLeast] of cases) {
    it(`keeps ${what} at ${atLeast} or above`, () => {
      const order = ['low', 'medium', 'high', 'critical'];
      expect(order.indexOf(level(text)), `${text} → ${level(text)}`).to.be.at.least(order.indexOf(atLeast));
    });
  }

  it('still excuses what the exception is about', () => {
    expect(level('sina mawazo ya kujiua')).to.equal('low');
    expect(level('my dad used to tell me to go kill myself')).to.equal('low');
    expect(level('this job is a dead end')).to.equal('low');
    expect(level('Currently I am not super depressed or suicidal')).to.equal('low');
  });
});

// The exceptions as train3.jsonl (real posts, 2026-12-01) showed them failing, and what each fix must not swallow.
describe('crisis language: negation, the past and someone else on long real posts (train3)', () => {
  const order = ['low', 'medium', 'high', 'critical'];
  const atLeast = (text: string, min: string) =>
    expect(order.indexOf(level(text)), `${text} → ${level(text)}`).to.be.at.least(order.indexOf(min));
  const below = (text: string, max: string) =>
    expect(order.indexOf(level(text)), `${text} → ${level(text)}`).to.be.below(order.indexOf(max));

  it('lets a negation reach across its own verb phrase: not having any, would not consider myself', () => {
    expect(level('I’m not having any suicidal thoughts and I don’t think I ever will')).to.equal('low');
    expect(level('It’s weird because I wouldn’t consider myself suicidal')).to.equal('low');
    expect(
      level('I don’t think suicide watch is the right place since I don’t necessarily want to commit suicide'),
    ).to.equal('low');
  });

  it('keeps a wish beside a negation that ends before it: not myself, I want to die', () => {
    atLeast('im not myself i want to die', 'medium');
    atLeast('I’m not having a good day, I want to kill myself', 'high');
  });

  it('keeps what a negation says began later: never thought about suicide until this year', () => {
    atLeast('I never thought about suicide until this year', 'high');
    atLeast('I had never felt suicidal before this week', 'high');
    expect(level('I have never had suicidal thoughts before')).to.equal('low');
  });

  it('keeps ideation current when its sentence says it goes on, whatever past it names', () => {
    atLeast('I first started thinking about suicide when I was 12 and years later I still think about it', 'high');
    atLeast('When I was 12, wanted to kill myself, still do', 'high');
  });

  it('reads a clause without a subject in the tense its sentence set: hospitalized, at age 12, for trying', () => {
    below('I feel no less depressed than the day I was hospitalized, at age 12, for trying to kill myself.', 'high');
    below('15 to 19 I self harmed, and I wanted to die', 'high');
  });

  it('keeps a present wish beside a past frame in the same sentence', () => {
    atLeast('When I was 12 I was bullied, now I want to kill myself', 'high');
    atLeast('I was bullied at age 12, I want to die', 'medium');
  });

  it('reads a past perfect attempt as before another past, unless the clause names something recent', () => {
    below('I had tried to commit suicide but failed after saying goodbye to my friends over the phone.', 'medium');
    expect(level('I had tried to kill myself last night')).to.equal('critical');
  });

  it('reads "if I had" as a condition, not the past: if I had the courage to kill myself I would do it', () => {
    atLeast('if i had the courage to kill myself i would do it', 'high');
  });

  it('finds the speaker of a bare "suicidal" in the clause before, in the same sentence', () => {
    atLeast('years ago i lost my job, suicidal every day now', 'high');
  });

  it('reads me after a preposition as no subject: people around me started dying is about them', () => {
    below('On top of that, people around me started dying, so I’m always wondering who’s going to die next.', 'medium');
    atLeast('the people around me don’t care and i want to die', 'medium');
  });

  it('counts the speaker in when a post asks "does anyone else": want to kill themself, casually suicidal', () => {
    atLeast('Does anyone else want to kill themself but they don’t want to do that to their family', 'high');
    atLeast('Is anyone else “casually suicidal”?', 'high');
  });

  it('keeps a state and others’ dying apart from a wish: my hope was dying, anxiety over dying, dying for', () => {
    expect(level('Slowly my dreams dwindled away and my hope was dying')).to.equal('low');
    expect(level('I often drink to get rid of anxiety over dying')).to.equal('low');
    expect(level('it’s what my heart is dying for')).to.equal('low');
    expect(level('I feel like I’m already dying')).to.equal('low');
    atLeast('I’m dying', 'medium');
    atLeast('I’m honestly dying to end it all', 'medium');
  });

  it('reads someone else’s quoted words as a quote, but not the speaker’s words after the quote', () => {
    expect(level('when he says "I’m gonna kill myself, and it’s your fault" to jim, i laugh')).to.equal('low');
    atLeast('when he says "calm down" I want to kill myself', 'high');
  });

  it('reads a post’s title as no quotation: I’m tired of living, the title should be enough', () => {
    atLeast('I’m tired of living The title should be enough but if not, I’m tired of living.', 'medium');
  });

  it('grades an aborted attempt as behaviour, and readiness, a lack of courage or plans as what they are', () => {
    expect(level('I was about to finally end it, when my dog came in and I just stopped')).to.equal('critical');
    // No rule reads a break-up as an attempt; the refitted ideation model follows it up at medium, a known false alarm.
    expect(level('I was about to end it with him')).to.equal('medium');
    expect(level('I am still extremely depressed and ready to end it all.')).to.equal('critical');
    atLeast('No courage to end it all, too tired to move on.', 'high');
    expect(level('I made plans for next week to end myself.')).to.equal('critical');
  });

  it('knows more wordings of a wish not to exist: tired of life, not existing, rather just never wake up', () => {
    atLeast('Just another guy tired of life.', 'medium');
    below('I am tired of life in this city', 'medium');
    atLeast('the idea of not existing anymore is tempting me so bad', 'medium');
    atLeast('i don’t wanna kill myself, but i don’t want to necessarily exist either', 'medium');
    atLeast('I don’t want to kill myself but I’d rather just never wake up again.', 'medium');
  });

  it('reads agreeing with someone who told the speaker to die as the speaker’s own ideation', () => {
    atLeast("he says 'kill yourself' and honestly I want to", 'high');
    atLeast('they told me to go kill myself. i want to', 'high');
    atLeast('my bully said kill yourself, maybe i will', 'high');
    atLeast('people comment kys on my videos and i might', 'high');
  });

  it('keeps a suggestion to die that the speaker refuses or only reports as no ideation of theirs', () => {
    below('they told me to kill myself but i won’t', 'high');
    below('my bully said kill yourself, i will report him', 'high');
    below('people tell me to kill myself and I want to scream', 'high');
  });
});
