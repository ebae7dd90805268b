import { spawn } from 'node:child_process';
import { expect } from 'chai';
import { TEST_ENV } from './app.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI failed as every command must on bad input: a non-zero exit and a one-line reason on stderr. */
export function expectOneLineFailure(run: Run): void {
  expect(run.code, run.stdout).to.not.equal(0);
  expect(run.stderr.trim().split('\n'), run.stderr).to.have.length(1);
}

/** Runs the `resona` CLI from the sources as a separate process, as operators run it. */
export function resona(args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], {
      env: { PATH: process.env.PATH ?? '', ...TEST_ENV, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
