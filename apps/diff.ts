/**
 * `npm run diff [-- --target T] [--data-dir D] [--dist DIR] [--cloud-out DIR] [--no-cloud]`
 *
 * Semantic diff between a fresh in-memory synth and the committed dist/ (objects added, removed,
 * changed, with field paths), and between a fresh cdktf synth and the last one in cdktf.out/.
 * Exit code: 0 no changes, 1 changes, 2 dangerous changes (or an unreadable dist/ or model).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { flag, flagList, parseArgs } from './cli/args';
import { reportFailure } from './cli/report';
import { cloudOutDir, loadCloudTargets, synthCloud } from '../lib/synth/cloud';
import { buildK8s, DIST_DIR, serializeTarget } from '../lib/synth/k8s';
import { previousSvgs } from './k8s';
import { loadGraphviz } from '../lib/insight/graphviz';
import { diffTarget, formatTargetDiff, type TargetDiff } from '../lib/insight/semantic-diff';
import { diffStack, formatStackDiff, type StackDiff } from '../lib/insight/terraform-diff';
import { detectMoves, formatMoves, renderedPlaces, type TenantMove } from '../lib/insight/moves';
import { TARGETS } from '../config/targets';

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

function k8sDiffs(
  args: ReturnType<typeof parseArgs>,
  svg: Awaited<ReturnType<typeof loadGraphviz>>,
): { diffs: TargetDiff[]; gateProblems: number; moves: TenantMove[] } {
  const targets = flagList(args, 'target');
  const dist = path.resolve(flag(args, 'dist') ?? DIST_DIR);
  const build = buildK8s({ dataDir: flag(args, 'data-dir'), targets, svg });
  const diffs: TargetDiff[] = [];
  const baseTrees = new Map<string, Map<string, string>>();
  const headTrees = new Map<string, ReadonlyMap<string, string>>();
  for (const rendered of build.rendered) {
    const model = build.model.targets.find((t) => t.target.name === rendered.target)!;
    const stateful = new Set(
      Object.entries(model.components)
        .filter(([, c]) => c.kind === 'chart' && c.stateful)
        .flatMap(([n, c]) => [n, ...(c.kind === 'chart' && c.releaseName ? [c.releaseName] : [])]),
    );
    const base = readTree(path.join(dist, rendered.target));
    const head = serializeTarget(rendered).files;
    baseTrees.set(rendered.target, base);
    headTrees.set(rendered.target, head);
    diffs.push(diffTarget(rendered.target, base, head, { statefulApplications: stateful }));
  }
  // A full synth removes target folders it no longer renders.
  if (!targets && fs.existsSync(dist)) {
    const rendered = new Set(build.rendered.map((r) => r.target));
    for (const entry of fs.readdirSync(dist, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !rendered.has(entry.name)) {
        const base = readTree(path.join(dist, entry.name));
        baseTrees.set(entry.name, base);
        diffs.push(diffTarget(entry.name, base, new Map()));
      }
    }
  }
  // Tenants whose cluster or shard changes (lib/insight/moves.ts): each is dangerous, with its steps.
  const platforms = new Map(build.model.targets.map((t) => [t.target.name, t.fleet?.platform ?? t.target.name]));
  const platformOf = (cluster: string) =>
    platforms.get(cluster) ?? TARGETS.map((t) => t.name).find((t) => cluster === t || cluster.startsWith(`${t}-`)) ?? cluster;
  const moves = detectMoves(renderedPlaces(baseTrees), renderedPlaces(headTrees), platformOf);
  return { diffs, gateProblems: build.problems.length, moves };
}

function cloudDiffs(args: ReturnType<typeof parseArgs>): StackDiff[] | string {
  const previous = path.resolve(flag(args, 'cloud-out') ?? cloudOutDir());
  if (!fs.existsSync(path.join(previous, 'stacks')))
    return `terraform: no previous synth in ${path.relative(process.cwd(), previous) || '.'}; run npm run synth first (skipped)`;
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-diff-cdktf-'));
  try {
    const inputs = loadCloudTargets({ dataDir: flag(args, 'data-dir'), targets: flagList(args, 'target') });
    synthCloud(inputs, fresh, false);
    return inputs.map(({ target }) => {
      const read = (dir: string) => {
        const file = path.join(dir, 'stacks', target.name, 'cdk.tf.json');
        return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
      };
      return diffStack(target.name, read(previous), read(fresh));
    });
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}

export async function runDiff(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv, ['no-cloud', 'quiet']);
    const dist = path.resolve(flag(args, 'dist') ?? DIST_DIR);
    const { diffs, gateProblems, moves } = k8sDiffs(args, await loadGraphviz(previousSvgs(dist)));
    for (const d of diffs) console.log(formatTargetDiff(d).join('\n'));
    for (const line of formatMoves(moves)) console.log(line);
    const cloud = flag(args, 'no-cloud') ? 'terraform: skipped (--no-cloud)' : cloudDiffs(args);
    if (typeof cloud === 'string') console.log(cloud);
    else for (const d of cloud) console.log(formatStackDiff(d).join('\n'));
    const stacks = typeof cloud === 'string' ? [] : cloud;
    const dangers =
      moves.length +
      diffs.flatMap((d) => d.objects.flatMap((o) => o.dangers)).length +
      stacks.flatMap((s) => s.resources.flatMap((r) => r.dangers)).length;
    const changes =
      diffs.some((d) => d.objects.length > 0 || d.files.length > 0) || stacks.some((s) => s.resources.length > 0 || s.other.length > 0);
    // The gate's verdict is printed, not folded into the exit code: exit codes describe the change only.
    if (gateProblems > 0)
      console.log(
        `diff: warning: the safety gate rejects the fresh output (${gateProblems} problems): npm run synth would refuse to write; npm run validate lists them`,
      );
    if (dangers > 0) {
      console.log(`diff: ${dangers} dangerous change${dangers === 1 ? '' : 's'} (exit 2)`);
      return 2;
    }
    console.log(changes ? 'diff: changes, none dangerous (exit 1)' : 'diff: no changes (exit 0)');
    return changes ? 1 : 0;
  } catch (error) {
    reportFailure(error);
    // An unreadable dist/ or model is not "no changes": make CI stop.
    return 2;
  }
}

if (require.main === module) void runDiff(process.argv.slice(2)).then((code) => (process.exitCode = code));
