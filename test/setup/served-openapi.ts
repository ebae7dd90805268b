import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { createTestDatabase } from './database.js';
import { testApp, testConfig } from './app.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The document as GET /openapi.json serves it from a real app. */
export async function servedOpenApi<T extends object = Record<string, unknown>>(): Promise<T> {
  const t = await createTestDatabase();
  try {
    return (
      await request(testApp(t.db, testConfig(t.url)))
        .get('/openapi.json')
        .expect(200)
    ).body;
  } finally {
    await t.drop();
  }
}

/** A scratch directory that resolves packages from the project's node_modules; removed by `remove`. */
export async function scratchDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'resona-openapi-'));
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs a package's Node entry point (not a shell) and resolves with its exit code and output. */
export function runNode(
  script: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules', script), ...args],
      { cwd: opts.cwd, env: { ...process.env, ...opts.env }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
