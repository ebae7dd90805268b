// Praat's Pitch_pathFinder (local strengths, octave cost, octave-jump and voiced/unvoiced transition costs) run
// forward frame by frame. A frame is final as soon as every surviving path agrees on it (all back-pointer chains
// from the newest frame have merged), which gives exactly the globally best path in bounded memory; only a path
// that stays undecided for MAX_LAG frames is cut by following the currently best state.
import type { CandidateFrame, PitchSettings } from './pitch.js';

const CAP = 1024; // frames of history (power of two)
const MAX_LAG = 400; // 4 s at 10 ms
const CHECK_EVERY = 4;

export type DecidedFrame = (k: number, f0: number, strength: number) => void;

export class PathFinder {
  private readonly maxC: number;
  private readonly freq: Float64Array;
  private readonly strength: Float64Array;
  private readonly psi: Uint8Array;
  private readonly count: Uint8Array;
  private readonly trace: Uint8Array;
  private readonly local: Float64Array;
  private prev: Float64Array; // accumulated path scores at the newest frame
  private next: Float64Array;
  private frames = 0; // frames pushed
  private decided = 0; // frames emitted
  private readonly octaveJumpCost: number;
  private readonly voicedUnvoicedCost: number;

  constructor(
    private readonly settings: PitchSettings,
    private readonly onDecided: DecidedFrame,
  ) {
    const c = settings.maxCandidates;
    this.maxC = c;
    this.freq = new Float64Array(CAP * c);
    this.strength = new Float64Array(CAP * c);
    this.psi = new Uint8Array(CAP * c);
    this.count = new Uint8Array(CAP);
    this.trace = new Uint8Array(CAP);
    this.local = new Float64Array(c);
    this.prev = new Float64Array(c);
    this.next = new Float64Array(c);
    const timeStepCorrection = 0.01 / settings.timeStep;
    this.octaveJumpCost = settings.octaveJumpCost * timeStepCorrection;
    this.voicedUnvoicedCost = settings.voicedUnvoicedCost * timeStepCorrection;
  }

  /** Adds the next frame; `intensity` is its local peak relative to the global peak (clipped to 1). */
  push(frame: CandidateFrame, intensity: number): void {
    const s = this.settings;
    const k = this.frames;
    const slot = (k & (CAP - 1)) * this.maxC;
    const n = frame.count;
    this.count[k & (CAP - 1)] = n;
    let unvoiced = 2 - intensity / (s.silenceThreshold / (1 + s.voicingThreshold));
    unvoiced = s.voicingThreshold + (unvoiced > 0 ? unvoiced : 0);
    const local = this.local;
    for (let c = 0; c < n; c++) {
      const f = frame.frequency[c]!;
      this.freq[slot + c] = f;
      this.strength[slot + c] = frame.strength[c]!;
      local[c] = f > 0 && f < s.ceiling ? frame.strength[c]! - s.octaveCost * Math.log2(s.ceiling / f) : unvoiced;
    }
    if (k === 0) {
      for (let c = 0; c < n; c++) this.prev[c] = local[c]!;
    } else {
      const pslot = ((k - 1) & (CAP - 1)) * this.maxC;
      const pn = this.count[(k - 1) & (CAP - 1)]!;
      const prev = this.prev;
      for (let c2 = 0; c2 < n; c2++) {
        const f2 = this.freq[slot + c2]!;
        const v2 = f2 > 0 && f2 < s.ceiling;
        let maximum = -1e30;
        let place = 0;
        for (let c1 = 0; c1 < pn; c1++) {
          const f1 = this.freq[pslot + c1]!;
          const v1 = f1 > 0 && f1 < s.ceiling;
          let cost = 0;
          if (v1 !== v2) cost = this.voicedUnvoicedCost;
          else if (v1) cost = this.octaveJumpCost * Math.abs(Math.log2(f1 / f2));
          const value = prev[c1]! - cost + local[c2]!;
          if (value > maximum) {
            maximum = value;
            place = c1;
          }
        }
        this.next[c2] = maximum;
        this.psi[slot + c2] = place;
      }
      this.prev = this.next;
      this.next = prev;
    }
    this.frames = k + 1;
    if (k % CHECK_EVERY === 0) this.emitMerged();
    if (this.frames - this.decided > MAX_LAG)
      this.emitUpTo(this.frames - 1 - MAX_LAG / 2, this.frames - 1, this.bestState());
  }

  /** End of input: backtrack from the best final state, as Praat does for the whole contour. */
  finish(): void {
    if (this.frames > this.decided) this.emitUpTo(this.frames - 1, this.frames - 1, this.bestState());
  }

  private bestState(): number {
    const n = this.count[(this.frames - 1) & (CAP - 1)]!;
    let place = 0;
    let maximum = this.prev[0]!;
    for (let c = 1; c < n; c++)
      if (this.prev[c]! > maximum) {
        maximum = this.prev[c]!;
        place = c;
      }
    return place;
  }

  /** Finds the newest frame on which all survivors agree and emits everything up to it. */
  private emitMerged(): void {
    const last = this.frames - 1;
    let mask = (1 << this.count[last & (CAP - 1)]!) - 1;
    for (let k = last; k >= this.decided; k--) {
      if ((mask & (mask - 1)) === 0) {
        this.emitUpTo(k, k, 31 - Math.clz32(mask));
        return;
      }
      if (k === 0) return;
      const slot = (k & (CAP - 1)) * this.maxC;
      let prevMask = 0;
      for (let c = 0; mask >> c; c++) if ((mask >> c) & 1) prevMask |= 1 << this.psi[slot + c]!;
      mask = prevMask;
    }
  }

  /** Emits frames decided..k, following back-pointers from `state` at frame `from` (from >= k). */
  private emitUpTo(k: number, from: number, state: number): void {
    let s = state;
    for (let f = from; f >= this.decided; f--) {
      this.trace[f & (CAP - 1)] = s;
      s = this.psi[(f & (CAP - 1)) * this.maxC + s]!;
    }
    const ceiling = this.settings.ceiling;
    for (let f = this.decided; f <= k; f++) {
      const slot = (f & (CAP - 1)) * this.maxC + this.trace[f & (CAP - 1)]!;
      const f0 = this.freq[slot]!;
      this.onDecided(f, f0 > 0 && f0 < ceiling ? f0 : 0, this.strength[slot]!);
    }
    this.decided = k + 1;
  }
}
