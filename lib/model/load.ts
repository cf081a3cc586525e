import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { COMPONENTS } from '../../config/components';
import { BASE_SETTINGS, ENVIRONMENT_OVERLAYS, LEAF_TYPES, OPEN_PATHS, OPTIONAL_PATHS } from '../../config/environments';
import { KAFKA_TOPICS } from '../../config/kafka-topics';
import { applyOverlay, OverlayError } from './overlay';
import { TARGETS } from '../../config/targets';
import { ModelError, type ModelWarning } from './errors';
import { loadTenants } from './tenants';
import { type ClusterFleet, ENVIRONMENTS, type PlatformSpec, type ResolvedTarget, type TargetSpec, type Tenant } from '../../config/types';
import { closestKey } from './suggest';
import { validateSpec } from './validate';
import { withDatasourcePools } from './datasource';
import { resolveIdentities } from './outputs';
import { needsAddOn } from '../clouds';
import { capacityProblems, defaultFleet, memberComponents, memberIdentityNames, memberTarget, planFleet, tenancyOf } from './fleet';

export { InputError, ModelError, type ModelWarning } from './errors';

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
  /** Problems that do not stop a run (each once, in a stable order). */
  readonly warnings: readonly ModelWarning[];
}

/** A path as users see it in messages: relative to the repository when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(REPO_ROOT, file);
  return relative.startsWith('..') ? file : relative;
}

function resolveDataDir(dataDir?: string): string {
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

/** The override file names a data folder may hold: one per environment and one per target. */
function allowedOverrideFiles(): string[] {
  return [...ENVIRONMENTS, ...TARGETS.map((t) => t.name)].map((n) => `${n}.yaml`);
}

/**
 * Every entry of `<dataDir>/overrides/` must be an override file of an environment or target:
 * `production.yaml` or `prod.yml` would otherwise be ignored without a word.
 */
function checkOverrideFileNames(dataDir: string): void {
  const dir = path.join(dataDir, 'overrides');
  if (!fs.existsSync(dir)) return;
  const allowed = allowedOverrideFiles();
  const problems: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || (entry.isFile() && allowed.includes(entry.name))) continue;
    const hint = closestKey(entry.name.replace(/\.ya?ml$/, '.yaml'), allowed);
    problems.push(
      `${entry.name}: not an override file${hint ? ` (did you mean ${hint}?)` : ''}; allowed: ${allowed.join(', ')} (environment, then target)`,
    );
  }
  if (problems.length > 0) throw new ModelError(displayPath(dir), problems);
}

interface Layer {
  readonly file: string;
  readonly overlay: unknown;
  /** A YAML data file (types checked leaf by leaf) rather than a typed TypeScript overlay. */
  readonly data: boolean;
}

