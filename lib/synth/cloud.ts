import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { App, Manifest, type StackManifest, TerraformDataSource, TerraformOutput, TerraformResource } from 'cdktf';
import { loadPlatform, type LoadOptions } from '../model/load';
import { federatedIdentities } from '../clouds';
import { targetByName } from '../../config/targets';
import type { Cloud, CloudSettings, ResolvedTarget, TargetSpec, Tenant } from '../../config/types';
import { fleetOf, memberIdentityNames, memberTarget, tenancyOf } from '../model/fleet';
import type { CloudFleet } from '../../constructs/cloud/common/model';
import { awsPlatform } from '../../constructs/cloud/aws';
import { azurePlatform } from '../../constructs/cloud/azure';
import type { CloudModel, CloudPlatform } from '../../constructs/cloud/common/model';
import { CloudStack } from '../../constructs/cloud/common/stack';
import { gcpPlatform } from '../../constructs/cloud/gcp';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** cdktf output folder: `$CDKTF_OUTDIR` (set by `cdktf synth`) or cdktf.out/, against the repo root. */
export function cloudOutDir(): string {
  return path.resolve(REPO_ROOT, process.env.CDKTF_OUTDIR ?? 'cdktf.out');
}

export const PLATFORMS: Readonly<Record<Cloud, CloudPlatform>> = { azure: azurePlatform, aws: awsPlatform, gcp: gcpPlatform };

/** The part of a resolved target the cloud side needs. */
export interface CloudTargetInput {
  readonly target: TargetSpec;
  readonly tenants: readonly Tenant[];
  /** The environment's cloud settings (`settings.cloud` after overlays). */
  readonly settings: CloudSettings;
  /** The cluster's place in its fleet. @default a platform cluster without members */
  readonly fleet?: CloudFleet;
  /** Identities of config/identities.ts the cluster needs (a member runs no control plane). @default all */
  readonly identityNames?: readonly string[];
}

export function cloudModel(input: CloudTargetInput): CloudModel {
  const names = input.identityNames;
  return {
    target: input.target,
    tenants: input.tenants,
    identities: federatedIdentities(input.tenants).filter((i) => i.tenant !== undefined || !names || names.includes(i.name)),
    settings: input.settings,
    ...(input.fleet ? { fleet: input.fleet } : {}),
  };
}

/** The cloud side's view of a cluster of the model: its fleet role, platform, members and endpoints. */
export function cloudInput(cluster: ResolvedTarget): CloudTargetInput {
  const fleet = fleetOf(cluster);
  const platform = fleet.role === 'platform' ? cluster.target : targetByName(fleet.platform);
  const tenancy = tenancyOf(cluster.settings.tenancy, cluster.target.name);
  return {
    target: cluster.target,
    tenants: cluster.tenants,
    settings: cluster.settings.cloud,
    fleet: {
      role: fleet.role,
      platform,
      tenantDomain: fleet.tenantDomain,
      arriving: fleet.arriving ?? [],
      members: fleet.role === 'platform' ? fleet.members.map((m) => memberTarget(cluster.target, m, tenancy)) : [],
      endpoints: fleet.endpoints,
    },
    ...(fleet.role === 'platform' ? {} : { identityNames: memberIdentityNames(cluster.components) }),
  };
}

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

export interface SynthesizedStack {
  readonly summary: StackSummary;
  readonly manifest: StackManifest;
  /** cdktf version recorded in manifest.json. */
  readonly version: string;
}

/**
 * Builds one stack in an App of its own and writes `<outdir>/stacks/<target>/`: stacks share
 * nothing (no cross-stack reference; a member names its platform's resources), so each can be
 * built, written and dropped in turn, in any process. manifest.json is written by writeManifest.
 */
export function synthStack(input: CloudTargetInput, outdir: string): SynthesizedStack {
  return withFastTokens(() => {
    const started = performance.now();
    const { app, stacks } = buildCloudApp([input], outdir);
    app.synth();
    const stack = stacks[0];
    const all = stack.node.findAll();
    const manifest = app.manifest;
    return {
      summary: {
        target: stack.node.id,
        resources: all.filter((c) => c instanceof TerraformResource).length,
        dataSources: all.filter((c) => c instanceof TerraformDataSource).length,
        outputs: all.filter((c) => c instanceof TerraformOutput).length,
        ms: performance.now() - started,
      },
      manifest: manifest.stacks[stack.node.id],
      version: manifest.version,
    };
  });
}

/** manifest.json listing `stacks` (what cdktf's App writes for an app of them all). */
export function writeManifest(outdir: string, stacks: readonly SynthesizedStack[]): void {
  if (stacks.length === 0) return;
  const manifest = new Manifest(stacks[0].version, outdir, false);
  for (const s of stacks) manifest.stacks[s.summary.target] = s.manifest;
  manifest.writeToFile();
}

/** Builds and writes `<outdir>/stacks/<target>/cdk.tf.json` + manifest.json; returns a summary per stack. */
export function synthCloud(inputs: readonly CloudTargetInput[], outdir: string, allTargets: boolean): StackSummary[] {
  fs.mkdirSync(outdir, { recursive: true });
  if (allTargets) removeStaleStacks(outdir, new Set(inputs.map((i) => i.target.name)));
  const stacks = inputs.map((input) => synthStack(input, outdir));
  writeManifest(outdir, stacks);
  return stacks.map((s) => s.summary);
}

/** A removed target must not leave a deployable stack behind. */
function removeStaleStacks(outdir: string, keep: ReadonlySet<string>): void {
  const stacksDir = path.join(outdir, 'stacks');
  if (!fs.existsSync(stacksDir)) return;
  for (const entry of fs.readdirSync(stacksDir)) {
    if (!keep.has(entry) && fs.existsSync(path.join(stacksDir, entry, 'cdk.tf.json')))
      fs.rmSync(path.join(stacksDir, entry), { recursive: true, force: true });
  }
}
