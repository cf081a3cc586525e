/**
 * The shipped build, rendered once per `npm test` run instead of once per test file: jest loads
 * every test file in a fresh module registry, so a per-module cache would render all targets
 * again in each of the dozen files that need them. Reading the cache loads neither the render
 * pipeline nor the cdktf providers.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { K8sObject } from '../../lib/k8s/object';
import type { GateProblem } from '../../lib/gate';
import { TS_REGISTER } from '../../lib/runtime/node-args';

export const CACHE_ENV = 'MATIH_TEST_BUILD_CACHE';
/** The system's temporary folder while the run's own is TMPDIR (test/support/global-setup.ts). */
export const SYSTEM_TMPDIR_ENV = 'MATIH_TEST_SYSTEM_TMPDIR';

/** Tag-like properties test/cloud checks on every resource that has them. */
export const TAG_PROPERTIES = ['tags', 'labels', 'resourceLabels'] as const;

/** One platform stack of the shipped config, synthesized once per run (test/cloud/helpers.ts `synth`). */
export interface CachedStack {
  readonly target: string;
  /** `Testing.synth` text. */
  readonly text: string;
  /** Every resource as [type, logical id, the TAG_PROPERTIES its class has]. */
  readonly resources: ReadonlyArray<readonly [string, string, readonly string[]]>;
}

export interface CachedBuild {
  readonly stacks: readonly CachedStack[];
  readonly problems: readonly GateProblem[];
  readonly warnings: readonly GateProblem[];
  readonly rendered: ReadonlyArray<{ target: string; files: Array<[string, K8sObject[]]>; extraFiles: Array<[string, string]> }>;
}

/** The cloud stacks in a worker thread while this thread renders the manifests: the two halves share nothing. */
function stacksInWorker(): Promise<CachedStack[]> {
  const entry = path.join(__dirname, 'cloud-stacks.ts');
  const worker = new Worker(
    `require(${JSON.stringify(TS_REGISTER)}); require('node:worker_threads').parentPort.postMessage(require(${JSON.stringify(entry)}).cloudStacks());`,
    { eval: true },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (stacks: CachedStack[]) => {
      resolve(stacks);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the cloud stacks worker exited with ${code} before answering`)));
  });
}

/** Renders the shipped config and writes it as JSON (to `target`, or a new temporary folder); returns the file. */
export async function writeBuildCache(target?: string): Promise<string> {
  const stacks = stacksInWorker();
  const { buildK8s } = require('../../lib/synth/k8s') as typeof import('../../lib/synth/k8s');
  const build = buildK8s();
  const cache: CachedBuild = {
    // Every cluster of the shipped fleet (platform and member clusters), one stack each, as the cloud half builds them.
    stacks: await stacks,
    problems: build.problems,
    warnings: build.warnings,
    rendered: build.rendered.map((r) => ({ target: r.target, files: [...r.files], extraFiles: [...r.extraFiles] })),
  };
  const file = target ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'matih-test-')), 'build.json');
  fs.writeFileSync(file, JSON.stringify(cache));
  return file;
}

let read: CachedBuild | undefined;

/** The run's cache (parsed once per module registry), or undefined when a file runs without the global setup. */
export function readBuildCache(): CachedBuild | undefined {
  if (read) return read;
  const file = process.env[CACHE_ENV];
  if (!file || !fs.existsSync(file)) return undefined;
  read = JSON.parse(fs.readFileSync(file, 'utf8')) as CachedBuild;
  return read;
}
