/**
 * `npm run diff`: what merging the working tree would change against a git revision (default HEAD).
 *
 * - Manifests: a fresh in-memory synth of the working tree against dist/ as committed at the base
 *   (dist/ is committed and is exactly what Argo CD deploys, so the committed files are the base).
 * - dist/ in the working tree that differs from the fresh synth (hand-edited, or not re-synthesized)
 *   is reported too: it is what CI would reject.
 * - Terraform: cdktf.out/ is not committed, so the base's stacks are synthesized with the base's own
 *   code in a temporary worktree (lib/synth/git.ts) and compared with a fresh synth.
 * - Tenant moves: a tenant whose cluster or shard differs between the base's dist/ and the fresh
 *   synth (lib/insight/moves.ts) is dangerous, with the steps the move implies.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SvgRenderer } from '../insight/graphviz';
import { detectMoves, mergePlaces, type RenderedPlace, renderedPlaces, type TenantMove } from '../insight/moves';
import { diffTarget, type TargetDiff } from '../insight/semantic-diff';
import { TARGETS } from '../../config/targets';
import { diffStack, type StackDiff } from '../insight/terraform-diff';
import { filesAt, resolveRevision, synthCloudAt } from './git';
import { buildK8s, serializeTarget } from './k8s';
import { cloudModule } from './cloud-module';

export interface GitDiffOptions {
  /** Top of the git work tree. */
  readonly root: string;
  /** Revision to compare with. */
  readonly base: string;
  readonly distDir: string;
  readonly dataDir: string;
  /** True when dataDir is the repository's config/ (the base then uses its own config/). */
  readonly dataDirInRepository: boolean;
  readonly targets?: readonly string[];
  /** Compare the Terraform stacks too (synthesizes the base in a worktree). */
  readonly cloud: boolean;
  /** Checkout whose node_modules the base worktree links. */
  readonly modulesFrom: string;
  readonly svg?: SvgRenderer;
  readonly onProgress?: (step: string) => void;
}

/** A target whose dist/ folder in the working tree is not what a synth writes. */
export interface Drift {
  readonly target: string;
  readonly files: readonly string[];
}

export interface GitDiff {
  readonly base: { readonly ref: string; readonly commit: string };
  readonly targets: readonly TargetDiff[];
  readonly drift: readonly Drift[];
  /** Undefined when not compared (`--no-cloud`). */
  readonly terraform?: readonly StackDiff[];
  /** Tenants whose cluster or shard changes, each with the steps it implies (all dangerous). */
  readonly moves: readonly TenantMove[];
  readonly gateProblems: number;
}

/** The platform target of a cluster folder: a target, or `<target>-<member>` (the longest target prefix). */
function platformByPrefix(cluster: string): string {
  const names = TARGETS.map((t) => t.name);
  if (names.includes(cluster)) return cluster;
  return names.filter((t) => cluster.startsWith(`${t}-`)).sort((a, b) => b.length - a.length)[0] ?? cluster;
}

