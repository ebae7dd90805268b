import { readdirSync } from 'node:fs';
import { combine } from '../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../processors/risk/language/index.js';
import { IDEATION_MODELS } from '../../processors/risk/language/learned.js';
import { readJsonl } from './jsonl.js';
import { fnv1a } from './text-sets.js';

// The check on the first learned reading under context (RULES.md, "A check on the first"): every labelled crisis the
// layer raises to medium, with a real Kenyan answer about doctors and tests (the dev half) put before or after it,
// four draws each, seeded by the crisis's own text. Counted: the variants the check alone brings down to low. Read on
// the whole text only, the check silenced 80 of 9,204 such variants; the shipped one reads word windows too. Since the
// fifth reading (RULES.md, "A fifth reading") the crises it alone raises count too: 27 variants of them, all low before
// it as well. Drawn in one seeded sequence until 2026-12-05, every new fixture moved the later crises' draws: 24 of
// 23,980 became 35 of 24,120 with no code change to the check; per text, cdbd472 and the session-36 rules silence the
// same 18.

interface Labelled {
  text: string;
  tier?: string;
  min?: string;
  atLeast?: string;
}

export function evalCheckContext(say: (line: string) => void = console.log): void {
  const level = (t: string) => combine(crisisLanguageFactors(t)).level;
  const first = IDEATION_MODELS[0]!;
  const unchecked = (t: string) => {
    const { check } = first;
    (first as { check?: unknown }).check = undefined;
    try {
      return level(t);
    } finally {
      (first as { check?: unknown }).check = check;
    }
  };
  const dirs = ['bench/eval/data/risk', 'test/fixtures/risk'];
  const crises = dirs
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.jsonl') && !f.startsWith('kenya'))
        .sort()
        .flatMap((f) => readJsonl<Labelled>(`${d}/${f}`)),
    )
    .filter((it) => (it.tier ? it.tier !== 'none' : Boolean(it.min ?? it.atLeast)) && level(it.text) === 'medium');
  const context = readJsonl<{ text: string }>('bench/eval/data/risk/kenya-dev.jsonl').map((r) => r.text);
  // Each crisis draws its answers from its own text (FNV-1a), so adding a fixture moves no other crisis's draws.
  const draw = (text: string, k: number) => context[(fnv1a(text, 0) + k * 7919) % context.length]!;
  let silenced = 0;
  let variants = 0;
  for (const { text } of crises)
    for (let k = 0; k < 4; k++) {
      const c = draw(text, k);
      const v = k % 2 ? `${c} ${text}` : `${text} ${c}`;
      variants++;
      if (level(v) === 'low' && unchecked(v) !== 'low') silenced++;
    }
  say(
    `\n[risk check under context] ${crises.length} labelled crises at medium, each beside 4 real Kenyan answers: ` +
      `silenced by the check ${silenced} of ${variants} (goal 0: ${silenced === 0 ? 'PASS' : 'MISSED'})`,
  );
}

if (process.argv[1]?.endsWith('risk-check-context.ts')) evalCheckContext();
