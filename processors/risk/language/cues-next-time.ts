import type { Cue } from './patterns.js';
import { NOT_OWN_NOW } from './act-farewell-words.js';
import { WRITTEN_AS_FORM, anySpaces, re } from './words.js';

// A bare "i tried" of last night that failed or was stopped, and a vow for next time (session 38, red team 162): "tried
// last night but it didnt work. next time i will make sure", "jumped yesterday but survived … this time i will finish
// it", "nilijaribu jana wakaniokoa. mara ijayo hawatanifikia mapema", "my brother found me and cut me down this
// morning". Each read low to high. "Tried" names nothing, so it counts only with the vow or a rescue right after it;
// "tried to fix the sink … next time ill call the plumber" names its task. Raise only (patterns.ts LATER_CUES).

const WHEN =
  '(?:last night|last nite|yesterday|yday|this morning|earlier|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|two days ago|(?:on |this |over the |last )?weekend|wikendi|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jana(?: usiku)?|juzi(?: usiku)?|usiku(?: wa jana)?|leo asubuhi)';
/** Tried, jumped or did it, with nothing tried named: the next word is the time. */
const EN_TRIED = ` (?:i )?(?:tried|attempted|jumped|did it)(?: again)? ${WHEN}(?= |$)(?! (?:to|\\p{L}+ing)(?= ))`;
const SW_TRIED = `(?: (?:jana(?: usiku)?|juzi|last night|yesterday) (?:i )?(?:nilijaribu|tried)(?= |$)(?! (?:to|ku\\p{L}+|\\p{L}+ing)(?= ))| (?:nilijaribu|nimejaribu|nilifanya|nilijirusha)(?: tena)? ${WHEN}(?= |$)(?!(?: usiku| asubuhi| jioni)? ku\\p{L}+))`;
/** It failed, one survived or woke, one was found or saved. */
const FAILED =
  "(?:(?:but )?(?:it )?(?:didnt|did not|didn't) work|(?:but )?(?:i )?(?:survived|woke up|failed)|(?:but )?(?:they|someone|my \\p{L}+) (?:found|saved|stopped|walked in on) me|(?:but )?(?:my |the )?\\p{L}+ (?:walked|came) in|(?:wa|a)(?:kaniokoa|liniokoa|kanikuta|linikuta|kanizuia|linizuia|kanipata|linipata|kanishusha|linishusha)|nikaokolewa|ikashindwa|ikakatika|haikufanya kazi|(?:the |my )?\\p{L}+ (?:broke|snapped)|nikaamka|nikapona)";
/** Next time, done properly. Left ungrouped as it shipped: beside a bare "i tried", only "no one will stop me" needs the
 * failure told first; any other vow anywhere in the check-in will do (grouping it drops two crises; session 38 note). */
const VOW =
  '(?:no one|nobody) will stop me|(?:im|i am) doing it again|i(?:ll| will) do it again|nitarudia|sitarudi nyuma|nitarudi (?:usiku|kesho|tonight|leo usiku)|(?:i(?:ll| will) go|im going) back (?:there )?(?:tonight|this weekend|tomorrow)|(?:i(?:ll| will) )?go where (?:nobody|no one) (?:knows|can find|will find) me|(?:leo|today|tonight|usiku huu) (?:sitakosea|sitashindwa|i wont fail)|hakuna atakayenizuia|(?:next time|this time|the next time|when they let me out|wakati ujao|mara ijayo|mara nyingine|mara hii|safari hii) (?:i )?(?:will |ll |ill |am going to |im going to |im gonna |gonna )?(?:make sure(?=  *$| (?:it works|of it|this time|nobody|no one)(?= ))|finish it|get it right|do it (?:right|properly)|not fail|wont fail|succeed|do it properly|sitakosea|hawatanifikia|hawatanipata|nitahakikisha|sitashindwa|nitamaliza)';
/** Saved, cut down, or woken in hospital: not "found me" alone ("… mama akanikuta nikivuta sigara"). */
const RESCUED =
  '(?:(?:wa|a)(?:kaniokoa|liniokoa|kanishusha|linishusha)|nikaamka hospitali?(?:ni)?|(?:i )?woke up in (?:the )?hospital|(?:they|someone|my \\p{L}+) found me and (?:took|rushed|drove) me to (?:the )?hospital)';
const FOUND_CUT =
  ' (?:found me|alinikuta|walinikuta|akanikuta|wakanikuta) (?:\\p{L}+ ){0,2}?(?:and )?(?:cut me down|akanikata kamba|wakanikata kamba|alinifungua kamba)';

/** Saved or found by someone, woken in hospital, resented: the attempt it stopped is told by the vow or regret after. */
const SAVED = ` (?:(?:wa|a)(?:kaniokoa|liniokoa|linipata|kanipata|linikuta|kanikuta)|(?:i )?woke up in (?:the )?hospital(?: again)?|nikaamka hospitali?(?:ni)?|why did (?:my \\p{L}+|they|he|she|you) (?:have to )?(?:find|save|stop) me|(?:he|she|they|my \\p{L}+) (?:\\p{L}+ ){0,4}?stopped me|(?:wa|a)(?:linizuia|kanizuia)|mbona (?:wa|a)(?:linikuta|kanikuta|liniokoa|kaniokoa))(?= |$)`;
/** Close to dying, not to winning or to the shop ("nilikuwa karibu na duka"). */
const SO_CLOSE =
  '(?:i )?(?:was|nilikuwa) (?:so )?(?:close|karibu) (?:to (?:dying|death|the end|being done|ending it|going)|(?:ku)?(?:kufa|kujiua|kupumzika milele|kuondoka duniani))';

const TRIED = `(?:${EN_TRIED}|${SW_TRIED})`;
/** Told by the speaker as their own, not in a story, nor written as a form. */
const own = { unlessSentence: NOT_OWN_NOW, unlessWritten: WRITTEN_AS_FORM, selfReferring: true } as const;

export const NEXT_TIME_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(SAVED),
    onlyWhole: re(anySpaces(`${SAVED}(?: [\\p{L}\\p{N}]+){0,14}? (?:${VOW}|${SO_CLOSE})(?= |$)`)),
    ...own,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(TRIED),
    onlyWhole: re(anySpaces(`${TRIED}(?: \\p{L}+){0,2}? ${FAILED}(?: \\p{L}+){0,12}? ${VOW}(?= |$)`)),
    ...own,
  },
  {
    // A rescue or a hospital right after a bare "i tried" of yesterday is the attempt told ("nilijaribu jana wakaniokoa").
    tier: 'behaviour',
    code: 'attempt',
    re: re(TRIED),
    onlyWhole: re(anySpaces(`${TRIED}(?: \\p{L}+){0,3}? ${RESCUED}(?= |$)`)),
    ...own,
  },
  { tier: 'behaviour', code: 'attempt', re: re(FOUND_CUT), unlessWritten: WRITTEN_AS_FORM, selfReferring: true },
];
