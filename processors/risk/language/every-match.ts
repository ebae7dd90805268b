// Every match of a cue in a clause, not only the first: speech-to-text gives a check-in as one run-on clause, and a
// wish told as over may come before the same wish told now ("i wanted to die years ago and now i want to die").

/** At most this many matches of one cue in one clause are judged (a cost bound on very long transcripts). */
const MOST = 4;
const globals = new WeakMap<RegExp, RegExp>();

/** The matches of `re` in `text`, left to right; one may open on the space that closed the one before. */
export function everyMatch(re: RegExp, text: string): RegExpExecArray[] {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace(/[gy]/gu, '')}g`);
    globals.set(re, g);
  }
  const found: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null && found.length < MOST; m = g.exec(text)) {
    found.push(m);
    g.lastIndex = m.index + Math.max(1, m[0].length - 1);
  }
  return found;
}
