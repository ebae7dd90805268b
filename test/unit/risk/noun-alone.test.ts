import { expect } from 'chai';
import { nounAlone } from '../../../processors/risk/language/noun-alone.js';
import { languageLevel as level } from '../../setup/risk-levels.js';

// A check-in that is a crisis noun and nothing else is the speaker's own (RULES.md, "A crisis noun said alone").
describe('crisis language: a crisis noun said alone', () => {
  it('reads the noun said with nothing but a time, "again" or a verb of having as the speaker\'s own', () => {
    expect(level('suicidal thoughts again')).to.equal('high');
    expect(level('having suicidal thoughts all week')).to.equal('high');
    expect(level('um yeah so many suicidal thoughts lately')).to.equal('high');
    expect(level('self harm again last night')).to.equal('critical');
    expect(level('suicide attempt last night')).to.equal('critical');
    expect(level('self harm yesterday')).to.equal('critical');
    expect(level('ok so self harm again')).to.equal('critical');
    expect(level('suicidal thoughts siku hizi')).to.equal('high');
    expect(level('suicidal thoughts again 😢')).to.equal('high');
    expect(level('suicidal thoughts again :(')).to.equal('high');
  });

  it('leaves the noun a mention when anything else is said', () => {
    expect(level('no suicidal thoughts today')).to.equal('low');
    expect(level('suicidal thoughts awareness')).to.equal('low');
    expect(level('suicidal thoughts are common among students')).to.equal('low');
    expect(level('my friend has suicidal thoughts')).to.equal('low');
    expect(level('Self harm?')).to.equal('low');
    expect(level('self harm ok')).to.equal('low');
    expect(level('suicidal thoughts: none')).to.equal('low');
    expect(level('Self harm: ❌')).to.equal('low');
    expect(level('#selfharm')).to.equal('low');
    expect(level('"self harm"')).to.equal('low');
  });

  it("reads the noun said with a plea for help as the speaker's own", () => {
    expect(level('having suicidal thoughts today pls help')).to.equal('high');
    expect(level('suicidal thoughts again please help')).to.equal('high');
    expect(level('suicidal thoughts helpline number please')).to.equal('low');
    expect(level('self harm an hour ago')).to.equal('critical');
    expect(level('suicidal thoughts, i dont know what to do')).to.equal('high');
  });

  it('counts only the listed words beside the cue', () => {
    expect(nounAlone(' suicidal thoughts ', 'suicidal thoughts again today', 'suicidal thoughts again today')).to.equal(
      true,
    );
    expect(nounAlone(' suicidal thoughts ', 'suicidal thoughts documentary', 'suicidal thoughts documentary')).to.equal(
      false,
    );
  });
});
