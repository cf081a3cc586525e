/**
 * apps/k8s.ts without network.svg, for `npm run bench -- --no-svg`: the same model load, render,
 * safety gate and atomic write, but no Graphviz layout (which grows with every tenant node).
 *
 *   node --import tsx scripts/bench/k8s-no-svg.ts --target T --data-dir DIR --out DIR
 */
import * as path from 'node:path';
import { flag, flagList, parseArgs } from '../cli/args';
import { reportFailure, reportProblems } from '../cli/report';
import { buildK8s, writeK8s } from '../../lib/synth/k8s';

const sum = (ms: ReadonlyMap<string, number>): number => [...ms.values()].reduce((a, b) => a + b, 0);

function main(): number {
  const started = performance.now();
  try {
    const args = parseArgs(process.argv.slice(2));
    const out = flag(args, 'out');
    if (!out) throw new Error('--out DIR is required');
    const build = buildK8s({ dataDir: flag(args, 'data-dir'), targets: flagList(args, 'target') });
    if (build.problems.length > 0) {
      reportProblems(build.problems);
      return 1;
    }
    const writeStart = performance.now();
    const files = writeK8s(build, path.resolve(out), false);
    const writeMs = performance.now() - writeStart;
    build.rendered.forEach((r, i) => {
      const ms = (build.renderMs.get(r.target) ?? 0) + (build.validateMs.get(r.target) ?? 0) + (build.insightMs.get(r.target) ?? 0);
      console.log(`k8s ${r.target}: ${files[i].fileCount} files, ${ms.toFixed(0)} ms`);
    });
    console.log(
      `k8s: (render ${sum(build.renderMs).toFixed(0)} ms, validate ${sum(build.validateMs).toFixed(0)} ms, write ${writeMs.toFixed(0)} ms, total ${(performance.now() - started).toFixed(0)} ms)`,
    );
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

process.exitCode = main();
