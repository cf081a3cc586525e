/**
 * apps/k8s.ts without the network pictures, for `npm run bench -- --no-svg`: the same model load,
 * render, safety gate and atomic write, but no Graphviz layout (which grows with every tenant node).
 *
 *   node --require ./lib/runtime/register.cjs apps/bench/k8s-no-svg.ts --target T --data-dir DIR --out DIR
 */
import { synth } from '../../lib/synth/synth';
import { dataDirOf, dataDirOption, defineCommand, EXIT, main, targetOption } from '../cli/command';
import { reportProblems } from '../cli/report';

interface Flags {
  readonly target?: string[];
  readonly dataDir?: string;
  readonly out: string;
}

export const runK8sNoSvg = defineCommand<Flags>({
  name: 'bench k8s-no-svg',
  description: 'Synthesize manifests without the network pictures (benchmark baseline).',
  examples: [
    ['node --require ./lib/runtime/register.cjs apps/bench/k8s-no-svg.ts --target prod-azure --data-dir D --out D/dist', 'one target'],
  ],
  options: (command) => {
    targetOption(command);
    dataDirOption(command);
    command.requiredOption('--out <dir>', 'where the manifests go');
  },
  run: async (ctx, flags) => {
    const started = performance.now();
    let commitAt = 0;
    const result = await synth({
      dataDir: dataDirOf(ctx, flags.dataDir),
      targets: flags.target,
      distDir: ctx.resolve(flags.out),
      onEvent: (e) => {
        if (e.kind === 'k8s-done')
          ctx.out(`k8s ${e.summary.target}: ${e.summary.files} files, ${(e.summary.renderMs + e.summary.gateMs).toFixed(0)} ms`);
        if (e.kind === 'commit') commitAt = performance.now();
      },
    });
    if (result.problems.length > 0) {
      reportProblems(ctx, result.problems, 'nothing written');
      return EXIT.invalid;
    }
    const sum = (key: 'renderMs' | 'gateMs') => result.k8s.reduce((n, s) => n + s[key], 0);
    ctx.out(
      `k8s: (render ${sum('renderMs').toFixed(0)} ms, validate ${sum('gateMs').toFixed(0)} ms, write ${(performance.now() - commitAt).toFixed(0)} ms, total ${(performance.now() - started).toFixed(0)} ms)`,
    );
    return EXIT.ok;
  },
});

if (require.main === module) main(runK8sNoSvg);