/** Every file below `dir`, keyed by path relative to it (`/` separators); empty when `dir` is missing. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!fs.existsSync(dir)) return files;
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) files.set(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return files;
}

function drifted(live: ReadonlyMap<string, string>, fresh: ReadonlyMap<string, string>): string[] {
  return [...new Set([...live.keys(), ...fresh.keys()])].filter((f) => live.get(f) !== fresh.get(f)).sort();
}

export async function diffAgainstGit(options: GitDiffOptions): Promise<GitDiff> {
  const progress = options.onProgress ?? (() => undefined);
  const commit = resolveRevision(options.root, options.base);
  // The base's stacks first: when that synth fails, the run fails before any rendering.
  let before: Map<string, unknown> | undefined;
  if (options.cloud) {
    progress(`synthesizing the cdktf stacks of ${options.base} in a temporary worktree`);
    before = synthCloudAt(options.root, commit, {
      modulesFrom: options.modulesFrom,
      targets: options.targets,
      dataDir: options.dataDirInRepository ? undefined : options.dataDir,
    });
  }
  progress('rendering the working tree');
  const build = buildK8s({ dataDir: options.dataDir, targets: options.targets, svg: options.svg });
  const distRel = path.relative(options.root, options.distDir);
  const targets: TargetDiff[] = [];
  const drift: Drift[] = [];
  const basePlaces = new Map<string, RenderedPlace[]>();
  const headPlaces = new Map<string, RenderedPlace[]>();
  for (const rendered of build.rendered) {
    progress(`comparing ${rendered.target} with ${options.base}`);
    const model = build.model.targets.find((t) => t.target.name === rendered.target)!;
    const stateful = new Set(
      Object.entries(model.components)
        .filter(([, c]) => c.kind === 'chart' && c.stateful)
        .flatMap(([n, c]) => [n, ...(c.kind === 'chart' && c.releaseName ? [c.releaseName] : [])]),
    );
    const fresh = serializeTarget(rendered).files;
    const atBase = filesAt(options.root, commit, `${distRel}/${rendered.target}`);
    targets.push(diffTarget(rendered.target, atBase, fresh, { statefulApplications: stateful }));
    mergePlaces(basePlaces, renderedPlaces(new Map([[rendered.target, atBase]])));
    mergePlaces(headPlaces, renderedPlaces(new Map([[rendered.target, fresh]])));
    const changed = drifted(readTree(path.join(options.distDir, rendered.target)), fresh);
    if (changed.length > 0) drift.push({ target: rendered.target, files: changed });
  }
  const rendered = new Set(build.rendered.map((r) => r.target));
  const platforms = new Map(build.model.targets.map((t) => [t.target.name, t.fleet?.platform ?? t.target.name]));
  const platformOf = (cluster: string): string => platforms.get(cluster) ?? platformByPrefix(cluster);
  const selected = new Set(build.model.targets.map((t) => platformOf(t.target.name)));
  const folders = new Set(
    [...filesAt(options.root, commit, distRel).keys()].filter((f) => f.includes('/') && !f.startsWith('.')).map((f) => f.split('/')[0]),
  );
  for (const t of [...folders].sort()) {
    // A cluster folder of a selected fleet the synth no longer renders: its tenants' places (a tenant moving back) ...
    if (rendered.has(t) || (options.targets && !selected.has(platformOf(t)))) continue;
    const atBase = filesAt(options.root, commit, `${distRel}/${t}`);
    mergePlaces(basePlaces, renderedPlaces(new Map([[t, atBase]])));
    // ... and, on a full synth (which removes folders it no longer renders), the folder's deletion.
    if (!options.targets) targets.push(diffTarget(t, atBase, new Map()));
  }
  const moves = detectMoves(basePlaces, headPlaces, platformOf);
  let terraform: StackDiff[] | undefined;
  if (before) {
    progress('synthesizing the cdktf stacks of the working tree');
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-diff-cdktf-'));
    try {
      const { loadCloudTargets, synthCloudFiles } = cloudModule();
      const { files } = synthCloudFiles(loadCloudTargets({ dataDir: options.dataDir, targets: options.targets }), { scratch });
      const after = new Map<string, unknown>();
      for (const [file, text] of files) {
        const m = /^stacks\/([^/]+)\/cdk\.tf\.json$/.exec(file);
        if (m) after.set(m[1], JSON.parse(text));
      }
      const names = [...new Set([...before.keys(), ...after.keys()])].sort();
      terraform = names.map((n) => diffStack(n, (before.get(n) ?? {}) as never, (after.get(n) ?? {}) as never));
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
  return { base: { ref: options.base, commit }, targets, drift, terraform, moves, gateProblems: build.problems.length };
}

export function countDangers(d: GitDiff): number {
  return (
    d.moves.length +
    d.targets.flatMap((t) => t.objects.flatMap((o) => o.dangers)).length +
    (d.terraform ?? []).flatMap((s) => s.resources.flatMap((r) => r.dangers)).length
  );
}

export function hasChanges(d: GitDiff): boolean {
  return (
    d.drift.length > 0 ||
    d.moves.length > 0 ||
    d.targets.some((t) => t.objects.length > 0 || t.files.length > 0) ||
    (d.terraform ?? []).some((s) => s.resources.length > 0 || s.other.length > 0)
  );
}
