import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';

/** One ffmpeg run per recording reports the container too, so ffprobe is not needed. */
export interface FfmpegPaths {
  ffmpeg: string;
  /** Where it was found: FFMPEG_PATH, PATH (the system's), or the npm installer package (a 2018 build). */
  origin?: 'settings' | 'path' | 'npm';
}

/**
 * Where ffmpeg comes from, in this order: FFMPEG_PATH, the system binary on PATH (a distribution keeps it patched),
 * the binary of the npm installer package (a 2018 build, the last resort). Resolved once per process and setting.
 */
export async function ffmpegPaths(settings: Config['ffmpeg']): Promise<FfmpegPaths> {
  const key = settings.ffmpegPath ?? '';
  let found = cache.get(key);
  if (!found) {
    found = resolveFfmpegPaths(settings);
    // A failed lookup is not cached: installing the binary must not need a restart.
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

const cache = new Map<string, Promise<FfmpegPaths>>();

/** The same search, uncached, over `searchPath`. */
export async function resolveFfmpegPaths(
  settings: Config['ffmpeg'],
  searchPath = process.env.PATH ?? '',
): Promise<FfmpegPaths> {
  const [ffmpeg, origin] = await locate('ffmpeg', settings.ffmpegPath, '@ffmpeg-installer/ffmpeg', searchPath);
  return { ffmpeg, origin };
}

async function locate(
  name: string,
  configured: string | undefined,
  installer: string,
  searchPath: string,
): Promise<[string, NonNullable<FfmpegPaths['origin']>]> {
  if (configured) {
    if (!isExecutable(configured)) throw new Error(`${name} at ${configured} (from the settings) is not executable`);
    return [configured, 'settings'];
  }
  const onPath = findOnPath(name, searchPath);
  if (onPath) return [onPath, 'path'];
  try {
    const mod = (await import(installer)) as { default: { path: string } };
    if (isExecutable(mod.default.path)) return [mod.default.path, 'npm'];
  } catch {
    // The installer package throws on platforms it has no binary for: report the whole search below.
  }
  throw new Error(`${name} not found: set ${name.toUpperCase()}_PATH, install ${name}, or install ${installer}`);
}

export function findOnPath(name: string, searchPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
