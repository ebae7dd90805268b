import { type Span, WORD_CHAR } from './types.js';

/** Digit groups joined by at most three of space (no-break and thin ones too), dot, dash or parenthesis: "+254 (0) 712-345.678". Colons and commas end a group, so times and amounts stay apart. */
const CANDIDATE = new RegExp(String.raw`(?<![${WORD_CHAR}+\[])(?:\+ ?)?\(?\d(?:\d|[\p{Zs}.()\-]{1,3}(?=\d))*`, 'gu');

/** Country codes of the region whose numbers have 8-9 digits after the code (Kenya 254, Tanzania 255, Uganda 256, ...). */
const REGIONAL_CODES = /^(?:25[0-8]|211|243|260|265)/;

const MONEY_BEFORE = /(?<!\p{L})(?:ksh|kes|kshs|sh|shs|tsh|tshs|tzs|ugx|rwf|bif|usd|shilingi|\$|€|£)\.?\s*$/iu;
const MONEY_AFTER =
  /^\s*(?:\/=|\/-|shillings?|shilingi|bob|dollars?|usd|ksh|kes|tsh|ugx|euros?|pounds?|pesa|elfu|million)/iu;

/** Whether an international number (digits after "+" or "00") is a plausible E.164 number. */
function international(d: string): boolean {
  if (REGIONAL_CODES.test(d)) {
    const national = d.slice(3).replace(/^0/, '');
    return national.length === 9 || national.length === 8;
  }
  return d.length >= 8 && d.length <= 15 && !d.startsWith('0');
}

/** Phone shapes: "+" or "00" international, a regional country code without "+", a 10-digit trunk number ("0712..."), or a 9-digit mobile without its 0. */
function isPhone(d: string, plus: boolean, money: boolean): boolean {
  if (plus) return international(d);
  if (d.startsWith('00')) return international(d.slice(2));
  if (REGIONAL_CODES.test(d) && d.length >= 11 && d.length <= 13 && international(d)) return true;
  if (/^0[1-9]\d{8}$/.test(d)) return true;
  return !money && /^[167]\d{8}$/.test(d);
}

function moneyAround(text: string, start: number, end: number): boolean {
  return MONEY_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || MONEY_AFTER.test(text.slice(end, end + 12));
}

/** Phone numbers, and other long digit runs (bare Kenyan ID numbers, accounts, cards) as `number`. */
export function numbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const groups = [...m[0].matchAll(/\d+/g)].map((g) => ({
      start: m.index + g.index,
      end: m.index + g.index + g[0].length,
      digits: g[0],
    }));
    const plus = m[0].startsWith('+');
    let i = 0;
    while (i < groups.length) {
      const first = groups[i]!;
      let best = -1;
      let digits = '';
      // Phone numbers have at most 15 digits (16 with a "(0)"), so the search from each group is bounded.
      for (let j = i; j < groups.length && digits.length + groups[j]!.digits.length <= 16; j++) {
        digits += groups[j]!.digits;
        if (isPhone(digits, plus && i === 0, moneyAround(text, first.start, groups[j]!.end))) best = j;
      }
      if (best >= 0) {
        const end = groups[best]!.end;
        let start = i === 0 ? m.index : first.start;
        // A leading "(" belongs to the number only when its ")" does too: "(0712) 345 678", not "(0712 345 678)".
        if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
        spans.push({ start, end, kind: 'phone' });
        i = best + 1;
        continue;
      }
      // Seven or more digits in one run: a Kenyan ID has 7-8, and a check-in needs no such figure unless it is money.
      if (first.digits.length >= 7 && !moneyAround(text, first.start, first.end)) {
        spans.push({ start: first.start, end: first.end, kind: 'number' });
      }
      i++;
    }
  }
  return spans;
}
