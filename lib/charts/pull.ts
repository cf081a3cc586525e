/**
 * Fills the chart cache: `helm pull` from the chart's repository (HTTP index or OCI registry), or,
 * with `fromGit`, an assembly from git mirrors (git-source.ts). Every chart asked for ends up
 * cached, already cached, or reported with the reason it could not be obtained.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ChartCache } from './cache';
import { assembleFromGit, ChartUnavailableError, findMirror, type GitSources, packageChart, scratchDir } from './git-source';
import { runHelm } from './helm-template';

export interface ChartRef {
  readonly chart: string;
  readonly version: string;
  readonly repoURL: string;
}

export interface PullResult extends ChartRef {
  readonly outcome: 'pulled' | 'cached' | 'unavailable';
  readonly detail: string;
}

/** `helm pull` arguments for a chart of an HTTP repository (`https://...`) or an OCI registry (`oci://...`, or Argo CD's scheme-less form). */
export function pullArgs(ref: ChartRef, destination: string): string[] {
  const common = ['--version', ref.version, '--destination', destination];
  if (/^https?:\/\//.test(ref.repoURL)) return ['pull', ref.chart, '--repo', ref.repoURL, ...common];
  const registry = ref.repoURL.replace(/^oci:\/\//, '').replace(/\/+$/, '');
  return ['pull', `oci://${registry}/${ref.chart}`, ...common];
}

export interface PullOptions {
  readonly cache: ChartCache;
  /** Replace charts already cached. @default false */
  readonly force?: boolean;
  /** Assemble from git mirrors instead of `helm pull`. */
  readonly git?: {
    readonly mirrorDirs: readonly string[];
    readonly mirrorPaths?: ReadonlyMap<string, string>;
    /** @default config/chart-sources.ts */
    readonly sources?: GitSources;
  };
}

async function helmPull(ref: ChartRef, cache: ChartCache): Promise<PullResult> {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-chart-pull-'));
  try {
    const args = pullArgs(ref, destination);
    const result = await runHelm(args);
    if (!result.ok) return { ...ref, outcome: 'unavailable', detail: `helm ${args.slice(0, 4).join(' ')}: ${result.error}` };
    const archive = fs.readdirSync(destination).find((f) => f.endsWith('.tgz'));
    if (!archive) return { ...ref, outcome: 'unavailable', detail: 'helm pull wrote no archive' };
    cache.store(ref.chart, ref.version, path.join(destination, archive), { source: `helm ${args.slice(0, 4).join(' ')}` });
    return { ...ref, outcome: 'pulled', detail: `helm pull from ${ref.repoURL}` };
  } finally {
    fs.rmSync(destination, { recursive: true, force: true });
  }
}

function gitPull(ref: ChartRef, options: PullOptions & { git: NonNullable<PullOptions['git']> }): PullResult {
  const work = scratchDir();
  try {
    const mirror = (repo: string) => findMirror(repo, options.git.mirrorDirs, options.git.mirrorPaths);
    const assembled = assembleFromGit(ref.chart, ref.version, mirror, work, options.git.sources);
    const archive = packageChart(assembled.dir, path.join(work, 'packaged'));
    options.cache.store(ref.chart, ref.version, archive, assembled.provenance);
    const standIns = assembled.provenance.standIns?.map((s) => `stand-in ${s.name} ${s.used} for ${s.pinned}`) ?? [];
    return { ...ref, outcome: 'pulled', detail: [assembled.provenance.source, ...standIns].join('; ') };
  } catch (error) {
    if (error instanceof ChartUnavailableError) return { ...ref, outcome: 'unavailable', detail: error.message };
    throw error;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Pulls every chart of `refs` (deduplicated by chart and version) into the cache. */
export async function pullCharts(refs: readonly ChartRef[], options: PullOptions): Promise<PullResult[]> {
  const unique = new Map<string, ChartRef>();
  for (const ref of refs) if (!unique.has(`${ref.chart}@${ref.version}`)) unique.set(`${ref.chart}@${ref.version}`, ref);
  const results: PullResult[] = [];
  for (const ref of [...unique.values()].sort((a, b) => a.chart.localeCompare(b.chart))) {
    if (!options.force && options.cache.has(ref.chart, ref.version)) {
      results.push({ ...ref, outcome: 'cached', detail: options.cache.provenance(ref.chart, ref.version)?.source ?? 'already cached' });
    } else if (options.git) {
      results.push(gitPull(ref, { ...options, git: options.git }));
    } else {
      results.push(await helmPull(ref, options.cache));
    }
  }
  return results;
}
