import { combine } from '../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../processors/risk/language/index.js';
import { readJsonl } from './jsonl.js';

// The readable sets' crisis texts as speech-to-text gives them (lower case, no punctuation): how many still reach
// ≥ medium. Check-ins arrive in this form; the sets were written with punctuation. Held-out sets stay out.

const READABLE = ['dev', 'dev2', 'heldout', 'heldout2', 'train2', 'train3', 'train4', 'train5', 'train6'];

/** What speech-to-text leaves of a written text: lower case, letters, digits and apostrophes, single spaces. */
export function speechForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function evalRiskSpeechForm(say: (line: string) => void = console.log): void {
  let kept = 0;
  let crisis = 0;
  for (const set of READABLE) {
    for (const item of readJsonl<{ text: string; tier: string }>(`bench/eval/data/risk/${set}.jsonl`)) {
      if (item.tier === 'none') continue;
      crisis++;
      if (combine(crisisLanguageFactors(speechForm(item.text))).level !== 'low') kept++;
    }
  }
  say(`\n[risk speech form] readable sets (${READABLE.join(', ')}) as lower case without punctuation`);
  say(`  crisis texts still at ≥ medium: ${kept}/${crisis}`);
}
