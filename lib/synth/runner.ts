/**
 * Where synth's side work runs: the cloud half (cdktf stacks) and the text of each rendered
 * target's files (YAML manifests, INVENTORY.md, network pictures). In a worker thread beside the
 * Kubernetes half on two cores (cdktf's module loading and the stacks, then each target's files,
 * overlap rendering and the gate), or in this thread. A worker dies with the process, so an interrupted synth never leaves a writer
 * behind; either way the caller stages and commits every file (lib/synth/synth.ts).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SvgRenderer } from '../insight/graphviz';
import type { LazyFiles } from '../render/atomic-output';
import { ModelError } from '../model/errors';
import { TS_REGISTER } from '../runtime/node-args';
import type { CloudFiles, CloudFilesOptions, CloudTargetInput } from './cloud';
import { cloudModule } from './cloud-module';
import type { TargetFilesJob } from './target-files';
import type { SynthJob, WorkerMessage, WorkerStart } from './worker';

export interface SynthRunner {
  /** True when jobs run beside the caller (send the cloud half before the Kubernetes half). */
  readonly parallel: boolean;
  cloud(inputs: readonly CloudTargetInput[], options: CloudFilesOptions): Promise<CloudFiles>;
  /** Every file of one rendered target: manifests as YAML and insight files (lib/synth/target-files.ts). */
  files(job: TargetFilesJob): Promise<LazyFiles>;
  /** Stops the worker (nothing to do in-process). */
  close(): Promise<void>;
}

/**
 * The files module, loaded on first use. This module stays light (no renderer, gate or cdktf), so
 * an app can start the worker before it loads anything heavy itself.
 */
function filesModule(): typeof import('./target-files') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./target-files');
}

/** Both halves in this thread; `svg` draws the network pictures (none without it). */
export function inProcess(svg?: SvgRenderer): SynthRunner {
  return {
    parallel: false,
    cloud: async (inputs, options) => cloudModule().synthCloudFiles(inputs, options),
    files: async (job) => filesModule().targetFiles(job, svg),
    close: async () => undefined,
  };
}

/** True when this code runs from its TypeScript sources under tsx, which a worker can load too. */
export function workersAvailable(): boolean {
  // Under jest the TypeScript is compiled by jest's own module system, which a worker thread does not get.
  if (!__filename.endsWith('.ts') || process.env.JEST_WORKER_ID !== undefined) return false;
  try {
    require.resolve('tsx/cjs');
    return true;
  } catch {
    return false;
  }
}

type ErrorMessage = Extract<WorkerMessage, { kind: 'error' }>['error'];

function errorFrom(e: ErrorMessage, what: string): Error {
  if (e.name === 'ModelError' && e.file && e.problems) return new ModelError(e.file, e.problems);
  const error = new Error(`${what} failed: ${e.message}`);
  if (e.stack) error.stack = `Error: ${what} failed: ${e.stack}`;
  return error;
}

/** A job as the caller writes it: the id is added when it is sent. */
type JobBody = SynthJob extends infer J ? (J extends SynthJob ? Omit<J, 'id'> : never) : never;

interface Pending {
  readonly what: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: CloudFilesOptions['onProgress'];
}

/** A synth worker; it keeps the process alive once a synth has attached it. */
export interface SynthWorker extends SynthRunner {
  /** Attaches the worker to a synth writing to `dist` (whose network pictures it reuses when unchanged; none: no pictures). */
  attach(dist: string | undefined): void;
  /** Targets whose files were made by the worker, and in the calling thread (past `maxQueuedObjects`). */
  readonly made: { readonly inWorker: number; readonly here: number };
}

export interface SynthWorkerOptions {
  /** @default MAX_QUEUED_OBJECTS */
  readonly maxQueuedObjects?: number;
  /** Load cdktf and the providers when the worker starts, not with the first stacks. @default true */
  readonly preloadCloud?: boolean;
}

/**
 * Objects that may wait in the worker for their files at once (a shipped target has about 600).
 * Past it, the next target's files are made in the calling thread, one file at a time: a worker
 * busy with hundreds of stacks (a fleet) would otherwise collect every target's objects in its
 * queue (3.2 GB at 10,000 tenants over 307 clusters), and one huge target costs less memory here.
 */
