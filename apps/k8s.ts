/**
 * Renders the Kubernetes manifests of every target (or `--target T`) into dist/<target>/.
 *
 *   tsx apps/k8s.ts [--target T ...] [--data-dir DIR] [--out DIR]
 *
 * The whole output is built and checked in memory first; dist/ is replaced atomically only when
 * the model and the safety gate accept everything.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLACEHOLDER_CLIENT_ID } from '../lib/clouds';
import type { ResolvedTarget } from '../config/types';
import { flag, flagList, parseArgs } from './cli/args';
import { reportFailure, reportProblems, reportWarnings, targetSummary } from './cli/report';
import { NETWORK_SVG_FILE } from '../lib/insight';
import { loadGraphviz } from '../lib/insight/graphviz';
import { buildK8s, DIST_DIR, writeK8s } from '../lib/synth/k8s';

/** network.svg files already in `out`: reused when their picture is unchanged (Graphviz layout is slow). */
export function previousSvgs(out: string): string[] {
  if (!fs.existsSync(out)) return [];
  return fs
    .readdirSync(out)
    .map((t) => path.join(out, t, NETWORK_SVG_FILE))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
}

/** Async only because Graphviz (WebAssembly, for network.svg) loads asynchronously; rendering is synchronous. */
/** Identities of a target whose ServiceAccount annotation is still the nil-GUID placeholder (Azure before apply). */
export function placeholderIdentities(model: ResolvedTarget): string[] {
  return Object.entries(model.identities)
    .filter(([, identity]) => Object.values(identity.annotations).includes(PLACEHOLDER_CLIENT_ID))
    .map(([name]) => name);
}

export async function runK8s(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  try {
    const args = parseArgs(argv, ['quiet']);
    const targets = flagList(args, 'target');
    const out = path.resolve(flag(args, 'out') ?? DIST_DIR);
    const svg = await loadGraphviz(previousSvgs(out));
    const graphvizMs = performance.now() - started;
    const build = buildK8s({ dataDir: flag(args, 'data-dir'), targets, svg });
    reportWarnings(build.warnings);
    if (build.problems.length > 0) {
      reportProblems(build.problems);
      return 1;
    }
    const writeStart = performance.now();
    const files = writeK8s(build, out, !targets);
    const writeMs = performance.now() - writeStart;
    if (!flag(args, 'quiet')) {
      build.rendered.forEach((r, i) => {
        const renderMs = (build.renderMs.get(r.target) ?? 0) + (build.insightMs.get(r.target) ?? 0);
        console.log(`k8s ${targetSummary(r, files[i].fileCount, renderMs, build.validateMs.get(r.target) ?? 0)}`);
        const pending = placeholderIdentities(build.model.targets[i]);
        if (pending.length > 0) {
          console.log(
            `k8s ${r.target}: note: ${pending.length} workload identities (${pending.join(', ')}) carry the placeholder client id until \`npm run cloud-outputs -- --target ${r.target}\` records the deployed ones`,
          );
        }
      });
      console.log(
        `k8s: ${build.rendered.length} targets written to ${path.relative(process.cwd(), out) || '.'} (graphviz load ${graphvizMs.toFixed(0)} ms, write ${writeMs.toFixed(0)} ms, total ${(performance.now() - started).toFixed(0)} ms)`,
      );
    }
    // Run by `npx cdk8s synth`: the CLI wipes its own output folder first, so dist/ is never its
    // output folder; leave it an index of what was written so the CLI has something to list.
    const cliOut = process.env.CDK8S_OUTDIR;
    if (cliOut && path.resolve(cliOut) !== out) {
      fs.mkdirSync(cliOut, { recursive: true });
      const index = build.rendered.map((r) => `- ${path.relative(process.cwd(), path.join(out, r.target))}`).join('\n');
      fs.writeFileSync(path.join(cliOut, 'targets.k8s.yaml'), `# manifests are written to dist/<target>/ by apps/k8s.ts\n${index}\n`);
    }
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

if (require.main === module) void runK8s(process.argv.slice(2)).then((code) => (process.exitCode = code));
