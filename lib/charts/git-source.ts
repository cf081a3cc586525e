/**
 * Assembles a chart package from git mirrors, as its release process would: `git archive` of the
 * chart folder at the tag, the release edits of config/chart-sources.ts (version placeholders),
 * every dependency of Chart.yaml put into `charts/` at the version the published package carries
 * (Chart.lock, or the recorded resolution of a range), recursively, then `helm package`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CHART_GIT_SOURCES, type ChartGitSource, UNAVAILABLE_CHARTS } from '../../config/chart-sources';
import type { ChartProvenance } from './cache';
import { helmBinary, helmEnvironment } from './helm-binary';
import { readTar } from './tar';

export class ChartUnavailableError extends Error {}

/**
 * Finds the bare git mirror of `owner/name` among `mirrorDirs`: `<dir>/<owner>+<name>/repo`,
 * `<dir>/<owner>+<name>`, `<dir>/<owner>/<name>.git` or `<dir>/<owner>/<name>` (`git clone --mirror`
 * layouts and the one of the fetch tool), or the explicit `owner/name=path` of `mirrorPaths`.
 */
export function findMirror(repo: string, mirrorDirs: readonly string[], mirrorPaths: ReadonlyMap<string, string> = new Map()): string {
  const explicit = mirrorPaths.get(repo);
  if (explicit) return explicit;
  const [owner, name] = repo.split('/');
  const candidates = mirrorDirs.flatMap((dir) => [
    path.join(dir, `${owner}+${name}`, 'repo'),
    path.join(dir, `${owner}+${name}`),
    path.join(dir, owner, `${name}.git`),
    path.join(dir, owner, name),
  ]);
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'HEAD')) || fs.existsSync(path.join(c, '.git', 'HEAD')));
  if (!found)
    throw new ChartUnavailableError(
      `no git mirror of ${repo} (looked for ${candidates.join(', ')}); clone one with \`git clone --mirror https://github.com/${repo}\``,
    );
  return found;
}

