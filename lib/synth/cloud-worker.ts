/**
 * Worker-thread entry of the cloud half of `npm run synth` (lib/synth/cloud-runner.ts starts it):
 * loads cdktf and the provider classes while the main thread renders the Kubernetes side, then
 * synthesizes the stacks it is sent into the scratch folder it is given and posts back the files.
 * It writes nothing outside that scratch folder: the main thread stages and commits everything.
 */
import { parentPort } from 'node:worker_threads';
import { type CloudFilesOptions, type CloudTargetInput, synthCloudFiles } from './cloud';

export interface CloudJob {
  readonly inputs: readonly CloudTargetInput[];
  readonly options: Omit<CloudFilesOptions, 'onProgress'>;
}

export type CloudWorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'progress'; readonly event: Parameters<NonNullable<CloudFilesOptions['onProgress']>>[0] }
  | {
      readonly kind: 'result';
      readonly files: Array<[string, string]>;
      readonly summaries: ReturnType<typeof synthCloudFiles>['summaries'];
    }
  | { readonly kind: 'error'; readonly error: { name: string; message: string; stack?: string; file?: string; problems?: string[] } };

const port = parentPort;
if (port) {
  port.on('message', (job: CloudJob) => {
    try {
      const { files, summaries } = synthCloudFiles(job.inputs, {
        ...job.options,
        onProgress: (event) => port.postMessage({ kind: 'progress', event } satisfies CloudWorkerMessage),
      });
      port.postMessage({ kind: 'result', files: [...files], summaries } satisfies CloudWorkerMessage);
    } catch (error) {
      const e = error as Error & { file?: string; problems?: string[] };
      port.postMessage({
        kind: 'error',
        error: { name: e.name, message: e.message, stack: e.stack, file: e.file, problems: e.problems ? [...e.problems] : undefined },
      } satisfies CloudWorkerMessage);
    }
  });
  port.postMessage({ kind: 'ready' } satisfies CloudWorkerMessage);
}
