// One streaming pass over 16-bit PCM: samples go into a fixed ring; pitch frames, harmonicity frames, spectral
// frames and pause blocks are analysed as soon as their samples exist; the pitch path decides frames with a
// bounded delay and drives the pulse tracker and the voiced-frame statistics. Memory is fixed by the ring and
// frame buffers, not by the duration. Results depend only on the samples, not on how they were chunked.
import { Harmonicity } from './harmonicity.js';
import { PauseDetector, SyllableCounter } from './pauses.js';
import { CandidateFrame, PitchFrameAnalyzer, PRAAT_PITCH } from './pitch.js';
import { PulseTracker } from './point-process.js';
import { SampleRing } from './ring.js';
import { SpectralAnalyzer, type SpectralFrame } from './spectral.js';
import { VoiceStats } from './voice-stats.js';
import { PathFinder } from './viterbi.js';
import { PulseSink, VoiceReport } from './voice-report.js';
import type { AcousticFeatures } from './types.js';

const SPECTRAL_CAP = 2048; // spectral frames waiting for their pitch decision (power of two)
const LOOKAHEAD_S = 5; // the "global" peak used by Praat's silence tests looks this far ahead
const SLICE = 8192; // samples appended between analysis passes

export class AcousticAnalyzer {
  readonly sampleRate: number;
  private readonly ring = new SampleRing(19);
  private readonly lookahead: number;
  private readonly pitch: PitchFrameAnalyzer;
  private readonly frame = new CandidateFrame(PRAAT_PITCH.maxCandidates);
  private readonly quietIntensity: number;
  private pushed = 0;
  private readonly path: PathFinder;
  private readonly pulses: PulseTracker;
  private readonly report: VoiceReport;
  private readonly hnr: Harmonicity;
  private hnrFrames = 0;
  private readonly spectral: SpectralAnalyzer;
  private readonly spectralFrames: Float64Array[]; // one array per SpectralFrame field
  private spectralDone = 0;
  private joined = 0;
  private readonly scratch: SpectralFrame = {
    levelDb: 0,
    loudness: 0,
    flux: 0,
    alphaRatioDb: 0,
    hammarbergDb: 0,
    slope0to500: 0,
    slope500to1500: 0,
  };
  private readonly pauses: PauseDetector;
  private readonly syllables = new SyllableCounter();
  private readonly stats = new VoiceStats();
  private carry = -1; // odd byte left over from the previous chunk
  private clipped = 0;
  private ended = false;

  constructor(sampleRate = 16000) {
    this.sampleRate = sampleRate;
    this.lookahead = Math.round(LOOKAHEAD_S * sampleRate);
    this.pitch = new PitchFrameAnalyzer(sampleRate, PRAAT_PITCH);
    this.quietIntensity = this.pitch.quietIntensity;
    this.path = new PathFinder(PRAAT_PITCH, (k, f0) => this.decided(k, f0));
    this.report = new VoiceReport(this.ring, sampleRate);
    const sink = new PulseSink((t) => this.report.add(t));
    this.pulses = new PulseTracker(
      this.ring,
      sampleRate,
      this.pitch.firstTime,
      PRAAT_PITCH.timeStep,
      this.lookahead,
      (t) => sink.add(t),
      (w) => sink.release(w),
    );
    this.hnr = new Harmonicity(this.ring, sampleRate);
    this.spectral = new SpectralAnalyzer(sampleRate);
    this.spectralFrames = Array.from({ length: 7 }, () => new Float64Array(SPECTRAL_CAP));
    this.pauses = new PauseDetector(sampleRate);
  }

  /** Appends raw s16le mono bytes; chunk boundaries may split a sample. */
  write(chunk: Uint8Array): void {
    if (this.ended) throw new Error('write after end');
    let i = 0;
    let inSlice = 0;
    if (this.carry >= 0 && chunk.length > 0) {
      this.sample((((chunk[0]! << 8) | this.carry) << 16) >> 16);
      this.carry = -1;
      i = 1;
    }
    for (; i + 1 < chunk.length; i += 2) {
      this.sample((((chunk[i + 1]! << 8) | chunk[i]!) << 16) >> 16);
      if (++inSlice === SLICE) {
        this.pump();
        inSlice = 0;
      }
    }
    if (i < chunk.length) this.carry = chunk[i]!;
    this.pump();
  }