/** The data-file override layers of a target, in the order they apply. */
function dataLayers(target: TargetSpec, dataDir: string): Layer[] {
  const layers: Layer[] = [];
  for (const name of [target.environment, target.name]) {
    const overrideFile = path.join(dataDir, 'overrides', `${name}.yaml`);
    if (fs.existsSync(overrideFile)) layers.push({ file: displayPath(overrideFile), overlay: readOverrideFile(overrideFile), data: true });
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
function attributeToDataFiles(error: ModelError, target: TargetSpec, layers: readonly Layer[]): ModelError {
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

function specLayers(target: TargetSpec, dataDir?: string): Layer[] {
  const { file, overlay } = ENVIRONMENT_OVERLAYS[target.environment];
  return [{ file, overlay, data: false }, ...(dataDir === undefined ? [] : dataLayers(target, dataDir))];
}

/**
 * The merged spec of one target: base, then its environment's overlay, then the data-file
 * overrides of `dataDir` (none when it is not given). Unvalidated, and without the values the model derives
 * from settings once it is valid (datasource pools: lib/model/datasource.ts).
 */
export function resolveSpec(target: TargetSpec, dataDir?: string): PlatformSpec {
  return mergeLayers(specLayers(target, dataDir));
}

function mergeLayers(layers: readonly Layer[]): PlatformSpec {
  let spec: PlatformSpec = { settings: BASE_SETTINGS, components: COMPONENTS };
  for (const layer of layers) {
    try {
      spec = applyOverlay(spec, layer.overlay, {
        file: layer.file,
        openPaths: OPEN_PATHS,
        optionalPaths: OPTIONAL_PATHS,
        nullOnlyWhereOptional: true,
        checkTypes: layer.data,
        leafTypes: LEAF_TYPES,
      });
    } catch (error) {
      if (error instanceof OverlayError)
        throw new ModelError(error.file, [`${error.keyPath}: ${error.message.slice(`${error.file}: ${error.keyPath}: `.length)}`]);
      throw error;
    }
  }
  return spec;
}

/**
 * Values an overlay sets that the merged model then ignores: a `replicas` of a service whose
 * HorizontalPodAutoscaler owns the replica count.
 */
function hiddenValues(spec: PlatformSpec, layers: readonly Layer[]): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  for (const layer of layers) {
    const components = (layer.overlay as { components?: Record<string, unknown> } | null)?.components ?? {};
    for (const [name, overlay] of Object.entries(components)) {
      const replicas = (overlay as { replicas?: unknown } | null)?.replicas;
      const c = spec.components[name];
      if (replicas === undefined || replicas === null || c?.kind !== 'service' || !c.enabled || !c.autoscaling) continue;
      warnings.push({
        file: layer.file,
        message: `components.${name}.replicas: ${JSON.stringify(replicas)} has no effect: its HorizontalPodAutoscaler (autoscaling.minReplicas ${c.autoscaling.minReplicas}, maxReplicas ${c.autoscaling.maxReplicas}) owns the replica count; set autoscaling.minReplicas, or autoscaling: null for a fixed count`,
      });
    }
  }
  return warnings;
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
    if (!platformOf(name)) {
      const hint = closestKey(name, knownTargets);
      throw new ModelError('config/targets', [
        `unknown target "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; known targets: ${knownTargets.join(', ')}`,
      ]);
    }
  }
  checkOverrideFileNames(dataDir);
  const tenants = loadTenants(tenantsFile, knownTargets);
  const selected = TARGETS.filter((t) => !requested || requested.some((name) => platformOf(name) === t.name));
  const warnings = new Map<string, ModelWarning>();
  const targets = selected.flatMap((target) => {
    const fleet = resolveFleetWithWarnings(target, dataDir, tenants, displayPath(tenantsFile));
    for (const w of fleet.warnings) warnings.set(`${w.file}\u0000${w.message}`, w);
    return requested && !requested.includes(target.name) ? fleet.clusters.filter((c) => requested.includes(c.target.name)) : fleet.clusters;
  });
  for (const name of requested ?? []) {
    if (!targets.some((t) => t.target.name === name))
      throw new ModelError('config/targets', [
        `unknown target "${name}": not a target, nor a member cluster of ${platformOf(name)} (${TARGETS.length} targets, members are <target>-<slug>)`,
      ]);
  }
  return { dataDir, tenantsFile, targets, warnings: [...warnings.values()] };
}

/** One cluster with the given tenants, outside any fleet plan (every tenant on it, hash shards). */
export function resolveTarget(target: TargetSpec, dataDir: string, tenants: readonly Tenant[]): ResolvedTarget {
  const { spec } = resolveValidSpec(target, dataDir);
  const onTarget = tenants.filter((t) => t.targets.includes(target.name));
  return {
    target,
    settings: spec.settings,
    components: enabledComponents(spec.components, target),
    tenants: onTarget,
    topics: KAFKA_TOPICS,
    identities: resolveIdentities(target, dataDir),
    fleet: defaultFleet(target, onTarget, tenancyOf(spec.settings.tenancy, target.name)),
  };
}

/** The merged and validated spec of a target, with the warnings of its layers. */
function resolveValidSpec(target: TargetSpec, dataDir: string): { spec: PlatformSpec; warnings: ModelWarning[] } {
  const layers = specLayers(target, dataDir);
  const spec = mergeLayers(layers);
  try {
    validateSpec(spec, target);
  } catch (error) {
    if (error instanceof ModelError) throw attributeToDataFiles(error, target, layers.slice(1));
    throw error;
  }
  return { spec: withDatasourcePools(spec), warnings: hiddenValues(spec, layers) };
}

/** The enabled components of a cluster; a node add-on the cloud runs itself (or no pool needs) is left out like a disabled one. */
function enabledComponents(components: PlatformSpec['components'], cluster: TargetSpec): PlatformSpec['components'] {
  return Object.fromEntries(
    Object.entries(components).filter(([, c]) => c.enabled && !(c.kind === 'chart' && c.cloudAddOn && !needsAddOn(cluster, c.cloudAddOn))),
  );
}

/**
 * The clusters of a target's fleet: the platform cluster first, then each member cluster (a
 * dedicated tenant's, or an extra shared cluster), each a complete model the same features render.
 */
function resolveFleetWithWarnings(
  target: TargetSpec,
  dataDir: string,
  tenants: readonly Tenant[],
  tenantsFile: string,
): { clusters: ResolvedTarget[]; warnings: ModelWarning[] } {
  const { spec, warnings } = resolveValidSpec(target, dataDir);
  const tenancy = tenancyOf(spec.settings.tenancy, target.name);
  const onTarget = tenants.filter((t) => t.targets.includes(target.name));
  const plan = planFleet(target, tenancy, onTarget, tenantsFile);
  // The data plane is chosen from every enabled component: a member's own pools decide its node add-ons below.
  const member =
    plan.members.length > 0 ? memberComponents(target, enabledComponents(spec.components, target)) : { components: {}, endpoints: [] };
  // The tenants of each cluster, grouped in one pass (a tenant moving between clusters is on both until it has moved).
  const byCluster = new Map<string, Tenant[]>();
  const host = (cluster: string, t: Tenant): void => {
    const on = byCluster.get(cluster);
    if (on) on.push(t);
    else byCluster.set(cluster, [t]);
  };
  for (const t of onTarget) {
    const placed = plan.places.get(t.slug)?.cluster;
    const retainedOn = plan.retained.get(t.slug)?.cluster;
    if (placed !== undefined) host(placed, t);
    if (retainedOn !== undefined && retainedOn !== placed) host(retainedOn, t);
  }
  const hosted = (cluster: string): Tenant[] => byCluster.get(cluster) ?? [];
  const fleetOf = (cluster: string, role: ClusterFleet['role'], on: readonly Tenant[], members: ClusterFleet['members']): ClusterFleet => ({
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
    members,
    endpoints: member.endpoints,
  });
  const problems: string[] = [];
  const platformTenants = hosted(target.name);
  problems.push(...capacityProblems(target, platformTenants, tenancy));
  const clusters: ResolvedTarget[] = [
    {
      target,
      settings: spec.settings,
      components: enabledComponents(spec.components, target),
      tenants: platformTenants,
      topics: KAFKA_TOPICS,
      identities: resolveIdentities(target, dataDir),
      fleet: fleetOf(target.name, 'platform', platformTenants, plan.members),
    },
  ];
  const names = new Set(memberIdentityNames(member.components));
  for (const m of plan.members) {
    const memberSpec = memberTarget(target, m, tenancy);
    const on = hosted(m.name);
    problems.push(...capacityProblems(memberSpec, on, tenancy));
    const identities = resolveIdentities(memberSpec, dataDir);
    clusters.push({
      target: memberSpec,
      settings: spec.settings,
      components: enabledComponents(member.components, memberSpec),
      tenants: on,
      topics: KAFKA_TOPICS,
      identities: Object.fromEntries(Object.entries(identities).filter(([name]) => names.has(name))),
      fleet: fleetOf(m.name, m.kind, on, [m]),
    });
  }
  if (problems.length > 0) throw new ModelError(`${tenantsFile} (target ${target.name})`, problems);
  return { clusters, warnings };
}
