import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { App, Manifest, type StackManifest, TerraformDataSource, TerraformOutput, TerraformResource } from 'cdktf';
import { loadPlatform, type LoadOptions } from '../model/load';
import type { Cloud } from '../../config/types';
import { awsPlatform } from '../../constructs/cloud/aws';
import { azurePlatform } from '../../constructs/cloud/azure';
import type { CloudPlatform } from '../../constructs/cloud/common/model';
import { cloudInput, cloudModel, type CloudTargetInput } from './cloud-input';
import { CloudStack } from '../../constructs/cloud/common/stack';
import { gcpPlatform } from '../../constructs/cloud/gcp';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export const PLATFORMS: Readonly<Record<Cloud, CloudPlatform>> = { azure: azurePlatform, aws: awsPlatform, gcp: gcpPlatform };

export { cloudInput, cloudModel, type CloudTargetInput } from './cloud-input';
export { stageCloud } from './cloud-stage';

/** Loads config/ (same validation as the Kubernetes app) and keeps what the cloud stacks need. */
export function loadCloudTargets(options: LoadOptions = {}): CloudTargetInput[] {
  return loadPlatform(options).targets.map(cloudInput);
}

export interface StackSummary {
  readonly target: string;
  readonly resources: number;
  readonly dataSources: number;
  readonly outputs: number;
  readonly ms: number;
}

/** cdktf's own CommonJS module (not a namespace import, whose bindings are read-only): its export is replaced while stacks are built. */
const stackTraces = createRequire(__filename)('cdktf/lib/tokens/private/stack-trace') as {
  captureStackTrace: (below?: unknown) => string[];
};

/**
 * Runs `fn` with cdktf's token creation stacks off. cdktf captures a full stack trace for every
 * token it creates (every attribute reference: thousands per stack), only to quote it in the error
 * of a misused token; the capture and, with source maps on (tsx enables them), the mapping of each
 * frame were most of the CPU of a stack. Restored afterwards, so errors elsewhere keep both.
 */
export function withFastTokens<T>(fn: () => T): T {
  const sourceMaps = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled ?? false;
  const capture = stackTraces.captureStackTrace;
  process.setSourceMapsEnabled(false);
  stackTraces.captureStackTrace = () => [];
  try {
    return fn();
  } finally {
    stackTraces.captureStackTrace = capture;
    process.setSourceMapsEnabled(sourceMaps);
  }
}

/** One stack per target in a fresh App (no stack traces: the output stays byte-identical between runs). */
export function buildCloudApp(
  inputs: readonly CloudTargetInput[],
  outdir: string,
): { app: App; stacks: CloudStack[]; ms: Map<string, number> } {
  const app = new App({ outdir, stackTraces: false });
  const ms = new Map<string, number>();
  const stacks = inputs.map((input) => {
    const started = performance.now();
    const stack = new CloudStack(app, { model: cloudModel(input), platform: PLATFORMS[input.target.provider.cloud] });
    ms.set(input.target.name, performance.now() - started);
    return stack;
  });
  return { app, stacks, ms };
}

/** Progress of the cloud half, one event per step of each stack. */
export interface CloudProgress {
  readonly target: string;
  /** 1-based position of the stack and the number of stacks. */
  readonly index: number;
  readonly total: number;
  readonly phase: 'build' | 'synth' | 'done';
  /** With `done`. */
  readonly summary?: StackSummary;
}

export interface CloudFilesOptions {
  /** Scratch folder cdktf writes into (removed afterwards by the caller's staging). */
  readonly scratch: string;
  /**
   * The live cdktf.out/ of a partial synth: its manifest entries of the stacks not synthesized now
   * are kept, so the manifest keeps listing every stack on disk. @default none (full synth)
   */
  readonly keepOtherStacksOf?: string;
  readonly onProgress?: (event: CloudProgress) => void;
}

/** Files of cdktf.out/ (relative paths) and a summary per stack. */
export interface CloudFiles {
  readonly files: Map<string, string>;
  readonly summaries: StackSummary[];
}

