/**
 * Synthetic fleets for `npm run bench -- --fleet`: N tenants of the usual tier mix (TIER_MIX) on
 * one target, ENTERPRISE ones dedicated (3 %: one member cluster each), the rest shared and
 * sharded over 64 virtual shards, mapped to as many shared clusters as their quotas need (pools
 * of 16-vCPU machines). Everything goes into a data dir (tenants.yaml + overrides/<target>.yaml),
 * so config/ is never touched. Address blocks are pinned the way the model's error message asks
 * (the next free block) where two members' hashed blocks collide, as an operator would.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import type { Cloud } from '../../config/types';
import { DEFAULT_TENANCY, fnv1a } from '../../lib/model/fleet';
import { parseCidr } from '../../lib/k8s/cidr';
import { generateTenants, type TenantEntry } from '../../lib/model/synthetic-tenants';
import { targetByName } from '../../lib/model/targets';

/** Virtual shards of a bench fleet: 10,000 tenants give about 2,800 objects per shard Application. */
export const FLEET_SHARDS = 64;
/**
 * Shared tenants one shared cluster of the bench is sized for: within its pools at the default
 * overcommit, and within the thousand Azure private endpoints (one per tenant vault) of its block.
 */
export const TENANTS_PER_SHARED_CLUSTER = 900;

const BIG_MACHINE: Readonly<Record<Cloud, string>> = { azure: 'Standard_D16s_v3', aws: 'm5.4xlarge', gcp: 'e2-standard-16' };

export interface FleetData {
  readonly tenantsYaml: string;
  /** `config/overrides/<target>.yaml` text: the target's tenancy settings. */
  readonly overridesYaml: string;
  readonly dedicated: number;
  readonly sharedClusters: number;
}

type Entry = TenantEntry & { placement?: 'shared' | 'dedicated'; networkSlot?: number };

export function generateFleet(options: { count: number; target: string; seed?: number }): FleetData {
  const target = targetByName(options.target);
  const tenants: Entry[] = generateTenants({ count: options.count, targets: [options.target], seed: options.seed }).map((t) =>
    t.tier === 'PROFESSIONAL' ? { ...t, placement: 'shared' } : t,
  );
  const shared = tenants.filter((t) => t.tier !== 'ENTERPRISE').length;
  // Whole shards per cluster, each about shared / FLEET_SHARDS tenants.
  const perCluster = Math.max(1, Math.min(FLEET_SHARDS, Math.floor((FLEET_SHARDS * TENANTS_PER_SHARED_CLUSTER) / Math.max(1, shared))));
  const clusters = Math.ceil(FLEET_SHARDS / perCluster);
  const sharedClusters = Array.from({ length: clusters }, (_, i) => ({
    name: `shared-${i + 1}`,
    shards: [`${i * perCluster}-${Math.min(FLEET_SHARDS, (i + 1) * perCluster) - 1}`],
    pools: {
      playground: { machineType: BIG_MACHINE[target.provider.cloud], max: 100 },
      dataplane: { machineType: BIG_MACHINE[target.provider.cloud], max: 100 },
    },
  }));
  // Address blocks: the hashed one, or the next free one where it is taken (tenants.yaml networkSlot).
  const { supernet, blockPrefix } = DEFAULT_TENANCY.memberNetwork;
  const blocks = 2 ** (blockPrefix - parseCidr(supernet).prefix);
  const taken = new Set<number>();
  const slotFor = (member: string): number | undefined => {
    const hashed = fnv1a(`network/${member}`) % blocks;
    let slot = hashed;
    while (taken.has(slot)) slot = (slot + 1) % blocks;
    taken.add(slot);
    return slot === hashed ? undefined : slot;
  };
  const pinnedClusters = sharedClusters.map((c) => {
    const slot = slotFor(c.name);
    return slot === undefined ? c : { ...c, networkSlot: slot };
  });
  const withSlots = tenants.map((t) => {
    if (t.tier !== 'ENTERPRISE') return t;
    const slot = slotFor(t.slug);
    return slot === undefined ? t : { ...t, networkSlot: slot };
  });
  const tenancy = { virtualShards: FLEET_SHARDS, sharedClusters: pinnedClusters };
  return {
    tenantsYaml: `# synthetic fleet of apps/bench (${tenants.length} tenants)\n${yaml.dump({ tenants: withSlots }, { noRefs: true, lineWidth: -1 })}`,
    overridesYaml: yaml.dump({ settings: { tenancy } }, { noRefs: true, lineWidth: -1 }),
    dedicated: tenants.length - shared,
    sharedClusters: clusters,
  };
}

