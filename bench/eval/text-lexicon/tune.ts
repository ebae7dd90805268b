import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';

// Grid search of the learned-layer blend on the DEVELOPMENT halves only. Run it against lists built with
// `npx tsx bench/eval/text-lexicon/build.ts --exclude-dev` (so dev lines are unseen), then rebuild without the flag.

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '../data/text');
const SEED = 20240611;
function isDev(text: string): boolean {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0;
}
/** Simple CSV reader: enough for the three eval files (quoted fields, doubled quotes). */
function readCsv(file: string): Array<Record<string, string>> {
  const text = readFileSync(path.join(data, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k] ?? ''])));
}
const dev = (file: string) => readCsv(file).filter((r) => isDev(r.text!));
const xed = dev('en_text_xed/xed_dev7.csv');
const polar = (rows: Array<Record<string, string>>) => rows.filter((r) => r.label !== 'neutral');
const emo = polar(dev('en_valence_emobank/emobank_dev_valence.csv'));
const afr = polar(dev('sw_sentiment_afrisenti/afrisenti_sw_dev3.csv'));

const catAcc = () => xed.filter((r) => lexiconEmotion(r.text!, 'en').label === r.label).length / xed.length;
const signAcc = (rows: Array<Record<string, string>>, lang: 'en' | 'sw') =>
  rows.filter((r) => {
    const v = lexiconEmotion(r.text!, lang).valence;
    return v !== 0 && v > 0 === (r.label === 'positive');
  }).length / rows.length;

const results: string[] = [];
const chosen = { ...TUNING }; // the values in index.ts: each grid varies its own knobs from these
if (!process.argv.includes('--valence'))
  for (const prior of [0.3, 0.45, 0.6])
    for (const cat of [0.5, 1, 2])
      for (const temp of [0.5, 1])
        for (const beside of [0, 0.5, 1]) {
          TUNING.learnedBeside = beside;
          TUNING.neutralPrior = prior;
          TUNING.learnedCategory = cat;
          TUNING.learnedTemperature = temp;
          results.push(
            `cat prior=${prior} learnedCategory=${cat} T=${temp} beside=${beside}: XED dev ${catAcc().toFixed(3)}`,
          );
        }
for (const v of [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2, 2]) {
  Object.assign(TUNING, chosen);
  TUNING.learnedValenceEn = TUNING.learnedValenceSw = v;
  results.push(
    `val learnedValence=${v}: EmoBank dev ${signAcc(emo, 'en').toFixed(3)} AfriSenti dev ${signAcc(afr, 'sw').toFixed(3)}`,
  );
}
console.log(results.join('\n'));
