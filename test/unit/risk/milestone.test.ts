import { expect } from 'chai';
import { milestone } from '../../../processors/risk/language/milestone.js';
import { expectLevels } from '../../setup/risk-levels.js';

// milestone.ts and its use in detect.ts: a recovery milestone said with nothing else names the act it has stopped.
// Written from train5's recovery posts and review 18 (2026-12-03).

const read = (text: string, cue: string) => {
  const clause = ` ${text} `;
  const at = clause.indexOf(` ${cue} `);
  return milestone(clause, at, at + cue.length + 2, text);
};

describe('milestone: a recovery milestone told with self-harm words', () => {
  it('reads three months or more since the act as history', () => {
    expect(read('i am 7 months clean from self harm', 'self harm')).to.equal('history');
    expect(read('its been a year since i last hurt myself', 'hurt myself')).to.equal('history');
    expect(read('the anniversary of my suicide attempt', 'suicide attempt')).to.equal('history');
    expect(read('i have been free from self harm for five years now', 'self harm')).to.equal('history');
    expect(read('am 200 days free of self harm', 'self harm')).to.equal('history');
    expect(read('i havent self harmed in 7 months', 'self harmed')).to.equal('history');
    expect(read('nimekaa miezi minne bila kujikata najivunia', 'kujikata')).to.equal('history');
  });

  it('reads a self-harm milestone under three months as recent, an attempt days ago as none', () => {
    expect(read('i am 10 days clean of self harm today', 'self harm')).to.equal('recent');
    expect(read('two months clean from self harm', 'self harm')).to.equal('recent');
    expect(read('self harm free since february', 'self harm')).to.equal('recent');
    expect(read('nimekaa wiki mbili bila kujikata', 'kujikata')).to.equal('recent');
    expect(read('10 days since i attempted suicide', 'attempted suicide')).to.equal(undefined);
    expect(read('one month anniversary of my suicide attempt', 'suicide attempt')).to.equal(undefined);
  });

  it('reads nothing when the cue is not the act or anything but pride, thanks and the day is said', () => {
    expect(read('8 months clean from self harm i have decided to end my life', 'end my life')).to.equal(undefined);
    expect(read('i was 6 months clean from self harm', 'self harm')).to.equal(undefined);
    expect(read('my parents think im 6 months clean from self harm', 'self harm')).to.equal(undefined);
    expect(read('3 months clean from self harm my thighs are bleeding', 'self harm')).to.equal(undefined);
  });
});

describe('milestone: levels', () => {
  it('pages no clinician for a milestone months or years on said on its own', () => {
    expectLevels({
      "I'm 7 months clean from self harm and I'm proud of myself": 'low',
      'six months clean of self harm today im proud of myself': 'low',
      "It's been a year since I last hurt myself": 'low',
      'Nimekaa miezi minne bila kujikata, najivunia': 'low',
    });
  });

  it('follows a milestone of days or weeks up without escalating', () => {
    expectLevels({
      "I'm 10 days clean of self harm today": 'medium',
      "i haven't self harmed in 2 days": 'medium',
    });
  });

  it('keeps a milestone said with anything more at its alarm', () => {
    expectLevels({
      'i relapsed last night after four months clean i hurt myself again': 'critical',
      "I'm 7 months clean from self harm. I want to cut so badly tonight": 'critical',
      "I'm two years clean from self harm but I'm planning to kill myself on friday": 'critical',
      "I'm a year clean from self harm and I want to die": 'critical',
      'one year since i tried to kill myself and this time i will succeed': 'critical',
      'Nimerudi kwa self-harm after one year clean. Jana usiku, sitaki kuongea about it.': 'critical',
      // The cost: a recovery post that says more still pages (train5).
      "It's been 6 months since I've self-harmed. I genuinely can't remember being so happy": 'critical',
    });
  });
});