/**
 * `config/overrides/<target>.yaml` of the single-cluster bench (tenant counts): every tenant in the
 * platform cluster, 64 shards so no shard Application passes the object limit, and capacity not
 * checked (it measures rendering, not placement).
 */
export function singleClusterOverrides(): string {
  return yaml.dump({ settings: { tenancy: { forceShared: true, virtualShards: FLEET_SHARDS, quotaOvercommit: 1e6 } } }, { lineWidth: -1 });
}

/** One fleet size of `npm run bench -- --fleet`: a full synth (manifests and every stack) in a fresh process tree. */
export interface FleetResult {
  readonly tenants: number;
  /** Member clusters: dedicated ones (one per ENTERPRISE tenant) and shared ones. */
  readonly dedicated: number;
  readonly sharedClusters: number;
  /** Every cluster rendered: the platform cluster and its members. */
  readonly clusters: number;
  readonly status: 'ok' | 'failed' | 'timed out';
  readonly wallMs: number;
  readonly cpuMs: number | null;
  readonly peakRssMb: number | null;
  /** CPU per cluster of this size. */
  readonly cpuPerClusterMs: number | null;
  /** The most objects any folder an Application syncs holds (read back from the written dist/). */
  readonly maxObjectsPerApplication: number | null;
  readonly stacks: number | null;
  readonly error?: string;
}

/** Objects per folder of a written dist/ (YAML documents of the files directly in it), largest first. */
export function largestFolder(dist: string): number {
  let largest = 0;
  const walk = (dir: string): void => {
    let count = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml')) {
        const text = fs.readFileSync(full, 'utf8');
        if (text.trim()) count += 1 + (text.match(/^---$/gm)?.length ?? 0);
      }
    }
    largest = Math.max(largest, count);
  };
  walk(dist);
  return largest;
}

export interface FleetBenchOptions {
  readonly sizes: readonly number[];
  readonly target: string;
  readonly work: string;
  readonly timeoutMs: number;
  /** Runs a command and measures it (apps/bench/measure.ts runMeasured). */
  readonly run: (
    label: string,
    args: readonly string[],
    env: Readonly<Record<string, string>>,
  ) => {
    exitCode: number | null;
    timedOut: boolean;
    wallMs: number;
    cpuMs: number | null;
    peakRssMb: number | null;
    stdout: string;
    stderr: string;
  };
}

