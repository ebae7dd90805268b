import fs from 'node:fs';
import { expect } from 'chai';
import { envSchema } from '../../../lib/config.js';

// The README's environment table is the operator's reference: it must name every variable the config reads.
describe('the README environment table', () => {
  it('lists every variable of lib/config.ts and no other', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const table = readme.slice(
      readme.indexOf('## Environment'),
      readme.indexOf('\n## ', readme.indexOf('## Environment') + 1),
    );
    const documented = new Set(
      [...table.matchAll(/^\| `([A-Z0-9_]+)`(?: \/ `([A-Z0-9_]+)`)?/gm)].flatMap((m) => [m[1], m[2]]).filter(Boolean),
    );
    const read = Object.keys(envSchema.shape);
    expect(
      read.filter((k) => !documented.has(k)),
      'read but not documented',
    ).to.deep.equal([]);
    expect(
      [...documented].filter((k) => !read.includes(k!)),
      'documented but not read',
    ).to.deep.equal([]);
  });
});
