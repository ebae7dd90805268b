// A recovery milestone told with self-harm's or an attempt's words (RULES.md, "A milestone of recovery"): "I'm 7 months
// clean from self harm", "one year since I last hurt myself", "the anniversary of my suicide attempt". The act is what
// the speaker has stopped; read as the present, such a text paged a clinician. Review 18 found that any list of words
// that tell a relapse or a plan beside a milestone leaks, so a milestone counts only when nothing else is said but
// pride, thanks and the day: every other word of the text must be one of BESIDE.

const NUMBER =
  '\\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|many|some';
const UNIT = 'days?|weeks?|months?|years?';
/** The act stopped: self-harm in its spoken forms. */
const ACT = 'self ?harm(?:ing|ed)?|sh|cutting|self ?injury|self ?injuring';
/** The act last done: self-harm, an attempt. */
const DID =
  '(?:i |i have |ive )?(?:last )?(?:self ?harmed|harmed myself|hurt myself|cut myself|tried to (?:kill myself|end my life|take my life)|attempted suicide|overdosed)';
const SW_ACT = 'ku(?:ji)?(?:kata|dhuru|umiza)\\p{L}*';

interface Form {
  re: RegExp;
  /** Whether a milestone under three months is followed up (medium) rather than left at its alarm. */
  recentToo: boolean;
}
const form = (source: string, recentToo: boolean): Form => ({ re: new RegExp(` ${source} `, 'u'), recentToo });
const FORMS: readonly Form[] = [
  // "7 months clean from self harm", "16 days free of self harm", "two years self harm free"
  form(`(?<n>${NUMBER}) (?<unit>${UNIT}) (?:clean|free) (?:of|from) (?:${ACT})`, true),
  form(`(?<n>${NUMBER}) (?<unit>${UNIT}) (?:${ACT}) free`, true),
  // "i have been free from self harm for 1 year"
  form(`(?:clean|free) (?:of|from) (?:${ACT}) for (?:over |more than )?(?<n>${NUMBER}) (?<unit>${UNIT})`, true),
  // "self harm free since february" (recent: a month's name may be last month's), "… since 2019"
  form(`(?:(?:clean|free) (?:of|from) (?:${ACT})|(?:${ACT}) free) since (?<since>\\p{N}{4}|last year|\\p{L}+)`, true),
  // "one year since i last hurt myself", "five years since i tried to take my life": an attempt days ago is no milestone
  form(`(?<n>${NUMBER}) (?<unit>${UNIT}) since ${DID}`, false),
  // "seven months since my last self harm", "i havent self harmed in 7 months"
  form(`(?<n>${NUMBER}) (?<unit>${UNIT}) since my last (?:${ACT}|cut)`, true),
  form(
    `(?:i have not|i havent|havent) (?:self ?harmed|hurt myself|cut myself|cut) (?:in|for) (?:over )?(?<n>${NUMBER}) (?<unit>${UNIT})`,
    true,
  ),
  // "the anniversary of my suicide attempt": a year at least, unless a shorter one is named ("one month anniversary")
  form(
    `(?<!(?:days?|weeks?|months?|siku|wiki|mwezi|miezi) )anniversary of my (?:suicide attempt|attempt|overdose)`,
    false,
  ),
  // "miezi minne bila kujikata", "mwaka mmoja bila kujidhuru"
  form(`(?<swunit>siku|wiki|mwezi|miezi|mwaka|miaka) (?<n>\\p{L}+|\\p{N}+) bila ${SW_ACT}`, true),
];

/** The only other words a milestone may be said with: pride, thanks, joy, the day, and the words that join them. */
const BESIDE = new Set(
  [
    'i me my myself am is its it this that has have been today now officially finally so very really super proud of',
    'grateful thankful happy glad celebrating celebrate to a the and for thank thanks god you all everyone support',
    'healing feels feel good great amazing doing well yay cheers hooray woohoo partying face heart we here milestone',
    'leo nimekaa nimefikisha nimetimiza najivunia ninajivunia namshukuru mungu asante asanteni sana nafurahi nina',
    'furaha na kwa ni mimi sasa hatimaye alhamdulillah amen',
  ]
    .join(' ')
    .split(' '),
);
const besideOnly = (rest: string) =>
  rest
    .split(' ')
    .filter(Boolean)
    .every((w) => BESIDE.has(w) || /^\p{N}+$/u.test(w));

/** "since 2019", "since last year": a year or more; a month's name may be last month's. */
const sinceLongAgo = (since: string) =>
  /^\p{N}{4}$/u.test(since) ? Number(since) < new Date().getFullYear() : since === 'last year';

/** Three months or more: the C-SSRS window for recent behaviour. */
function longAgo(g: Record<string, string | undefined>): boolean {
  if (g.since !== undefined) return sinceLongAgo(g.since);
  const unit = g.unit ?? g.swunit;
  if (unit === undefined || /^(?:years?|mwaka|miaka)$/u.test(unit)) return true;
  const n = /^\p{N}+$/u.test(g.n ?? '') ? Number(g.n) : undefined;
  if (/^(?:days?|siku)$/u.test(unit)) return n !== undefined && n >= 90;
  if (/^(?:weeks?|wiki)$/u.test(unit)) return n !== undefined && n >= 13;
  if (unit === 'mwezi') return false;
  // Months: three or more; "a few", "some", one or two (moja, miwili) are under.
  return n !== undefined
    ? n >= 3
    : !/^(?:a|an|one|two|a few|a couple of|several|some|mmoja|miwili|michache)$/u.test(g.n ?? '');
}

/**
 * How a cue at [from, to) of a clause reads when it is the act of a recovery milestone said with nothing else:
 * 'history' three months or more on, 'recent' sooner (followed up, not escalated; self-harm only), undefined when it
 * is no milestone, the cue is not its act, or the text says anything more.
 */
export function milestone(clause: string, from: number, to: number, whole: string): 'history' | 'recent' | undefined {
  for (const f of FORMS) {
    const m = f.re.exec(clause);
    // The cue must be the milestone's own act, inside it (its spaces shared with the next word are not).
    if (!m || from < m.index || to > m.index + m[0].length) continue;
    const text = ` ${whole} `.replace(/\s+/gu, ' ');
    if (!besideOnly(text.replace(m[0], ' '))) return undefined;
    if (longAgo(m.groups ?? {})) return 'history';
    return f.recentToo ? 'recent' : undefined;
  }
  return undefined;
}
