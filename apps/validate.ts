/**
 * `npm run validate`: the model, then every target rendered in memory and put through the safety
 * gate, exactly as a synth does, without writing anything.
 */
import { buildTarget } from '../lib/synth/k8s';
import { loadPlatform } from '../lib/model/load';
import { type FleetCluster, fleetView, type GateProblem, validateFleets } from '../lib/gate';
import { dataDirOf, dataDirOption, defineCommand, EXIT, jsonOption, main, quietOption, targetOption } from './cli/command';
import { plural } from './cli/io';
import { reportGateWarnings, reportProblems, reportWarnings } from './cli/report';

interface Flags {
  readonly target?: string[];
  readonly dataDir?: string;
  readonly quiet?: boolean;
  readonly json?: boolean;
}

export const runValidate = defineCommand<Flags>({
  name: 'validate',
  description: 'Check the model and every rendered target against the safety gate, as a synth does, writing nothing.',
  examples: [
    ['npm run validate', 'every target'],
    ['npm run validate -- --target prod-azure', 'one target'],
    ['npm run validate -- --json', 'the verdict as JSON (problems with file, object and rule)'],
  ],
  exitCodes: 'Exit codes: 0 every target passes, 1 invalid input or a gate problem, 3 the tool itself failed.',
  options: (command) => {
    targetOption(command);
    dataDirOption(command);
    quietOption(command);
    jsonOption(command, 'the verdict per target');
  },
  run: (ctx, flags) => {
    const started = performance.now();
    const model = loadPlatform({ dataDir: dataDirOf(ctx, flags.dataDir), targets: flags.target });
    if (!flags.json) reportWarnings(ctx, model.warnings);
    const problems: GateProblem[] = [];
    const gateWarnings: GateProblem[] = [];
    const fleet: FleetCluster[] = [];
    const results = model.targets.map((target, i) => {
      ctx.progress.update(`validate ${i + 1}/${model.targets.length} ${target.target.name}`);
      const build = buildTarget(target);
      problems.push(...build.problems);
      gateWarnings.push(...build.warnings);
      fleet.push({ rendered: fleetView(build.rendered), model: target });
      let objects = 0;
      for (const list of build.rendered.files.values()) objects += list.length;
      const result = {
        target: target.target.name,
        objects,
        problems: build.problems.length,
        renderMs: build.renderMs,
        gateMs: build.gateMs,
      };
      if (!flags.json && !ctx.quiet)
        ctx.out(
          `validate ${result.target}: ${plural(objects, 'object')}, ${plural(result.problems, 'problem')} (render ${result.renderMs.toFixed(0)} ms, gate ${result.gateMs.toFixed(0)} ms)`,
        );
      return result;
    });
    // Across the clusters of each fleet, as the synth checks them (lib/synth/synth.ts).
    problems.push(...validateFleets(fleet));
    ctx.progress.stop();
    if (flags.json) {
      ctx.out(JSON.stringify({ ok: problems.length === 0, targets: results, problems, warnings: model.warnings, gateWarnings }, null, 2));
      return problems.length > 0 ? EXIT.invalid : EXIT.ok;
    }
    reportGateWarnings(ctx, gateWarnings);
    if (problems.length > 0) {
      reportProblems(ctx, problems, 'nothing was written');
      return EXIT.invalid;
    }
    if (!ctx.quiet)
      ctx.out(`validate: ${plural(results.length, 'target')} passed the gate (total ${(performance.now() - started).toFixed(0)} ms)`);
    return EXIT.ok;
  },
});

if (require.main === module) main(runValidate);
