import { expect } from 'chai';
import v8 from 'node:v8';
import vm from 'node:vm';
import { AcousticAnalyzer } from '../../../processors/transcription/acoustics/analyzer.js';
import { syntheticSpeech } from './helpers.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('acoustics: bounded memory', function () {
  this.timeout(240_000);

  it('a 20-minute stream keeps heap growth under 4 MB after the first two minutes', () => {
    const a = new AcousticAnalyzer();
    let second = 0;
    let early = 0;
    let peak = 0;
    for (const chunk of syntheticSpeech(20 * 60)) {
      a.write(chunk);
      second++;
      if (second % 60 !== 0) continue;
      gc();
      const heap = process.memoryUsage().heapUsed;
      if (second === 120) early = heap;
      if (second > 120) peak = Math.max(peak, heap);
    }
    const f = a.end();
    expect(f.duration_s).to.equal(1200);
    expect(f.voiced_s).to.be.above(600);
    expect(f.pause_count).to.be.within(350, 420);
    expect(peak - early).to.be.below(4 * 1024 * 1024);
  });
});
