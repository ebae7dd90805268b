import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readJsonl } from './jsonl.js';

// What the learned ideation readings are fitted on (fit-risk-model.ts, fit-confirm-model.ts): the sets of
// bench/eval/data/risk already read (never heldout3.jsonl to heldout6.jsonl, kenya-heldout.jsonl nor the blind probes7,
// 9, 11–18) and the red teams' test fixtures, loaded in a fixed order so that a fit is reproducible.

export const DATA = 'bench/eval/data/risk';
export const SECOND = [
  // Real texts labelled by tier (PROVENANCE.md, TRAIN2–6.md) and our translations.
  ...['dev', 'heldout', 'heldout2', 'dev2', 'train2', 'train3', 'train4', 'train5', 'train6'],
  // Probe sets already read (PROBES.md) and the sets written to be fitted on (TRAIN-WS.md, TRAIN-ID.md): `min`/`max`.
  ...['probes', 'probes2', 'probes3', 'probes4', 'probes5', 'probes6', 'probes8', 'probes10'],
  ...['train-ws1', 'train-ws2', 'train-ws3', 'train-ws4', 'train-ws5', 'train-ws6', 'train-ws-ordinary'],
  ...['train-id1', 'train-id2', 'train-id3', 'train-id4'],
];
/** The red teams' and the fifth review's statements (test fixtures): crises with their least level, others without. */
export const SECOND_FIXTURES = ['redteam', 'redteam8-crises', 'redteam8-ordinary', 'redteam9-ordinary', 'review5'];
/** The third reading's: the second round kept as data (TRAIN-ID.md) and wishes told without a death word (TRAIN-IND.md). */
export const THIRD = [
  ...SECOND,
  'train-id5',
  'train-id6',
  'train-ws7',
  'train-ind1',
  'train-ind2',
  'train-ind3',
  'train-ind4',
];
export const THIRD_FIXTURES = [...SECOND_FIXTURES, 'redteam11-everyday-dying'];
/** The fourth's: crises and lookalikes told in health talk (TRAIN-HEALTH.md) and real Kenyan answers (KENYA.md). */
export const FOURTH = [...THIRD, 'kenya-dev', 'train-health1', 'train-health2', 'train-health3', 'train-health4'];
/** The review fixtures `review<n>` with n in [from, to], in number order (test/fixtures/risk). */
export const reviews = (from: number, to: number): string[] =>
  readdirSync('test/fixtures/risk')
    .map((f) => /^review(\d+)\.jsonl$/u.exec(f)?.[1])
    .filter((n): n is string => n !== undefined && Number(n) >= from && Number(n) <= to)
    .sort((a, b) => Number(a) - Number(b))
    .map((n) => `review${n}`);
/** The fifth's fixtures: every review up to 129 (RULES.md, "A fifth reading"); reviews 130–139, the freshest wording
 * (four blind writers and six red teams), stay out to measure what it finds in words it never saw. */
export const FIFTH_FIXTURES = [
  ...THIRD_FIXTURES,
  'redteam12-health-talk',
  ...reviews(1, 129).filter((r) => !THIRD_FIXTURES.includes(r)),
];
export const FIFTH_HELD_OUT = reviews(130, 139);
/** Reviews written by blind writers and only ever scored (RULES.md): never fitted on, they measure what a fit finds. */
export const BLIND_REVIEWS = [
  'review169',
  'review176',
  'review180',
  'review181',
  'review183',
  'review185',
  'review186',
  'review187',
  'review189',
];
/** The sixth's fixtures: the fifth's and every later review up to 193 but the blind writers' (RULES.md, "Session 44");
 * 194 and 195 were written against it. */
export const SIXTH_FIXTURES = [...FIFTH_FIXTURES, ...reviews(130, 193).filter((r) => !BLIND_REVIEWS.includes(r))];

export interface Item {
  text: string;
  /** Real sets give the tier; probe and training sets the least level (`min`) or the most (`max`). */
  tier?: string;
  min?: string;
  max?: string;
  source?: string;
  id?: string;
  /** The file it came from, without `.jsonl`. */
  set: string;
}

/** The items of `sets` (under DATA) and then of `fixtures` (test/fixtures/risk), a fixture's `atLeast` read as `min`. */
export const loadItems = (sets: readonly string[], fixtures: readonly string[]): Item[] =>
  [
    ...sets.map((s) => path.join(DATA, `${s}.jsonl`)),
    ...fixtures.map((f) => path.join('test/fixtures/risk', `${f}.jsonl`)),
  ].flatMap((f) =>
    readJsonl<Item & { atLeast?: string }>(f).map((it) => ({
      ...it,
      min: it.min ?? it.atLeast,
      set: path.basename(f, '.jsonl'),
    })),
  );

/** 1 for current ideation (a tier other than none, or a least level), else 0. */
export const label = (it: Item): number => (it.tier ? (it.tier === 'none' ? 0 : 1) : it.min ? 1 : 0);

/** A post and its own translations share the row number at the end of their source: the same fold of 5. */
export function foldOf(it: Item): number {
  let h = 0;
  for (const ch of (it.source ?? it.id ?? it.text).replace(/.*row/u, 'row')) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 5;
}
