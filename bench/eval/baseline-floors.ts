import { fileURLToPath } from 'node:url';
import { BASELINE_FEATURES, measure } from '../../lib/baseline/features.js';
import { loadClips, samplesOf } from './voice-features.js';

// Where the baseline's MAD floors come from (lib/baseline/features.ts): the pooled within-speaker sd of the two
// neutral sentences each RAVDESS dev actor read, sqrt(mean over actors of (x1 − x2)² / 2). Each floor is about a
// quarter of it: those sentences hold about 1.5 s of voicing (a check-in needs 3 s), so they overstate how much a
// person's measures move, and the floor only has to keep (nearly) identical sessions from giving huge z.

export async function baselineFloors(say: (line: string) => void = console.log): Promise<void> {
  const neutral = samplesOf(await loadClips()).filter((s) => s.label === 'neutral');
  const bySpeaker = new Map<string, typeof neutral>();
  for (const s of neutral) bySpeaker.set(s.speaker, [...(bySpeaker.get(s.speaker) ?? []), s]);
  say(`\n[baseline floors] pooled within-speaker sd, neutral sentence pairs of ${bySpeaker.size} RAVDESS dev actors`);
  for (const f of BASELINE_FEATURES) {
    const squares: number[] = [];
    for (const clips of bySpeaker.values()) {
      const xs = clips.map((c) => measure(c.a, f.key)).filter((x): x is number => x !== null);
      if (xs.length === 2) squares.push((xs[0]! - xs[1]!) ** 2 / 2);
    }
    const sd = Math.sqrt(squares.reduce((s, x) => s + x, 0) / squares.length);
    say(
      `  ${f.key.padEnd(22)} within-speaker sd ${sd.toPrecision(3).padStart(7)} ${f.unit.padEnd(18)} ` +
        `(${squares.length} pairs)  floor ${f.floor} = ${(f.floor / sd).toFixed(2)} × sd`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await baselineFloors();
