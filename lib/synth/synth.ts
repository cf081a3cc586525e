/**
 * One synth: the model loaded and validated once, the Kubernetes half rendered and checked target
 * by target, the cloud half synthesized stack by stack (beside it in a worker, or after it), and
 * everything written by ONE writer as one unit (lib/render/atomic-output.ts): dist/ and cdktf.out/
 * are both old or both new after any interruption.
 */
import * as path from 'node:path';
import { loadPlatform, type PlatformModel } from '../model/load';
import { fleetView, type FleetCluster, type GateProblem, validateFleets } from '../gate';
import type { SvgRenderer } from '../insight/graphviz';
import { NODE_FS, OutputTransaction, recoverOutputs, type WriterFs } from '../render/atomic-output';
import { pruneFolders } from '../render/write-dist';
import type { CloudProgress, StackSummary } from './cloud';
import { cloudInput } from './cloud-input';
import { stageCloud } from './cloud-stage';
import { inProcess, type SynthRunner } from './runner';
import { buildTarget, type TargetPhase } from './k8s';

export interface SynthOptions {
  readonly dataDir: string;
  /** @default every target */
  readonly targets?: readonly string[];
  /** Where the manifests go; undefined: the Kubernetes half is not run. */
  readonly distDir?: string;
  /** Where the cdktf stacks go; undefined: the cloud half is not run. */
  readonly cloudDir?: string;
  /** Draws the network pictures when the side work runs in this thread. @default no pictures */
  readonly svg?: SvgRenderer;
  /** Where the cloud half and the insight files run. @default in this thread (the cloud half after the Kubernetes half) */
  readonly runner?: SynthRunner;
  readonly fs?: WriterFs;
  readonly onEvent?: (event: SynthEvent) => void;
  /** Awaited between steps; rejecting (Ctrl-C) stops the run before anything is committed. */
  readonly checkpoint?: () => Promise<void>;
}

/** What a rendered target amounts to, for the one summary line per target. */
export interface TargetSummary {
  readonly target: string;
  readonly objects: number;
  readonly files: number;
  readonly tenants: number;
  readonly renderMs: number;
  readonly gateMs: number;
}

export type SynthEvent =
  | { readonly kind: 'recovered'; readonly notes: readonly string[] }
  | { readonly kind: 'model'; readonly model: PlatformModel }
  | {
      readonly kind: 'k8s';
      readonly target: string;
      readonly index: number;
      readonly total: number;
      readonly phase: TargetPhase | 'files' | 'stage';
    }
  | { readonly kind: 'k8s-done'; readonly index: number; readonly total: number; readonly summary: TargetSummary }
  | ({ readonly kind: 'cloud' } & CloudProgress)
  | { readonly kind: 'commit' };