/** Full synth of each fleet size into its own data dir (tenants.yaml + overrides), then read back. */
export function runFleetBench(options: FleetBenchOptions): FleetResult[] {
  return options.sizes.map((count) => {
    const dataDir = path.join(options.work, `fleet-${count}`);
    fs.mkdirSync(path.join(dataDir, 'overrides'), { recursive: true });
    const fleet = generateFleet({ count, target: options.target });
    fs.writeFileSync(path.join(dataDir, 'tenants.yaml'), fleet.tenantsYaml);
    fs.writeFileSync(path.join(dataDir, 'overrides', `${options.target}.yaml`), fleet.overridesYaml);
    const dist = path.join(dataDir, 'dist');
    const cdktf = path.join(dataDir, 'cdktf.out');
    const m = options.run(
      `fleet ${count} tenants`,
      ['apps/synth.ts', '--target', options.target, '--data-dir', dataDir, '--out', dist, '--quiet'],
      { CDKTF_OUTDIR: cdktf },
    );
    const clusters = 1 + fleet.dedicated + fleet.sharedClusters;
    const ok = m.exitCode === 0 && !m.timedOut;
    const result: FleetResult = {
      tenants: count,
      dedicated: fleet.dedicated,
      sharedClusters: fleet.sharedClusters,
      clusters,
      status: ok ? 'ok' : m.timedOut ? 'timed out' : 'failed',
      wallMs: m.wallMs,
      cpuMs: m.cpuMs,
      peakRssMb: m.peakRssMb,
      cpuPerClusterMs: ok && m.cpuMs !== null ? m.cpuMs / clusters : null,
      maxObjectsPerApplication: ok ? largestFolder(dist) : null,
      stacks: ok ? fs.readdirSync(path.join(cdktf, 'stacks')).length : null,
      ...(ok ? {} : { error: `${m.stdout}\n${m.stderr}`.trim().split('\n').slice(-12).join('\n') }),
    };
    fs.rmSync(dist, { recursive: true, force: true });
    fs.rmSync(cdktf, { recursive: true, force: true });
    return result;
  });
}

const n = (v: number | null | undefined, digits = 0): string =>
  v === null || v === undefined ? '-' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The fleet table: one row per size. */
export function fleetTable(results: readonly FleetResult[]): string {
  const rows = [
    '| tenants | clusters (dedicated + shared + platform) | stacks | wall ms | CPU ms | peak RSS MB | CPU ms / cluster | most objects in one Application |',
    '| ------: | ---------------------------------------- | -----: | ------: | -----: | ----------: | ---------------: | ------------------------------: |',
    ...results.map(
      (r) =>
        `| ${n(r.tenants)} | ${r.clusters} (${r.dedicated} + ${r.sharedClusters} + 1) | ${n(r.stacks)} | ${n(r.wallMs)} | ${n(r.cpuMs)} | ${n(r.peakRssMb)} | ${n(r.cpuPerClusterMs)} | ${n(r.maxObjectsPerApplication)} |`,
    ),
  ];
  return rows.join('\n');
}

/** The fleet budgets: 60 s and 2 GB for 10,000 tenants, constant cost per cluster (30 to 300 clusters), the object limit. */
export function fleetBudgets(
  results: readonly FleetResult[],
  objectLimit = DEFAULT_TENANCY.maxObjectsPerApplication,
): Array<{
  name: string;
  limit: string;
  measured: string;
  holds: boolean | null;
}> {
  const ok = results.filter((r) => r.status === 'ok');
  const largest = ok.find((r) => r.tenants === Math.max(...results.map((x) => x.tenants)));
  const smallest = ok.find((r) => r.tenants === Math.min(...results.map((x) => x.tenants)));
  const growth =
    largest?.cpuPerClusterMs && smallest?.cpuPerClusterMs && largest !== smallest
      ? largest.cpuPerClusterMs / smallest.cpuPerClusterMs
      : null;
  const most = ok.length > 0 ? Math.max(...ok.map((r) => r.maxObjectsPerApplication ?? 0)) : null;
  const within = (v: number | null | undefined, limit: number) => (v === null || v === undefined ? null : v <= limit);
  return [
    {
      name: `${n(largest?.tenants)} tenants: full synth wall`,
      limit: '60000 ms',
      measured: `${n(largest?.wallMs)} ms`,
      holds: within(largest?.wallMs, 60_000),
    },
    {
      name: `${n(largest?.tenants)} tenants: peak RSS (largest process)`,
      limit: '2048 MB',
      measured: `${n(largest?.peakRssMb)} MB`,
      holds: within(largest?.peakRssMb, 2048),
    },
    {
      name: `CPU per cluster, ${largest?.clusters ?? '-'} vs ${smallest?.clusters ?? '-'} clusters`,
      limit: '1.3x',
      measured: `${n(growth, 2)}x`,
      holds: within(growth, 1.3),
    },
    { name: 'objects of one Application', limit: String(objectLimit), measured: n(most), holds: within(most, objectLimit) },
  ];
}
