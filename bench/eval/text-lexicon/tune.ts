import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';
import { isDev, readTextSet } from '../text-sets.js';

// Grid search of the learned-layer blend on the DEVELOPMENT halves only. Run it against lists built with
// `npx tsx bench/eval/text-lexicon/build.ts --exclude-dev` (so dev lines are unseen), then rebuild without the flag.

const dev = (file: string) => readTextSet(file).filter((r) => isDev(r.text!));
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
    for (const cat of [1, 2, 4])
      for (const temp of [0.5, 1, 2])
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
