/**
 * Runs the cloud half either in this thread or in a worker thread beside the Kubernetes half (two
 * cores: cdktf's module loading and the stacks overlap the Kubernetes render). A worker dies with
 * the process, so an interrupted synth never leaves a writer behind; either way the caller stages
 * and commits the files (lib/synth/synth.ts).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ModelError } from '../model/errors';
import type { CloudFiles, CloudFilesOptions, CloudTargetInput } from './cloud';
import type { CloudJob, CloudWorkerMessage } from './cloud-worker';

export interface CloudRunner {
  /** True when `synth` runs beside the caller (start it before the Kubernetes half). */
  readonly parallel: boolean;
  synth(inputs: readonly CloudTargetInput[], options: CloudFilesOptions): Promise<CloudFiles>;
  /** Stops the worker (nothing to do in-process). */
  close(): Promise<void>;
}

export const IN_PROCESS: CloudRunner = {
  parallel: false,
  // Imported when used: cdktf and the providers cost a second of module loading.
  synth: async (inputs, options) => (await import('./cloud')).synthCloudFiles(inputs, options),
  close: async () => undefined,
};

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

function errorFrom(e: Extract<CloudWorkerMessage, { kind: 'error' }>['error']): Error {
  if (e.name === 'ModelError' && e.file && e.problems) return new ModelError(e.file, e.problems);
  const error = new Error(`cloud synth failed: ${e.message}`);
  if (e.stack) error.stack = `Error: cloud synth failed: ${e.stack}`;
  return error;
}

/** A worker that starts loading cdktf now; `synth` sends it the job. */
export function startCloudWorker(): CloudRunner {
  const entry = path.join(__dirname, 'cloud-worker.ts');
  // Source maps off as in the main thread (apps/cli/command.ts main): cdktf maps a stack trace per token.
  const worker = new Worker(
    `require(${JSON.stringify(require.resolve('tsx/cjs'))}); if (!process.argv.includes('--debug')) process.setSourceMapsEnabled(false); require(${JSON.stringify(entry)});`,
    {
      eval: true,
      stdout: false,
      stderr: false,
    },
  );
  let failure: Error | undefined;
  let pending:
    { resolve: (files: CloudFiles) => void; reject: (error: Error) => void; onProgress?: CloudFilesOptions['onProgress'] } | undefined;
  worker.on('message', (m: CloudWorkerMessage) => {
    if (m.kind === 'progress') pending?.onProgress?.(m.event);
    else if (m.kind === 'result') pending?.resolve({ files: new Map(m.files), summaries: m.summaries });
    else if (m.kind === 'error') pending?.reject(errorFrom(m.error));
  });
  worker.on('error', (error) => {
    failure = error;
    pending?.reject(error);
  });
  worker.on('exit', (code) => {
    if (code !== 0) pending?.reject(failure ?? new Error(`the cloud synth worker exited with code ${code}`));
  });
  return {
    parallel: true,
    synth: (inputs, options) =>
      new Promise<CloudFiles>((resolve, reject) => {
        if (failure) return reject(failure);
        const { onProgress, ...rest } = options;
        pending = { resolve, reject, onProgress };
        worker.postMessage({ inputs, options: rest } satisfies CloudJob);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
