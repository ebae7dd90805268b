import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

const MIGRATION_FILE = /^\d{14}_[a-z0-9-]+\.(ts|js)$/;

/**
 * Lists migrations by name without extension, so a database migrated from the TypeScript sources
 * (tests, tsx) and one migrated from the compiled dist/ record the same names.
 */
export class MigrationSource implements Knex.MigrationSource<string> {
  constructor(private readonly directory: string) {}

  async getMigrations(): Promise<string[]> {
    const files = (await fs.readdir(this.directory)).filter((f) => MIGRATION_FILE.test(f));
    return [...new Set(files.map((f) => f.replace(/\.(ts|js)$/, '')))].sort();
  }

  getMigrationName(migration: string): string {
    return migration;
  }

  async getMigration(migration: string): Promise<Knex.Migration> {
    const ext = (await fs.readdir(this.directory)).includes(`${migration}.js`) ? '.js' : '.ts';
    return (await import(pathToFileURL(path.join(this.directory, migration + ext)).href)) as Knex.Migration;
  }
}
