import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { COMPONENTS } from '../../config/components';
import { BASE_SETTINGS, ENVIRONMENT_OVERLAYS, OPEN_PATHS, OPTIONAL_PATHS } from '../../config/environments';
import { KAFKA_TOPICS } from '../../config/kafka-topics';
import { applyOverlay, OverlayError } from './overlay';
import { TARGETS } from '../../config/targets';
import { ModelError } from './errors';
import { loadTenants } from './tenants';
import type { ClusterFleet, PlatformSpec, ResolvedTarget, TargetSpec, Tenant } from '../../config/types';
import { validateSpec } from './validate';
import { resolveIdentities } from './outputs';
import { capacityProblems, defaultFleet, memberComponents, memberIdentityNames, memberTarget, planFleet, tenancyOf } from './fleet';

export { ModelError } from './errors';

/** Repository folder holding config/ (resolved from this file, never from the working directory). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, 'config');

export interface LoadOptions {
  /**
   * Folder with the data files: `tenants.yaml` and optional `overrides/<environment>.yaml` and
   * `overrides/<target>.yaml` (Helm-style value files applied after the TypeScript overlays).
   * @default config/ (or $MATIH_DATA_DIR)
   */
  readonly dataDir?: string;
  /** Render only these targets. @default every target */
  readonly targets?: readonly string[];
}

export interface PlatformModel {
  readonly dataDir: string;
  readonly tenantsFile: string;
  readonly targets: readonly ResolvedTarget[];
}

/** A path as users see it in messages: relative to the repository when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(REPO_ROOT, file);
  return relative.startsWith('..') ? file : relative;
}

export function resolveDataDir(dataDir?: string): string {
  return path.resolve(dataDir ?? process.env.MATIH_DATA_DIR ?? DEFAULT_DATA_DIR);
}

function readOverrideFile(file: string): unknown {
  let data: unknown;
  try {
    data = yaml.load(fs.readFileSync(file, 'utf8'), { filename: file });
  } catch (error) {
    throw new ModelError(displayPath(file), [`YAML syntax error: ${(error as Error).message.split('\n')[0]}`]);
  }
  return data ?? {};
}

/** The data-file override layers of a target, in the order they apply. */
function dataLayers(target: TargetSpec, dataDir: string): Array<{ file: string; overlay: unknown }> {
  const layers: Array<{ file: string; overlay: unknown }> = [];
  for (const name of [target.environment, target.name]) {
    const overrideFile = path.join(dataDir, 'overrides', `${name}.yaml`);
    if (fs.existsSync(overrideFile)) layers.push({ file: displayPath(overrideFile), overlay: readOverrideFile(overrideFile) });
  }
  return layers;
}

/** True when `overlay` sets `keyPath` (dot-separated, `[i]` indexes ignored) or a prefix of it. */
function setsPath(overlay: unknown, keyPath: string): boolean {
  let node = overlay;
  let matched = 0;
  for (const part of keyPath.replace(/\[\d+\]/g, '').split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) break;
    node = (node as Record<string, unknown>)[part];
    matched++;
  }
  // components.<name> alone is too coarse: the override must reach the field the problem names.
  return matched >= Math.min(3, keyPath.split('.').length);
}

/**
 * A model error of the merged spec, re-addressed to the data file that set the offending key: the
 * problem names `overrides/<env>.yaml`, not just the target, when an override caused it.
 */
function attributeToDataFiles(
  error: ModelError,
  target: TargetSpec,
  layers: ReadonlyArray<{ file: string; overlay: unknown }>,
): ModelError {
  const files = new Set<string>();
  const problems = error.problems.map((problem) => {
    const keyPath = problem.slice(0, problem.indexOf(': '));
    const layer = [...layers].reverse().find((l) => setsPath(l.overlay, keyPath));
    if (!layer) return problem;
    files.add(layer.file);
    return `${problem} (set in ${layer.file})`;
  });
  if (files.size === 0) return error;
  return new ModelError(
    files.size === 1 && problems.every((p) => p.endsWith(`(set in ${[...files][0]})`))
      ? `${[...files][0]} (target ${target.name})`
      : error.file,
    problems,
  );
}

/**
 * The merged spec of one target: base, then its environment's overlay, then the data-file
 * overrides of `dataDir` (none when it is not given).
 */
export function resolveSpec(target: TargetSpec, dataDir?: string): PlatformSpec {
  const base: PlatformSpec = { settings: BASE_SETTINGS, components: COMPONENTS };
  const { file, overlay } = ENVIRONMENT_OVERLAYS[target.environment];
  const layers: Array<{ file: string; overlay: unknown }> = [
    { file, overlay },
    ...(dataDir === undefined ? [] : dataLayers(target, dataDir)),
  ];
  let spec = base;
  for (const layer of layers) {
    try {
      spec = applyOverlay(spec, layer.overlay, { file: layer.file, openPaths: OPEN_PATHS, optionalPaths: OPTIONAL_PATHS });
    } catch (error) {
      if (error instanceof OverlayError)
        throw new ModelError(error.file, [`${error.keyPath}: ${error.message.split(': ').slice(2).join(': ')}`]);
      throw error;
    }
  }
  return spec;
}

