import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'chai';
import { runNode, scratchDir, servedOpenApi } from '../../setup/served-openapi.js';

// Redocly's own checks, independent of our tests: telemetry and its update check stay off (no traffic leaves).
const QUIET = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
};

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer?: string }> }>;
}

describe('GET /openapi.json under redocly lint', () => {
  it('passes the recommended ruleset with no errors and no warnings', async function () {
    this.timeout(60_000);
    const scratch = await scratchDir();
    try {
      await writeFile(path.join(scratch.dir, 'openapi.json'), JSON.stringify(await servedOpenApi()));
      const run = await runNode(
        '@redocly/cli/bin/cli.js',
        ['lint', '--extends=recommended', '--format=json', '--max-problems=1000', 'openapi.json'],
        { cwd: scratch.dir, env: QUIET },
      );
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as LintReport;
      const problems = report.problems.map(
        (p) => `${p.severity} ${p.ruleId} ${p.location.map((l) => l.pointer).join(',')}: ${p.message}`,
      );
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(report.totals).to.include({ errors: 0, warnings: 0 });
      expect(run.code, run.stderr).to.equal(0);
    } finally {
      await scratch.remove();
    }
  });
});
