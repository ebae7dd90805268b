import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The all-in-one `npm start` runs web and worker in one process, so it alone may load the worker.
const COMPOSITION_ROOTS = new Set(['cli/start-local.ts']);
const SOURCE = /\.(ts|mts|cts|tsx|js|mjs)$/u;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : SOURCE.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every module a file names (static, `export … from`, type-only, `import('…')`, `require('…')`), as TypeScript reads them. */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The project file a relative specifier names (`./x.js` is `./x.ts` on disk), or undefined for packages. */
function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = relative(ROOT, join(ROOT, dirname(from), spec));
  const candidates = [base, base.replace(/\.js$/u, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(join(ROOT, c)) && SOURCE.test(c));
}

/** Files under `dirs` that reach `forbidden/`, directly or through other project files, with the path taken. */
function offenders(dirs: string[], forbidden: string): string[] {
  const edges = new Map<string, string[]>();
  const next = (file: string) => {
    if (!edges.has(file))
      edges.set(
        file,
        specifiers(readFileSync(join(ROOT, file), 'utf8'))
          .map((s) => resolve(file, s))
          .filter((f): f is string => f !== undefined),
      );
    return edges.get(file)!;
  };
  const found: string[] = [];
  for (const start of dirs.flatMap(sources).filter((f) => !COMPOSITION_ROOTS.has(f))) {
    const seen = new Map<string, string>([[start, start]]);
    const queue = [start];
    while (queue.length) {
      const file = queue.shift()!;
      if (file.startsWith(`${forbidden}/`)) {
        found.push(`${seen.get(file)}`);
        break;
      }
      for (const to of next(file))
        if (!seen.has(to) && !COMPOSITION_ROOTS.has(to)) {
          seen.set(to, `${seen.get(file)} → ${to}`);
          queue.push(to);
        }
    }
  }
  return found;
}

describe('module boundaries', () => {
  it('keeps web, CLI, jobs and lib free of processor code, directly or through other files', () => {
    expect(offenders(['api', 'cli', 'jobs', 'lib'], 'processors')).to.deep.equal([]);
  });

  it('finds a forbidden path when one is there', () => {
    // The walk must see real imports, or the check above could never fail: processors do reach lib.
    expect(offenders(['processors'], 'lib').length).to.be.greaterThan(0);
  });

  it('reads every form of import a file can use', () => {
    const text = [
      `import a from "../processors/a.js";`,
      "import type { B } from '../processors/b.js';",
      "export * from '../processors/c.js';",
      "export { d } from '../processors/d.js';",
      "const e = await import('../processors/e.js');",
      "const f = require('../processors/f.js');",
    ].join('\n');
    expect(specifiers(text)).to.have.members(['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `../processors/${x}.js`));
  });
});