  private sample(s: number): void {
    if (s >= 32767 || s <= -32767) this.clipped++;
    const x = s / 32768;
    this.ring.push(x);
    this.pauses.add(x);
  }

  /** Ends the input and returns the features. */
  end(transcriptWords?: number): AcousticFeatures {
    this.ended = true;
    this.ring.ended = true;
    this.pump();
    this.path.finish();
    while (this.joined < this.spectralDone) this.join(this.joined, 0);
    this.pulses.finish();
    this.report.finish();
    const pauses = this.pauses.finish();
    const syllables = this.syllables.count(pauses.thresholdDb);
    return this.stats.features({
      durationS: this.ring.length / this.sampleRate,
      frameStep: PRAAT_PITCH.timeStep,
      report: this.report,
      hnrDb: this.hnrMean(),
      pauses,
      syllables,
      transcriptWords,
      clippingRatio: this.ring.length > 0 ? this.clipped / this.ring.length : 0,
    });
  }

  /** Praat's harmonicity silence test uses the whole sound's max |x - mean|, known now. */
  private hnrMean(): number | null {
    const peak = this.ring.demeanedPeakUpTo(this.ring.length - 1);
    return peak > 0 ? this.hnr.mean(peak) : null;
  }

  private pump(): void {
    const ring = this.ring;
    const pitch = this.pitch;
    // A pitch frame is analysed once the global-peak lookahead past it has arrived (or the input ended).
    const frame = this.frame;
    for (;;) {
      const own = pitch.lastSample(this.pushed);
      if (own >= ring.length || (!this.ended && own + this.lookahead >= ring.length)) break;
      const peak = ring.demeanedPeakUpTo(own + this.lookahead);
      pitch.analyze(ring, pitch.frameTime(this.pushed), frame, peak * this.quietIntensity);
      this.path.push(frame, peak > 0 ? Math.min(1, frame.localPeak / peak) : 0);
      this.pushed++;
    }
    while (this.hnr.lastSample(this.hnrFrames) < ring.length) this.hnr.analyze(this.hnrFrames++);
    const half = this.spectral.half;
    for (;;) {
      const centre = Math.round(pitch.frameTime(this.spectralDone) * this.sampleRate);
      if (centre + half > ring.length || this.spectralDone - this.joined >= SPECTRAL_CAP) break;
      this.spectral.analyze(ring, centre, this.scratch);
      const slot = this.spectralDone & (SPECTRAL_CAP - 1);
      const f = this.spectralFrames;
      const s = this.scratch;
      f[0]![slot] = s.levelDb;
      f[1]![slot] = s.loudness;
      f[2]![slot] = s.flux;
      f[3]![slot] = s.alphaRatioDb;
      f[4]![slot] = s.hammarbergDb;
      f[5]![slot] = s.slope0to500;
      f[6]![slot] = s.slope500to1500;
      this.spectralDone++;
    }
    this.pulses.pump();
  }

  private decided(k: number, f0: number): void {
    this.stats.frame(f0);
    this.pulses.onFrame(k, f0);
    if (k < this.spectralDone) this.join(k, f0);
  }

  /** Combines spectral frame k with its voicing decision. */
  private join(k: number, f0: number): void {
    const slot = k & (SPECTRAL_CAP - 1);
    const f = this.spectralFrames;
    const voiced = f0 > 0;
    this.stats.spectral(f[1]![slot]!, f[2]![slot]!, voiced, f[3]![slot]!, f[4]![slot]!, f[5]![slot]!, f[6]![slot]!);
    this.syllables.add(f[0]![slot]!, voiced);
    this.joined = k + 1;
  }
}
