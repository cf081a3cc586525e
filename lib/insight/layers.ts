/**
 * Replays the layers of a target's spec (base catalog, environment overlay, data-file overrides)
 * and tells, for one model key path, which layer set it last and to what.
 */
import { CONTROL_PLANE } from '../../config/components/control-plane';
import { DATA_INFRASTRUCTURE } from '../../config/components/data-infrastructure';
import { DATA_PLANE } from '../../config/components/data-plane';
import { FRONTENDS } from '../../config/components/frontends';
import { ML_INFRASTRUCTURE } from '../../config/components/ml-infrastructure';
import { OBSERVABILITY } from '../../config/components/observability';
import { NODE_AGENTS } from '../../config/components/node-agents';
import { OPERATORS } from '../../config/components/operators';
import { COMPONENTS } from '../../config/components';
import { BASE_SETTINGS, ENVIRONMENT_OVERLAYS } from '../../config/environments';
import type { TargetSpec } from '../../config/types';

/** Which catalog file defines each component (a component missing here is reported as defined in index.ts). */
const CATALOG_FILES: ReadonlyArray<[string, Readonly<Record<string, unknown>>]> = [
  ['config/components/operators.ts', OPERATORS],
  ['config/components/node-agents.ts', NODE_AGENTS],
  ['config/components/observability.ts', OBSERVABILITY],
  ['config/components/data-infrastructure.ts', DATA_INFRASTRUCTURE],
  ['config/components/ml-infrastructure.ts', ML_INFRASTRUCTURE],
  ['config/components/control-plane.ts', CONTROL_PLANE],
  ['config/components/data-plane.ts', DATA_PLANE],
  ['config/components/frontends.ts', FRONTENDS],
];

export function catalogFile(component: string): string {
  return CATALOG_FILES.find(([, group]) => component in group)?.[0] ?? 'config/components/index.ts';
}

/** One overlay applied on top of the base spec, in order. */
export interface SpecLayer {
  readonly file: string;
  readonly overlay: unknown;
}

/**
 * The overlays of a target after the base: its environment's TypeScript overlay, then
 * `overrides/<environment>.yaml` and `overrides/<target>.yaml` when given (parsed by the caller).
 */
export function specLayers(target: TargetSpec, overrides: ReadonlyArray<SpecLayer> = []): SpecLayer[] {
  const env = ENVIRONMENT_OVERLAYS[target.environment];
  return [{ file: env.file, overlay: env.overlay }, ...overrides];
}

interface KeyHistory {
  /** Base file and value (undefined when the base lacks the key). */
  readonly base: { readonly file: string; readonly value: unknown };
  /** Every overlay that set (or removed, value undefined) the key or one of its parents/children. */
  readonly overrides: ReadonlyArray<{ readonly file: string; readonly value: unknown; readonly removed: boolean }>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function get(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** What an overlay does to `path`: nothing, sets it (itself, a parent or keys below it), or removes it. */
function touch(overlay: unknown, path: readonly string[]): { value: unknown; removed: boolean } | undefined {
  let current = overlay;
  for (let i = 0; i < path.length; i++) {
    if (!isPlainObject(current)) return undefined;
    const next = current[path[i]];
    if (next === undefined) return undefined;
    if (next === null) return { value: undefined, removed: true };
    // A scalar or list replaces everything below it.
    if (!isPlainObject(next) && i < path.length - 1) return { value: get(next, path.slice(i + 1)), removed: false };
    current = next;
  }
  return { value: current, removed: false };
}

/** History of a spec key path such as `components.api-gateway.replicas` or `settings.kafka.brokers`. */
export function keyHistory(path: readonly string[], layers: readonly SpecLayer[]): KeyHistory {
  const [root, name] = path;
  const base =
    root === 'components'
      ? { file: catalogFile(name), value: get(COMPONENTS, path.slice(1)) }
      : { file: 'config/environments/base.ts', value: get(BASE_SETTINGS, path.slice(1)) };
  const overrides = layers.flatMap((layer) => {
    const t = touch(layer.overlay, path);
    return t ? [{ file: layer.file, ...t }] : [];
  });
  return { base, overrides };
}
