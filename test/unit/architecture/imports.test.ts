import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The all-in-one `npm start` runs web and worker in one process, so it alone may load the worker.
const COMPOSITION_ROOTS = new Set(['cli/start-local.ts']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

function offenders(dirs: string[], forbidden: string): string[] {
  return dirs
    .flatMap(sources)
    .filter((file) => !COMPOSITION_ROOTS.has(file))
    .flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => relative(ROOT, join(ROOT, file, '..', spec)).startsWith(`${forbidden}/`))
        .map((spec) => `${file} imports ${spec}`),
    );
}

describe('module boundaries', () => {
  it('keeps web, CLI, jobs and lib free of processor code', () => {
    expect(offenders(['api', 'cli', 'jobs', 'lib'], 'processors')).to.deep.equal([]);
  });

  it('finds a forbidden import when one is there', () => {
    // The walker must see real imports, or the two checks above could never fail.
    expect(offenders(['processors'], 'lib').length).to.be.greaterThan(0);
  });
});
