import type { CrisisLanguage } from './detect.js';

// What follows a denial and a turn ("i dont want to die but i cut again after the fight with my mum") is a new thing
// said, which the denial does not settle: the learned reading of warning signs may read it, as it reads what follows a
// past told as over (afterHistory). Red team 233 (session 54) found self-harm told after a denial of suicide low; the
// weaker learned reading of ideation read "… but i want to get better" as a wish, so it does not.

/** A turn after the denial: what follows it is not the denial's. */
const TURN = / (?:but|ila|lakini|though|tho|although|ingawa|however) /iu;

/** The denial said again after the turn ("… but i want to live", "… lakini napenda maisha yangu"): nothing new. */
const LIVING = / (?:i (?:still |really )?(?:want to live|love (?:my )?life)|napenda maisha|nataka kuishi)(?!\p{L})/iu;

/** Where denials are all the rules settled and a turn follows the last of them, the words after the turn. */
export function afterDenial(text: string, found: CrisisLanguage): string | undefined {
  if (found.tier !== 'none' || found.factors.length === 0) return undefined;
  if (found.factors.some((f) => f.code !== 'negated' && !f.code.startsWith('distress_'))) return undefined;
  let from = 0;
  for (const f of found.factors.filter((x) => x.code === 'negated')) {
    // A span cut short ends in "…": the clause's words up to there.
    const shown = f.span.replace(/…$/u, '');
    const at = text.indexOf(shown);
    if (at < 0) return undefined;
    from = Math.max(from, at + shown.length);
  }
  const after = ` ${text.slice(from)} `;
  const turn = TURN.exec(after);
  if (!turn) return undefined;
  // A turn inside a later sentence is that sentence's own ("im not suicidal. rent is hard but i have a plan already"),
  // one opening the next sentence the denial's ("im not suicidal. but i already know how").
  const between = after.slice(0, turn.index);
  if (/[.!?\n]/u.test(between) && !/^[\s.!?,]*$/u.test(between)) return undefined;
  const rest = after.slice(turn.index + turn[0].length).trim();
  return rest.split(/\s+/u).length >= 4 && !LIVING.test(` ${rest} `) ? rest : undefined;
}