export function loadPlatform(options: LoadOptions = {}): PlatformModel {
  const dataDir = resolveDataDir(options.dataDir);
  const tenantsFile = path.join(dataDir, 'tenants.yaml');
  const knownTargets = TARGETS.map((t) => t.name);
  const requested = options.targets;
  // A member cluster is selected by its own name (`prod-azure-acme`) or with its platform target.
  const platformOf = (name: string): string | undefined =>
    knownTargets.includes(name) ? name : knownTargets.filter((t) => name.startsWith(`${t}-`)).sort((a, b) => b.length - a.length)[0];
  for (const name of requested ?? []) {
    if (!platformOf(name)) throw new ModelError('config/targets', [`unknown target "${name}"; known targets: ${knownTargets.join(', ')}`]);
  }
  const tenants = loadTenants(tenantsFile, knownTargets);
  const selected = TARGETS.filter((t) => !requested || requested.some((name) => platformOf(name) === t.name));
  const targets = selected.flatMap((target) => {
    const fleet = resolveFleet(target, dataDir, tenants, displayPath(tenantsFile));
    return requested && !requested.includes(target.name) ? fleet.filter((c) => requested.includes(c.target.name)) : fleet;
  });
  for (const name of requested ?? []) {
    if (!targets.some((t) => t.target.name === name))
      throw new ModelError('config/targets', [
        `unknown target "${name}": not a target, nor a member cluster of ${platformOf(name)} (${TARGETS.length} targets, members are <target>-<slug>)`,
      ]);
  }
  return { dataDir, tenantsFile, targets };
}

/** One cluster with the given tenants, outside any fleet plan (every tenant on it, hash shards). */
export function resolveTarget(target: TargetSpec, dataDir: string, tenants: readonly Tenant[]): ResolvedTarget {
  const spec = resolveValidSpec(target, dataDir);
  const onTarget = tenants.filter((t) => t.targets.includes(target.name));
  return {
    target,
    settings: spec.settings,
    components: enabledComponents(spec),
    tenants: onTarget,
    topics: KAFKA_TOPICS,
    identities: resolveIdentities(target, dataDir),
    fleet: defaultFleet(target, onTarget, tenancyOf(spec.settings.tenancy, target.name)),
  };
}

function resolveValidSpec(target: TargetSpec, dataDir: string): PlatformSpec {
  const spec = resolveSpec(target, dataDir);
  try {
    validateSpec(spec, target);
  } catch (error) {
    if (error instanceof ModelError) throw attributeToDataFiles(error, target, dataLayers(target, dataDir));
    throw error;
  }
  return spec;
}

function enabledComponents(spec: PlatformSpec): PlatformSpec['components'] {
  return Object.fromEntries(Object.entries(spec.components).filter(([, c]) => c.enabled));
}

/**
 * The clusters of a target's fleet: the platform cluster first, then each member cluster (a
 * dedicated tenant's, or an extra shared cluster), each a complete model the same features render.
 */
export function resolveFleet(target: TargetSpec, dataDir: string, tenants: readonly Tenant[], tenantsFile: string): ResolvedTarget[] {
  const spec = resolveValidSpec(target, dataDir);
  const tenancy = tenancyOf(spec.settings.tenancy, target.name);
  const onTarget = tenants.filter((t) => t.targets.includes(target.name));
  const plan = planFleet(target, tenancy, onTarget, tenantsFile);
  const components = enabledComponents(spec);
  const member = plan.members.length > 0 ? memberComponents(target, components) : { components: {}, endpoints: [] };
  const hosted = (cluster: string): Tenant[] =>
    onTarget.filter((t) => plan.places.get(t.slug)?.cluster === cluster || plan.retained.get(t.slug)?.cluster === cluster);
  const fleetOf = (cluster: string, role: ClusterFleet['role'], on: readonly Tenant[]): ClusterFleet => ({
    role,
    platform: target.name,
    tenantDomain: target.domain,
    shards: Object.fromEntries(
      on.map((t) => {
        const place = plan.places.get(t.slug)!.cluster === cluster ? plan.places.get(t.slug)! : plan.retained.get(t.slug)!;
        return [t.slug, place.shard];
      }),
    ),
    virtualShards: tenancy.virtualShards,
    maxObjectsPerApplication: tenancy.maxObjectsPerApplication,
    retained: on.filter((t) => plan.retained.get(t.slug)?.cluster === cluster).map((t) => t.slug),
    arriving: on.filter((t) => plan.places.get(t.slug)?.cluster === cluster && plan.retained.has(t.slug)).map((t) => t.slug),
    movingTo: Object.fromEntries(
      on.filter((t) => plan.retained.get(t.slug)?.cluster === cluster).map((t) => [t.slug, plan.places.get(t.slug)!.cluster]),
    ),
    members: role === 'platform' ? plan.members : plan.members.filter((m) => m.name === cluster),
    endpoints: member.endpoints,
  });
  const problems: string[] = [];
  const platformTenants = hosted(target.name);
  problems.push(...capacityProblems(target, platformTenants, tenancy));
  const clusters: ResolvedTarget[] = [
    {
      target,
      settings: spec.settings,
      components,
      tenants: platformTenants,
      topics: KAFKA_TOPICS,
      identities: resolveIdentities(target, dataDir),
      fleet: fleetOf(target.name, 'platform', platformTenants),
    },
  ];
  for (const m of plan.members) {
    const memberSpec = memberTarget(target, m, tenancy);
    const on = hosted(m.name);
    problems.push(...capacityProblems(memberSpec, on, tenancy));
    const identities = resolveIdentities(memberSpec, dataDir);
    const names = new Set(memberIdentityNames(member.components));
    clusters.push({
      target: memberSpec,
      settings: spec.settings,
      components: member.components,
      tenants: on,
      topics: KAFKA_TOPICS,
      identities: Object.fromEntries(Object.entries(identities).filter(([name]) => names.has(name))),
      fleet: fleetOf(m.name, m.kind, on),
    });
  }
  if (problems.length > 0) throw new ModelError(`${tenantsFile} (target ${target.name})`, problems);
  return clusters;
}