export const MAX_QUEUED_OBJECTS = 20_000;

/** A worker that starts loading cdktf now; jobs run in the order they are sent. */
export function startSynthWorker(options: SynthWorkerOptions = {}): SynthWorker {
  const maxQueuedObjects = options.maxQueuedObjects ?? MAX_QUEUED_OBJECTS;
  const made = { inWorker: 0, here: 0 };
  const entry = path.join(__dirname, 'worker.ts');
  // The apps' own TypeScript runtime (lib/runtime/register.cjs), so the worker loads modules as fast as the main thread.
  const worker = new Worker(`require(${JSON.stringify(TS_REGISTER)}); require(${JSON.stringify(entry)});`, {
    eval: true,
    stdout: false,
    stderr: false,
    workerData: { preloadCloud: options.preloadCloud ?? true } satisfies WorkerStart,
  });
  let pictures: string | undefined;
  // The calling thread's own files runner, for targets past MAX_QUEUED_OBJECTS (Graphviz loaded when first needed).
  let here: Promise<SynthRunner> | undefined;
  const inThisThread = () => (here ??= (pictures ? loadGraphvizHere(pictures) : Promise.resolve(undefined)).then((svg) => inProcess(svg)));
  let queuedObjects = 0;
  let failure: Error | undefined;
  let next = 0;
  const pending = new Map<number, Pending>();
  const fail = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (m: WorkerMessage) => {
    const p = pending.get(m.id);
    if (!p) return;
    if (m.kind === 'progress') return p.onProgress?.(m.event);
    pending.delete(m.id);
    if (m.kind === 'error') p.reject(errorFrom(m.error, p.what));
    else if (m.kind === 'cloud') p.resolve({ files: new Map(m.files), summaries: m.summaries } satisfies CloudFiles);
    else p.resolve(fromEntries(m.files));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (code !== 0 || pending.size > 0) fail(failure ?? new Error(`the synth worker exited with code ${code}`));
  });
  // Until a synth attaches it, an early worker must not keep alive a process that ends otherwise
  // (refused flags); after the listeners: adding one refs the worker again.
  worker.unref();
  const send = <T>(what: string, job: JobBody, onProgress?: CloudFilesOptions['onProgress']) =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      pending.set(id, { what, resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker.postMessage({ ...job, id } as SynthJob);
    });
  return {
    parallel: true,
    made,
    attach: (dist) => {
      pictures = dist;
      worker.ref();
    },
    cloud: (inputs, { onProgress, ...rest }) => send<CloudFiles>('cloud synth', { kind: 'cloud', inputs, options: rest }, onProgress),
    files: async (job) => {
      let objects = 0;
      for (const list of job.files.values()) objects += list.length;
      if (queuedObjects + objects > maxQueuedObjects) {
        made.here++;
        return (await inThisThread()).files(job);
      }
      made.inWorker++;
      queuedObjects += objects;
      try {
        return await send<LazyFiles>(`the files of ${job.target.target.name}`, { kind: 'files', job, pictures });
      } finally {
        queuedObjects -= objects;
      }
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Graphviz in this thread, reusing the pictures of `dist` (loaded only when a target's files are made here). */
function loadGraphvizHere(dist: string): Promise<SvgRenderer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../insight/pictures') as typeof import('../insight/pictures')).picturesRenderer(dist);
}

/** Files received from the worker. */
function fromEntries(entries: ReadonlyArray<readonly [string, string]>): LazyFiles {
  const texts = new Map(entries);
  return { paths: [...texts.keys()], content: (file) => texts.get(file)! };
}

let early: SynthWorker | undefined;

/**
 * Starts the synth worker at once, before the app loads the renderer and the gate (~0.6 s): the
 * worker loads cdktf meanwhile, on the other core. apps/synth.ts calls it first thing; the command
 * takes it with `takeEarlyWorker`. A process that never takes it (help, refused flags) ends anyway.
 */
export function startEarlyWorker(argv: readonly string[]): void {
  if (early || argv.includes('--no-worker') || argv.includes('--help') || argv.includes('-h')) return;
  if (workersAvailable() && os.availableParallelism() > 1) early = startSynthWorker();
}

/** The worker `startEarlyWorker` started, if any (once). */
export function takeEarlyWorker(): SynthWorker | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
