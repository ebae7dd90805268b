import { combine, RISK_LEVELS as LEVELS, type RiskLevel } from '../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../processors/risk/language/index.js';
import { readJsonl } from './jsonl.js';

// The blind probe sets (data/risk/PROBES.md): check-in utterances and forum-like posts written by a helper who had not
// seen the rules, each with the least level it must raise ("min") or the most it may ("max"). The misses of the other
// sets were read to write rules, so they are in-sample and guard against regressions; the misses of probes7, probes9,
// probes11–18, probes22, probes24, probes25, probes28, probes29, probes30 and probes32 were not read, nor the red teams' ordinary check-ins aimed at the third
// readings (redteam-ord1, redteam-ord2), nor the crises and ordinary health talk aimed at the check on the first
// reading (redteam12-*).

/** The sets whose misses were never read, and how often they were scored (PROBES.md). */
const BLIND: Record<string, string> = {
  'probes7.jsonl': 'scored once on the rules of 785b1a9 and again after, misses not read',
  'probes9.jsonl': "scored on the ninth session's rules as they changed, misses not read",
  'probes11.jsonl':
    'scored before any change it could prompt, consulted once to choose a learned reading; misses not read',
  'probes12.jsonl': 'scored on each learned reading of the ninth session; misses not read',
  'probes13.jsonl': 'scored first on the refitted learned reading (3f423a8), then on the final one; misses not read',
  'probes14.jsonl': "scored once on the ninth session's final rules and learned reading; misses not read",
  'probes15.jsonl': "scored once on c3781a0 and once on the tenth session's refitted readings; misses not read",
  'probes16.jsonl':
    'scored once on c3781a0 and once on the refitted readings after a second round was set aside; misses not read',
  'probes17.jsonl': 'scored once on 5b8fca4 and once on a list of everyday dying words then withdrawn; misses not read',
  'probes18.jsonl': 'scored once on 58734ac and once on the readings of wishes without a death word; misses not read',
  'probes22.jsonl': 'scored once on b948b8b and once on 8a10ce4 (the same); misses not read',
  'probes24.jsonl': 'scored on 7b97ccc, once mid-session and on 0b08bae (the same each time); misses not read',
  'probes25.jsonl': 'scored once on 0aaaae2 (the rules of 6d1be88); misses not read',
  'probes29.jsonl': 'denials followed by more; scored on 648e78e, c689eee and two withdrawn versions; misses not read',
  'probes28.jsonl': 'general check-ins; scored on 648e78e, 09c8f86 and the session’s last rules (the same); not read',
  'probes30.jsonl':
    'general check-ins; scored on 4db72de, 8961692, ba0e8fb and with the fifth reading of plans and acts; not read',
  'probes32.jsonl':
    'plans and acts and their lookalikes; scored on ba0e8fb and with the fifth reading of plans and acts; not read',
  'redteam-ord1.jsonl': 'ordinary check-ins aimed at the third readings, scored on 5b8fca4 and after them; not read',
  'redteam-ord2.jsonl': 'ordinary check-ins aimed at the third readings, scored on 5b8fca4 and after them; not read',
  'redteam12-crises.jsonl':
    'crises told in health talk, aimed at the check on the first reading; scored before and after it',
  'redteam12-ordinary.jsonl': 'ordinary health talk written beside them; scored before and after the check; not read',
};

interface Probe {
  text: string;
  lang: 'en' | 'sw' | 'sheng' | 'mixed';
  min?: RiskLevel;
  max?: RiskLevel;
}

const FILES = [
  'bench/eval/data/risk/probes.jsonl',
  'bench/eval/data/risk/probes2.jsonl',
  'bench/eval/data/risk/probes3.jsonl',
  'bench/eval/data/risk/probes4.jsonl',
  'bench/eval/data/risk/probes5.jsonl',
  'bench/eval/data/risk/probes6.jsonl',
  'bench/eval/data/risk/probes7.jsonl',
  'bench/eval/data/risk/probes8.jsonl',
  'bench/eval/data/risk/probes9.jsonl',
  'bench/eval/data/risk/probes10.jsonl',
  'bench/eval/data/risk/probes11.jsonl',
  'bench/eval/data/risk/probes12.jsonl',
  'bench/eval/data/risk/probes13.jsonl',
  'bench/eval/data/risk/probes14.jsonl',
  'bench/eval/data/risk/probes15.jsonl',
  'bench/eval/data/risk/probes16.jsonl',
  'bench/eval/data/risk/probes17.jsonl',
  'bench/eval/data/risk/probes18.jsonl',
  'bench/eval/data/risk/probes19.jsonl',
  'bench/eval/data/risk/probes20.jsonl',
  'bench/eval/data/risk/probes21.jsonl',
  'bench/eval/data/risk/probes22.jsonl',
  'bench/eval/data/risk/probes23.jsonl',
  'bench/eval/data/risk/probes24.jsonl',
  'bench/eval/data/risk/probes25.jsonl',
  'bench/eval/data/risk/probes26.jsonl',
  'bench/eval/data/risk/probes27.jsonl',
  'bench/eval/data/risk/probes28.jsonl',
  'bench/eval/data/risk/probes29.jsonl',
  'bench/eval/data/risk/probes30.jsonl',
  'bench/eval/data/risk/probes31.jsonl',
  'bench/eval/data/risk/probes32.jsonl',
  'bench/eval/data/risk/redteam-ord1.jsonl',
  'bench/eval/data/risk/redteam-ord2.jsonl',
  'bench/eval/data/risk/redteam12-crises.jsonl',
  'bench/eval/data/risk/redteam12-ordinary.jsonl',
];

export function evalRiskProbes(say: (line: string) => void = console.log): void {
  for (const file of FILES) probeFile(file, say);
}

function probeFile(file: string, say: (line: string) => void): void {
  const probes = readJsonl<Probe>(file);
  const tally = new Map<string, [ok: number, n: number]>();
  const count = (key: string, ok: boolean) => {
    const t = tally.get(key) ?? [0, 0];
    tally.set(key, [t[0] + (ok ? 1 : 0), t[1] + 1]);
  };
  for (const p of probes) {
    const got = LEVELS.indexOf(combine(crisisLanguageFactors(p.text)).level);
    count(
      `${p.lang} ${p.min ? 'must raise' : 'must stay quiet'}`,
      p.min ? got >= LEVELS.indexOf(p.min) : got <= LEVELS.indexOf(p.max!),
    );
    // The figure for current ideation: at medium or more (a clinician follows it up), whatever the floor asked.
    if (p.min) count(`${p.lang} current ideation at medium or more`, got >= LEVELS.indexOf('medium'));
    // The figure for plans and acts: at high or more (an escalation), whatever the floor asked.
    if (p.min === 'critical') count(`${p.lang} plans and acts at high or more`, got >= LEVELS.indexOf('high'));
  }
  const status = BLIND[file.replace(/.*\//u, '')] ?? 'read since: in-sample';
  say(`\n[risk probes] ${probes.length} utterances (${file}; written blind to the rules, ${status})`);
  for (const [key, [ok, n]] of [...tally].sort()) say(`  ${key}: ${ok}/${n}`);
}