export interface SynthResult {
  readonly model: PlatformModel;
  /** Gate problems; when there are any, nothing was written. */
  readonly problems: readonly GateProblem[];
  /** Gate warnings: never stop a write. */
  readonly warnings: readonly GateProblem[];
  readonly k8s: readonly TargetSummary[];
  readonly cloud: readonly StackSummary[];
  readonly written: boolean;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function synth(options: SynthOptions): Promise<SynthResult> {
  const fsx = options.fs ?? NODE_FS;
  const emit = options.onEvent ?? (() => undefined);
  const checkpoint = async () => {
    await tick();
    await options.checkpoint?.();
  };
  const runner = options.runner ?? inProcess(options.svg);
  try {
    return await synthWith(runner, options, fsx, emit, checkpoint);
  } finally {
    // Also when the model is refused before the worker got any job: a live worker keeps the process alive.
    await runner.close();
  }
}

async function synthWith(
  runner: SynthRunner,
  options: SynthOptions,
  fsx: WriterFs,
  emit: (event: SynthEvent) => void,
  checkpoint: () => Promise<void>,
): Promise<SynthResult> {
  const roots = [options.distDir, options.cloudDir].filter((d): d is string => d !== undefined);
  const notes = recoverOutputs(roots, fsx);
  if (notes.length > 0) emit({ kind: 'recovered', notes });

  const model = loadPlatform({ dataDir: options.dataDir, targets: options.targets });
  emit({ kind: 'model', model });
  const allTargets = !options.targets;
  const tx = new OutputTransaction(fsx);
  const problems: GateProblem[] = [];
  const warnings: GateProblem[] = [];
  const k8s: TargetSummary[] = [];
  const pending: Promise<void>[] = [];
  try {
    const cloudDir = options.cloudDir;
    const startCloud = () =>
      cloudDir === undefined
        ? Promise.resolve(undefined)
        : runner.cloud(model.targets.map(cloudInput), {
            scratch: tx.scratch(cloudDir, 'cdktf'),
            keepOtherStacksOf: allTargets ? undefined : path.resolve(cloudDir),
            onProgress: (event) => emit({ kind: 'cloud', ...event }),
          });
    // In a worker the cloud half starts now; in this thread it runs after the Kubernetes half.
    let cloud = runner.parallel ? startCloud() : undefined;
    // Seen, so a failing worker never surfaces as an unhandled rejection while the Kubernetes half runs.
    cloud?.catch(() => undefined);

    if (options.distDir !== undefined) {
      const distDir = options.distDir;
      const total = model.targets.length;
      // What the checks across a fleet's clusters read of each (a few objects), not the clusters themselves.
      const fleet: FleetCluster[] = [];
      for (const [i, target] of model.targets.entries()) {
        await checkpoint();
        const name = target.target.name;
        const event = { kind: 'k8s', target: name, index: i + 1, total } as const;
        const build = buildTarget(target, (phase) => emit({ ...event, phase }));
        problems.push(...build.problems);
        warnings.push(...build.warnings);
        fleet.push({ rendered: fleetView(build.rendered), model: target });
        let objects = 0;
        for (const list of build.rendered.files.values()) objects += list.length;
        const done = (files = build.rendered.files.size) => {
          const summary: TargetSummary = {
            target: name,
            objects,
            files,
            tenants: target.tenants.length,
            renderMs: build.renderMs,
            gateMs: build.gateMs,
          };
          k8s[i] = summary;
          emit({ kind: 'k8s-done', index: i + 1, total, summary });
        };
        // Nothing is staged, or committed, while any target fails.
        if (problems.length > 0) {
          done();
          continue;
        }
        // The files' text (in a worker: while this thread renders the next target), staged when it comes;
        // in this thread each manifest is serialized as it is written, so one target's objects are held at a time.
        emit({ ...event, phase: 'files' });
        const staged = runner.files({ target, files: build.rendered.files }).then((files) => {
          emit({ ...event, phase: 'stage' });
          tx.stageFolder(distDir, name, files);
          done(files.paths.length);
        });
        staged.catch(() => undefined);
        pending.push(staged);
      }
      // Across the clusters of each fleet (ApplicationSet paths, cluster Secrets, endpoints, identities, DNS).
      problems.push(...validateFleets(fleet));
      if (allTargets && problems.length === 0) pruneFolders(tx, distDir, new Set(model.targets.map((t) => t.target.name)), fsx);
    }
    if (problems.length > 0) {
      // The summaries of the targets staged before the first problem.
      await Promise.allSettled(pending);
      return { model, problems, warnings, k8s, cloud: [], written: false };
    }
    await Promise.all(pending);

    await checkpoint();
    cloud ??= startCloud();
    const cloudFiles = await cloud;
    // Loaded only when there is a cloud half: cdktf and the providers cost a second of module loading.
    if (cloudFiles && cloudDir !== undefined) stageCloud(tx, cloudDir, cloudFiles, allTargets, fsx);
    await checkpoint();
    emit({ kind: 'commit' });
    tx.commit();
    return { model, problems, warnings, k8s, cloud: cloudFiles?.summaries ?? [], written: true };
  } finally {
    tx.abort();
  }
}
