/**
 * `npm run validate`: the model, then every target rendered in memory and put through the safety
 * gate (constructs/validation), exactly as a synth does, without writing anything.
 *
 *   tsx apps/validate.ts [--target T ...] [--data-dir DIR]
 *
 * Exit code 0 when everything passes, 1 with the problems on stderr otherwise.
 */
import { flag, flagList, parseArgs } from './cli/args';
import { reportFailure, reportProblems, reportWarnings, targetSummary } from './cli/report';
import { buildK8s, serializeTarget } from '../lib/synth/k8s';

export function runValidate(argv: readonly string[]): number {
  const started = performance.now();
  try {
    const args = parseArgs(argv, ['quiet']);
    const build = buildK8s({ dataDir: flag(args, 'data-dir'), targets: flagList(args, 'target') });
    reportWarnings(build.warnings);
    if (build.problems.length > 0) {
      reportProblems(build.problems, 'nothing was written');
      return 1;
    }
    if (!flag(args, 'quiet')) {
      let render = 0;
      let gate = 0;
      for (const r of build.rendered) {
        const renderMs = build.renderMs.get(r.target) ?? 0;
        const gateMs = build.validateMs.get(r.target) ?? 0;
        render += renderMs;
        gate += gateMs;
        console.log(`validate ${targetSummary(r, serializeTarget(r).files.size, renderMs, gateMs)}`);
      }
      const share = render > 0 ? ` (${((100 * gate) / render).toFixed(0)}% of render time)` : '';
      console.log(
        `validate: ${build.rendered.length} targets passed the gate; render ${render.toFixed(0)} ms, gate ${gate.toFixed(0)} ms${share}, total ${(performance.now() - started).toFixed(0)} ms`,
      );
    }
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

if (require.main === module) process.exitCode = runValidate(process.argv.slice(2));
