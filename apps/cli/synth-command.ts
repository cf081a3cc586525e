/**
 * `npm run synth`, `synth:k8s` and `synth:cloud`: one implementation (lib/synth/synth.ts), three
 * selections of halves. Progress on stderr, one summary line per target and per stack on stdout,
 * warnings and notes once, and Ctrl-C that leaves dist/ and cdktf.out/ as they were.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { picturesRenderer } from '../../lib/insight/pictures';
import { inProcess, startSynthWorker, type SynthRunner, takeEarlyWorker, workersAvailable } from '../../lib/synth/runner';
import { DIST_DIR } from '../../lib/synth/k8s';
import { synth, type SynthEvent } from '../../lib/synth/synth';
import { type Context, dataDirOf, dataDirOption, defineCommand, EXIT, quietOption, type Runner, targetOption } from './command';
import { plural } from './io';
import { cloudDirOf } from './paths';
import { placeholderNote, reportGateWarnings, reportProblems, reportWarnings } from './report';

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

interface SynthFlags {
  readonly target?: string[];
  readonly dataDir?: string;
  readonly out?: string;
  readonly cloudOut?: string;
  readonly quiet?: boolean;
  readonly worker?: boolean;
}

interface Halves {
  readonly name: string;
  readonly k8s: boolean;
  readonly cloud: boolean;
}

function options(halves: Halves) {
  return (command: Command) => {
    targetOption(command);
    dataDirOption(command);
    if (halves.k8s) command.addOption(new Option('-o, --out <dir>', 'where the manifests go (default: dist/)'));
    if (halves.cloud)
      command.addOption(
        new Option(
          halves.k8s ? '--cloud-out <dir>' : '-o, --out <dir>',
          'where the cdktf stacks go (default: $CDKTF_OUTDIR or cdktf.out/)',
        ),
      );
    quietOption(command);
    // Tests and single-core machines: run the cloud half and the insight files in this thread instead of a worker.
    if (halves.k8s && halves.cloud)
      command.addOption(new Option('--no-worker', 'run the cloud half and the insight files in this thread (no worker)').hideHelp());
  };
}

async function run(ctx: Context, flags: SynthFlags, halves: Halves): Promise<number> {
  const started = performance.now();
  const dataDir = dataDirOf(ctx, flags.dataDir);
  const distDir = halves.k8s ? ctx.resolve(flags.out ?? DIST_DIR) : undefined;
  const cloudDir = halves.cloud ? cloudDirOf(ctx, halves.k8s ? flags.cloudOut : flags.out) : undefined;
  // A worker overlaps the cloud half and the insight files with the Kubernetes half on two cores; on
  // one it only costs its start-up. Started first: it loads cdktf while this thread loads the model.
  const useWorker = halves.cloud && flags.worker !== false && workersAvailable() && os.availableParallelism() > 1;
  const earlyWorker = takeEarlyWorker();
  const worker = useWorker ? (earlyWorker ?? startSynthWorker()) : undefined;
  if (earlyWorker && !worker) await earlyWorker.close();
  worker?.attach(distDir);
  // In this thread the network pictures need Graphviz here (in a worker, the worker loads it).
  const runner: SynthRunner = worker ?? inProcess(distDir ? await picturesRenderer(distDir) : undefined);
  const graphvizMs = useWorker ? undefined : performance.now() - started;

  let interrupted: string | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const status = { k8s: '', cloud: '' };
  const show = () => ctx.progress.update(`${halves.name}: ${[status.k8s, status.cloud].filter(Boolean).join(' · ')}`);
  const onEvent = (e: SynthEvent) => {
    if (e.kind === 'recovered') for (const note of e.notes) ctx.err(`note: ${note}`);
    else if (e.kind === 'model') reportWarnings(ctx, e.model.warnings);
    else if (e.kind === 'k8s') {
      status.k8s = `k8s ${e.index}/${e.total} ${e.target} ${e.phase}`;
      show();
    } else if (e.kind === 'k8s-done') {
      status.k8s = e.index === e.total ? '' : status.k8s;
      const s = e.summary;
      if (!ctx.quiet)
        ctx.out(
          `k8s ${s.target}: ${plural(s.objects, 'object')} in ${plural(s.files, 'file')}, ${plural(s.tenants, 'tenant')} (render ${s.renderMs.toFixed(0)} ms, gate ${s.gateMs.toFixed(0)} ms)`,
        );
    } else if (e.kind === 'cloud') {
      status.cloud = e.phase === 'done' && e.index === e.total ? '' : `cloud ${e.index}/${e.total} ${e.target} ${e.phase}`;
      show();
      if (e.phase === 'done' && e.summary && !ctx.quiet) {
        const s = e.summary;
        ctx.out(
          `cloud ${s.target}: ${plural(s.resources, 'resource')}, ${plural(s.dataSources, 'data source')}, ${plural(s.outputs, 'output')} (${s.ms.toFixed(0)} ms)`,
        );
      }
    } else if (e.kind === 'commit') ctx.progress.update(`${halves.name}: writing`);
  };
  try {
    const writeStart = { at: 0 };
    const result = await synth({
      dataDir,
      targets: flags.target,
      distDir,
      cloudDir,
      runner,
      onEvent: (e) => {
        if (e.kind === 'commit') writeStart.at = performance.now();
        onEvent(e);
      },
      checkpoint: async () => {
        if (interrupted) throw new Interrupted(interrupted);
      },
    });
    ctx.progress.stop();
    reportGateWarnings(ctx, result.warnings);
    if (result.problems.length > 0) {
      reportProblems(
        ctx,
        result.problems,
        `${[distDir, cloudDir]
          .filter(Boolean)
          .map((d) => `${ctx.show(d!)}/`)
          .join(' and ')} not changed`,
      );
      return EXIT.invalid;
    }
    const note = halves.k8s ? placeholderNote(result.model) : undefined;
    if (note && !ctx.quiet) ctx.err(note);
    if (!ctx.quiet) {
      const what = [
        halves.k8s ? `${plural(result.k8s.length, 'target')} to ${ctx.show(distDir!)}` : '',
        halves.cloud ? `${plural(result.cloud.length, 'stack')} to ${ctx.show(cloudDir!)}` : '',
      ].filter(Boolean);
      const total = performance.now() - started;
      ctx.out(
        `${halves.name}: wrote ${what.join(' and ')} (${graphvizMs === undefined ? '' : `graphviz load ${graphvizMs.toFixed(0)} ms, `}write ${(performance.now() - writeStart.at).toFixed(0)} ms, total ${total.toFixed(0)} ms)`,
      );
    }
    writeCdk8sIndex(
      ctx,
      distDir,
      result.k8s.map((s) => s.target),
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Interrupted) {
      ctx.err(
        `${halves.name}: interrupted (${error.signal}); ${[distDir, cloudDir]
          .filter(Boolean)
          .map((d) => `${ctx.show(d!)}/`)
          .join(' and ')} not changed`,
      );
      return EXIT_INTERRUPTED;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

class Interrupted extends Error {
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }
}

/**
 * Run by `npx cdk8s synth`: the CLI wipes its own output folder first, so dist/ is never its output
 * folder; leave it an index of what was written so the CLI has something to list.
 */
