/**
 * The shipped build, rendered once per `npm test` run instead of once per test file: jest loads
 * every test file in a fresh module registry, so a per-module cache would render all five targets
 * again in each of the dozen files that need them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildK8s } from '../../lib/synth/k8s';
import type { K8sObject } from '../../lib/k8s/object';
import type { GateProblem } from '../../lib/gate';

export const CACHE_ENV = 'MATIH_TEST_BUILD_CACHE';

export interface CachedBuild {
  readonly problems: readonly GateProblem[];
  readonly warnings: readonly GateProblem[];
  readonly rendered: ReadonlyArray<{ target: string; files: Array<[string, K8sObject[]]>; extraFiles: Array<[string, string]> }>;
}

/** Renders the shipped config and writes it as JSON; returns the file. */
export function writeBuildCache(): string {
  const build = buildK8s();
  const cache: CachedBuild = {
    problems: build.problems,
    warnings: build.warnings,
    rendered: build.rendered.map((r) => ({ target: r.target, files: [...r.files], extraFiles: [...r.extraFiles] })),
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'matih-test-')), 'build.json');
  fs.writeFileSync(file, JSON.stringify(cache));
  return file;
}

export function readBuildCache(): CachedBuild | undefined {
  const file = process.env[CACHE_ENV];
  if (!file || !fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CachedBuild;
}
