import * as fs from 'node:fs';
import * as path from 'node:path';
import { CACHE_ENV, writeBuildCache } from './build-cache';

/**
 * Global setup of mutation runs (stryker.config.mjs): Stryker runs jest once per mutant, so the
 * shipped build is rendered once, by the first (unmutated) run, into the file the config names,
 * and reused by every later run.
 */
export default async function mutationSetup(): Promise<void> {
  const file = process.env[CACHE_ENV];
  if (!file) throw new Error(`${CACHE_ENV} is not set: run mutation tests with npm run test:mutation`);
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await writeBuildCache(`${file}.tmp`);
  fs.renameSync(`${file}.tmp`, file);
}