function writeCdk8sIndex(ctx: Context, distDir: string | undefined, targets: readonly string[]): void {
  const cliOut = ctx.io.env.CDK8S_OUTDIR;
  if (!distDir || !cliOut || path.resolve(ctx.io.cwd, cliOut) === distDir) return;
  const dir = path.resolve(ctx.io.cwd, cliOut);
  fs.mkdirSync(dir, { recursive: true });
  const index = targets.map((t) => `- ${ctx.show(path.join(distDir, t))}`).join('\n');
  fs.writeFileSync(path.join(dir, 'targets.k8s.yaml'), `# manifests are written to dist/<target>/ by apps/k8s.ts\n${index}\n`);
}

const EXAMPLES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  synth: [
    ['npm run synth', 'every target: manifests into dist/, cdktf stacks into cdktf.out/'],
    ['npm run synth -- --target dev-azure', 'one target (other targets stay as they are)'],
    ['npm run synth -- --data-dir /tmp/tenants-1000', 'tenants.yaml and overrides/ from another folder'],
  ],
  'synth:k8s': [
    ['npm run synth:k8s -- --target prod-azure,prod-aws', 'two targets, manifests only'],
    ['npm run synth:k8s -- --out /tmp/dist', 'render somewhere else than dist/'],
  ],
  'synth:cloud': [
    ['npm run synth:cloud -- --target prod-gcp', 'one cdktf stack'],
    ['npx cdktf diff prod-azure', 'the cdktf CLI runs the same app (cdktf.json)'],
  ],
};

export function synthCommand(halves: Halves, description: string): Runner {
  return defineCommand<SynthFlags>({
    name: halves.name,
    description,
    examples: EXAMPLES[halves.name] ?? [],
    exitCodes:
      'Exit codes: 0 written, 1 invalid input (nothing written), 3 the tool itself failed (nothing written), 130 interrupted (nothing written).',
    options: options(halves),
    run: (ctx, flags) => run(ctx, flags, halves),
  });
}
