import { CACHE_ENV, writeBuildCache } from './build-cache';

/** Renders the shipped config once for the whole run; workers inherit the cache path. */
export default async function globalSetup(): Promise<void> {
  process.env[CACHE_ENV] = await writeBuildCache();
}