export interface SynthesizedStack {
  readonly summary: StackSummary;
  readonly manifest: StackManifest;
}

/**
 * Builds one stack in an App of its own and writes `<outdir>/stacks/<target>/` (the steps of
 * `App.synth()` for that one stack, without its manifest.json): stacks share nothing (no cross-stack
 * reference; a member names its platform's resources), so each is built, written and dropped in
 * turn, with cdktf's token creation stacks off (docs/adr/0019-cdktf-stack-per-app.md).
 */
export function synthStack(
  input: CloudTargetInput,
  outdir: string,
  onPhase?: (phase: Exclude<CloudProgress['phase'], 'done'>) => void,
): SynthesizedStack {
  return withFastTokens(() => {
    onPhase?.('build');
    const started = performance.now();
    const app = new App({ outdir, stackTraces: false });
    const stack = new CloudStack(app, { model: cloudModel(input), platform: PLATFORMS[input.target.provider.cloud] });
    onPhase?.('synth');
    // CloudStack.prepareStack skips cdktf's preparing resolve (it only looks for references between stacks).
    stack.prepareStack();
    stack.synthesizer.synthesize({ outdir: app.outdir, skipValidation: app.skipValidation, manifest: app.manifest });
    const all = stack.node.findAll();
    return {
      summary: {
        target: stack.node.id,
        resources: all.filter((c) => c instanceof TerraformResource).length,
        dataSources: all.filter((c) => c instanceof TerraformDataSource).length,
        outputs: all.filter((c) => c instanceof TerraformOutput).length,
        ms: performance.now() - started,
      },
      manifest: app.manifest.stacks[stack.node.id],
    };
  });
}

/**
 * Synthesizes every stack, one after the other, each in an App of its own (synthStack: progress per
 * stack, memory holds one stack at a time), into `scratch`; writes one manifest.json listing them
 * all (cdktf's own Manifest: what an App of them all writes); returns the files, which the caller
 * stages and commits with dist/.
 */
export function synthCloudFiles(inputs: readonly CloudTargetInput[], options: CloudFilesOptions): CloudFiles {
  fs.mkdirSync(options.scratch, { recursive: true });
  // The version an App records (cdktf's package.json), read from a throwaway App as cdktf itself does.
  const manifest = new Manifest(new App({ outdir: options.scratch, stackTraces: false }).manifest.version, options.scratch, false);
  const summaries: StackSummary[] = [];
  inputs.forEach((input, i) => {
    const event = { target: input.target.name, index: i + 1, total: inputs.length };
    const stack = synthStack(input, options.scratch, (phase) => options.onProgress?.({ ...event, phase }));
    manifest.stacks[stack.summary.target] = stack.manifest;
    summaries.push(stack.summary);
    options.onProgress?.({ ...event, phase: 'done', summary: stack.summary });
  });
  if (options.keepOtherStacksOf) keepOtherStacks(manifest.stacks, options.keepOtherStacksOf);
  manifest.writeToFile();
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(options.scratch, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else files.set(child, fs.readFileSync(path.join(options.scratch, child), 'utf8'));
    }
  };
  walk('');
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), summaries };
}

/** Manifest entries of stacks still on disk in `liveDir` that this synth does not replace. */
function keepOtherStacks(stacks: Record<string, unknown>, liveDir: string): void {
  const file = path.join(liveDir, 'manifest.json');
  if (!fs.existsSync(file)) return;
  let previous: { stacks?: Record<string, unknown> };
  try {
    previous = JSON.parse(fs.readFileSync(file, 'utf8')) as { stacks?: Record<string, unknown> };
  } catch {
    return;
  }
  for (const [name, entry] of Object.entries(previous.stacks ?? {})) {
    if (!(name in stacks) && fs.existsSync(path.join(liveDir, 'stacks', name, 'cdk.tf.json'))) stacks[name] = entry;
  }
}
