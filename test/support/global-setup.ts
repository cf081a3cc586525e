import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CACHE_ENV, SYSTEM_TMPDIR_ENV, writeBuildCache } from './build-cache';

/**
 * Renders the shipped config once for the whole run (workers inherit the cache path), then gives the
 * run one temporary folder (TMPDIR, which os.tmpdir() reads; workers inherit it) that the teardown
 * removes: a test that forgets its temporary files leaves nothing behind. The build comes first: its
 * worker thread's tsx keeps its compile cache in the system's temporary folder.
 */
export default async function globalSetup(): Promise<void> {
  process.env[CACHE_ENV] = await writeBuildCache();
  const system = os.tmpdir();
  process.env[SYSTEM_TMPDIR_ENV] = system;
  process.env.TMPDIR = fs.mkdtempSync(path.join(system, 'matih-jest-'));
}
