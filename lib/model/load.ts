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
import type { PlatformSpec, ResolvedTarget, TargetSpec, Tenant } from '../../config/types';
import { validateSpec } from './validate';
import { resolveIdentities } from './outputs';
import { needsAddOn } from '../clouds';

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
  for (const name of options.targets ?? []) {
    if (!knownTargets.includes(name))
      throw new ModelError('config/targets', [`unknown target "${name}"; known targets: ${knownTargets.join(', ')}`]);
  }
  const tenants = loadTenants(tenantsFile, knownTargets);
  const selected = TARGETS.filter((t) => !options.targets || options.targets.includes(t.name));
  const targets = selected.map((target) => resolveTarget(target, dataDir, tenants));
  return { dataDir, tenantsFile, targets };
}

export function resolveTarget(target: TargetSpec, dataDir: string, tenants: readonly Tenant[]): ResolvedTarget {
  const spec = resolveSpec(target, dataDir);
  try {
    validateSpec(spec, target);
  } catch (error) {
    if (error instanceof ModelError) throw attributeToDataFiles(error, target, dataLayers(target, dataDir));
    throw error;
  }
  // A node add-on the cloud runs itself (or no pool needs) is left out like a disabled component.
  const components = Object.fromEntries(
    Object.entries(spec.components).filter(
      ([, c]) => c.enabled && !(c.kind === 'chart' && c.cloudAddOn && !needsAddOn(target, c.cloudAddOn)),
    ),
  );
  return {
    target,
    settings: spec.settings,
    components,
    tenants: tenants.filter((t) => t.targets.includes(target.name)),
    topics: KAFKA_TOPICS,
    identities: resolveIdentities(target, dataDir),
  };
}
