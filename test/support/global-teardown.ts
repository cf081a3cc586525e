import * as fs from 'node:fs';
import * as path from 'node:path';
import { CACHE_ENV, SYSTEM_TMPDIR_ENV } from './build-cache';

/** Removes the build cache and the run's temporary folder (test/support/global-setup.ts). */
export default function globalTeardown(): void {
  const cache = process.env[CACHE_ENV];
  if (cache) fs.rmSync(path.dirname(cache), { recursive: true, force: true });
  const system = process.env[SYSTEM_TMPDIR_ENV];
  const run = process.env.TMPDIR;
  if (system && run && run !== system) fs.rmSync(run, { recursive: true, force: true });
  if (system) process.env.TMPDIR = system;
}
