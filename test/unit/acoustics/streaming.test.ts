import { expect } from 'chai';
import { AcousticAnalyzer } from '../../../processors/transcription/acoustics/analyzer.js';
import { extractAcousticFeatures } from '../../../processors/transcription/acoustics/index.js';
import { analyse, decode, fixturePath, random } from './helpers.js';

function chunked(pcm: Buffer, sizes: () => number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < pcm.length;) {
    const n = Math.max(1, sizes());
    out.push(pcm.subarray(i, i + n));
    i += n;
  }
  return out;
}

async function* slowly(chunks: Buffer[]): AsyncGenerator<Buffer> {
  for (const c of chunks) {
    await new Promise((r) => setImmediate(r));
    yield c;
  }
}

describe('acoustics: streaming and the worker thread', function () {
  this.timeout(60_000);
  let pcm: Buffer;
  let oneShot: ReturnType<typeof analyse>;
  before(() => {
    pcm = decode(fixturePath('pauses'));
    oneShot = analyse(pcm);
  });

  for (const size of [1, 3, 7, 641, 4097, 65537]) {
    it(`chunks of ${size} byte(s), splitting samples across chunks, give exactly the one-shot result`, () => {
      const a = new AcousticAnalyzer();
      for (const c of chunked(pcm, () => size)) a.write(c);
      expect(a.end()).to.deep.equal(oneShot);
    });
  }

  it('randomly sized chunks give exactly the one-shot result', () => {
    const rnd = random(7);
    const a = new AcousticAnalyzer();
    for (const c of chunked(pcm, () => Math.floor(rnd() * 20000))) a.write(c);
    expect(a.end()).to.deep.equal(oneShot);
  });

  it('extractAcousticFeatures runs the same analysis on a worker thread from an async stream', async () => {
    const rnd = random(11);
    const features = await extractAcousticFeatures(slowly(chunked(pcm, () => 1 + Math.floor(rnd() * 9000))), {
      transcriptWords: 24,
    });
    expect(features).to.deep.equal(analyse(pcm, 24));
  });

  it('runs one analysis after another on a pooled thread, with the same result as a fresh one', async () => {
    const first: { warmThread?: boolean } = {};
    const a = await extractAcousticFeatures(slowly([pcm]), { transcriptWords: 3, timings: first });
    const second: { warmThread?: boolean; threadStartMs?: number } = {};
    const b = await extractAcousticFeatures(slowly([pcm]), { transcriptWords: 3, timings: second });
    expect(b).to.deep.equal(a);
    expect(b).to.deep.equal(analyse(pcm, 3));
    expect(second).to.include({ warmThread: true, threadStartMs: 0 });
  });

  it('keeps the caller event loop free while the worker analyses', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const start = Date.now();
    await extractAcousticFeatures(slowly(Array.from({ length: 8 }, () => pcm)));
    clearInterval(timer);
    expect(ticks).to.be.above(((Date.now() - start) / 5) * 0.5);
  });

  it('an abort signal terminates the worker, stops reading the stream and rejects with the reason', async () => {
    let closed = false;
    async function* endless(): AsyncGenerator<Buffer> {
      try {
        for (;;) {
          await new Promise((r) => setTimeout(r, 1));
          yield pcm.subarray(0, 32000);
        }
      } finally {
        closed = true;
      }
    }
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 200);
    const err = await extractAcousticFeatures(endless(), { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(Error).with.property('name', 'AbortError');
    expect(Date.now() - started).to.be.below(3000);
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).to.equal(true);
  });

  it('an already aborted signal rejects without starting a worker', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    const err = await extractAcousticFeatures(slowly([pcm]), { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).to.have.property('message', 'gone');
  });

  it('a failing source rejects with the source error', async () => {
    async function* broken(): AsyncGenerator<Buffer> {
      yield pcm.subarray(0, 1000);
      throw new Error('decoder died');
    }
    const err = await extractAcousticFeatures(broken()).catch((e: unknown) => e);
    expect(err).to.have.property('message', 'decoder died');
  });
});