function git(mirror: string, args: string[]): Buffer {
  const gitDir = fs.existsSync(path.join(mirror, '.git')) ? path.join(mirror, '.git') : mirror;
  return execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes the files of `<ref>:<folder>` of a mirror into `dir`. */
function extract(mirror: string, ref: string, folder: string, dir: string): void {
  const treeish = folder ? `${ref}:${folder}` : `${ref}^{tree}`;
  let archive: Buffer;
  try {
    archive = git(mirror, ['archive', '--format=tar', treeish]);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new ChartUnavailableError(`git archive ${treeish} failed in ${mirror}: ${stderr || (error as Error).message}`);
  }
  for (const entry of readTar(archive)) {
    const file = path.join(dir, entry.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, entry.data);
  }
}

interface Dependency {
  readonly name: string;
  readonly version: string;
  readonly repository?: string;
}

function readYaml(file: string): Record<string, unknown> {
  return fs.existsSync(file) ? ((parse(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>) : {};
}

/** Names of the charts already in `<chart>/charts/` (folders and archives). */
function presentSubcharts(chartDir: string): Set<string> {
  const dir = path.join(chartDir, 'charts');
  const names = new Set<string>();
  if (!fs.existsSync(dir)) return names;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) names.add(String(readYaml(path.join(dir, entry.name, 'Chart.yaml')).name ?? entry.name));
    else if (entry.name.endsWith('.tgz')) names.add(entry.name.replace(/-v?\d+\.\d+\.\d+.*\.tgz$/, ''));
  }
  return names;
}

function applyRelease(chartDir: string, source: ChartGitSource, edits: string[]): void {
  const release = source.release;
  if (!release) return;
  const chartFile = path.join(chartDir, 'Chart.yaml');
  let chart = fs.readFileSync(chartFile, 'utf8');
  for (const [key, value] of [
    ['version', release.version],
    ['appVersion', release.appVersion],
  ] as const) {
    if (value === undefined) continue;
    const before = new RegExp(`^${key}:.*$`, 'm').exec(chart)?.[0];
    chart = before ? chart.replace(before, `${key}: ${JSON.stringify(value)}`) : `${chart.trimEnd()}\n${key}: ${JSON.stringify(value)}\n`;
    edits.push(`Chart.yaml ${key}: ${before ? before.slice(key.length + 1).trim() : '(none)'} -> ${value}`);
  }
  fs.writeFileSync(chartFile, chart);
  for (const { file, from, to } of release.replace ?? []) {
    const full = path.join(chartDir, file);
    const text = fs.readFileSync(full, 'utf8');
    const count = text.split(from).length - 1;
    if (count === 0) throw new ChartUnavailableError(`release edit: ${file} holds no "${from}"`);
    fs.writeFileSync(full, text.split(from).join(to));
    edits.push(`${file}: "${from}" -> "${to}" (${count}x)`);
  }
}

/** The table of git sources (config/chart-sources.ts; tests give their own). */
export interface GitSources {
  readonly charts: Readonly<Record<string, ChartGitSource>>;
  readonly unavailable: Readonly<Record<string, string>>;
}

export const CONFIGURED_SOURCES: GitSources = { charts: CHART_GIT_SOURCES, unavailable: UNAVAILABLE_CHARTS };

export interface GitAssembly {
  /** Folder of the assembled chart (to be packaged). */
  readonly dir: string;
  readonly provenance: ChartProvenance;
}

/** Assembles `<chart>@<version>` with its dependencies into `workDir/<chart>`. */
export function assembleFromGit(
  chart: string,
  version: string,
  mirrors: (repo: string) => string,
  workDir: string,
  sources: GitSources = CONFIGURED_SOURCES,
): GitAssembly {
  const key = `${chart}@${version}`;
  const source = sources.charts[key];
  if (!source) {
    const why = sources.unavailable[key];
    throw new ChartUnavailableError(
      why ? `${key} cannot be obtained from git: ${why}` : `${key} has no git source in config/chart-sources.ts`,
    );
  }
  const dir = path.join(workDir, chart);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  extract(mirrors(source.repo), source.ref, source.path, dir);
  const releaseEdits: string[] = [];
  applyRelease(dir, source, releaseEdits);
  const meta = readYaml(path.join(dir, 'Chart.yaml'));
  const found = meta.version === undefined ? '(none)' : String(meta.version);
  if (found !== version)
    throw new ChartUnavailableError(
      `${chart}: pinned ${version}, but Chart.yaml of ${source.repo}@${source.ref}:${source.path || '.'} says version ${found}; correct the ref or the release edits in config/chart-sources.ts`,
    );
  const lock = readYaml(path.join(dir, 'Chart.lock'));
  const locked = new Map(
    (Array.isArray(lock.dependencies) ? lock.dependencies : []).map((d: Record<string, unknown>) => [String(d.name), String(d.version)]),
  );
  const present = presentSubcharts(dir);
  const dependencies: Array<{ name: string; version: string; source: string }> = [];
  const standIns: Array<{ name: string; pinned: string; used: string; reason: string }> = [];
  for (const raw of Array.isArray(meta.dependencies) ? (meta.dependencies as Array<Record<string, unknown>>) : []) {
    const dep: Dependency = {
      name: String(raw.name),
      version: String(raw.version ?? ''),
      repository: raw.repository as string | undefined,
    };
    if (present.has(dep.name)) continue;
    const pinned = locked.get(dep.name) ?? source.resolved?.[dep.name] ?? (/^v?\d+\.\d+\.\d+$/.test(dep.version) ? dep.version : undefined);
    if (!pinned) {
      throw new ChartUnavailableError(
        `${key}: dependency ${dep.name} ${dep.version} is a range with no Chart.lock; record its version under resolved in config/chart-sources.ts`,
      );
    }
    const standIn = source.standIns?.[dep.name];
    const used = standIn?.version ?? pinned;
    const sub = assembleFromGit(dep.name, used, mirrors, path.join(workDir, `${chart}.deps`), sources);
    fs.mkdirSync(path.join(dir, 'charts'), { recursive: true });
    fs.renameSync(sub.dir, path.join(dir, 'charts', dep.name));
    dependencies.push({ name: dep.name, version: used, source: sub.provenance.source });
    for (const d of sub.provenance.dependencies ?? []) dependencies.push({ ...d, name: `${dep.name}/${d.name}` });
    for (const s of sub.provenance.standIns ?? []) standIns.push({ ...s, name: `${dep.name}/${s.name}` });
    if (standIn) standIns.push({ name: dep.name, pinned, used, reason: standIn.reason });
  }
  return {
    dir,
    provenance: {
      source: `git ${source.repo}@${source.ref}:${source.path || '.'}`,
      ...(dependencies.length > 0 ? { dependencies } : {}),
      ...(standIns.length > 0 ? { standIns } : {}),
      ...(releaseEdits.length > 0 ? { releaseEdits } : {}),
    },
  };
}

/** `helm package` of an assembled chart folder; returns the archive path. */
export function packageChart(chartDir: string, destination: string): string {
  fs.mkdirSync(destination, { recursive: true });
  const before = new Set(fs.readdirSync(destination));
  try {
    execFileSync(helmBinary(), ['package', chartDir, '--destination', destination], {
      env: helmEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new ChartUnavailableError(`helm package ${path.basename(chartDir)} failed: ${stderr || (error as Error).message}`);
  }
  const created = fs.readdirSync(destination).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (!created) throw new ChartUnavailableError(`helm package ${path.basename(chartDir)} wrote no archive`);
  return path.join(destination, created);
}

/** A scratch folder for one assembly, removed by the caller. */
export function scratchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'matih-chart-git-'));
}
