/**
 * Worker-thread entry of `npm run synth` (lib/synth/runner.ts starts it): loads cdktf and the
 * provider classes while the main thread renders the Kubernetes side, then runs the jobs it is sent
 * in order: the cloud stacks (into the scratch folder it is given) and the files of each rendered
 * target (YAML manifests and insight files). It writes nothing outside that scratch folder: the main thread stages and commits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SvgRenderer } from '../insight/graphviz';
import { picturesRenderer } from '../insight/pictures';
import type { CloudFilesOptions, CloudTargetInput, synthCloudFiles } from './cloud';
import { cloudModule } from './cloud-module';
import { materialize, targetFiles, type TargetFilesJob } from './target-files';

export type SynthJob =
  | {
      readonly id: number;
      readonly kind: 'cloud';
      readonly inputs: readonly CloudTargetInput[];
      readonly options: Omit<CloudFilesOptions, 'onProgress'>;
    }
  | {
      readonly id: number;
      readonly kind: 'files';
      readonly job: TargetFilesJob;
      /** The dist folder whose network pictures are reused; none: no pictures. */
      readonly pictures?: string;
    };

export type WorkerMessage =
  | { readonly id: number; readonly kind: 'progress'; readonly event: Parameters<NonNullable<CloudFilesOptions['onProgress']>>[0] }
  | {
      readonly id: number;
      readonly kind: 'cloud';
      readonly files: Array<[string, string]>;
      readonly summaries: ReturnType<typeof synthCloudFiles>['summaries'];
    }
  | { readonly id: number; readonly kind: 'files'; readonly files: Array<[string, string]> }
  | {
      readonly id: number;
      readonly kind: 'error';
      readonly error: { name: string; message: string; stack?: string; file?: string; problems?: string[] };
    };

async function run(
  job: SynthJob,
  post: (m: WorkerMessage) => void,
  pictures: (dist?: string) => Promise<SvgRenderer | undefined>,
): Promise<void> {
  const id = job.id;
  try {
    if (job.kind === 'cloud') {
      const { files, summaries } = cloudModule().synthCloudFiles(job.inputs, {
        ...job.options,
        onProgress: (event) => post({ id, kind: 'progress', event }),
      });
      post({ id, kind: 'cloud', files: [...files], summaries });
    } else {
      post({ id, kind: 'files', files: materialize(targetFiles(job.job, await pictures(job.pictures))) });
    }
  } catch (error) {
    const e = error as Error & { file?: string; problems?: string[] };
    post({
      id,
      kind: 'error',
      error: { name: e.name, message: e.message, stack: e.stack, file: e.file, problems: e.problems ? [...e.problems] : undefined },
    });
  }
}

/** What the worker is started with (lib/synth/runner.ts). */
export interface WorkerStart {
  /** Load cdktf and the providers at once, before any job (a synth sends the stacks ~0.8 s later). */
  readonly preloadCloud: boolean;
}

const port = parentPort;
if (port) {
  if ((workerData as WorkerStart | undefined)?.preloadCloud) cloudModule();
  // Graphviz loads on the first job with pictures; the previous pictures of that dist folder are reused.
  let svg: Promise<SvgRenderer> | undefined;
  const pictures = (dist?: string) => (dist ? (svg ??= picturesRenderer(dist)) : Promise.resolve(undefined));
  // One job at a time, in the order sent (the Graphviz load is the only wait).
  let queue = Promise.resolve();
  port.on('message', (job: SynthJob) => {
    queue = queue.then(() => run(job, (m) => port.postMessage(m), pictures));
  });
}
