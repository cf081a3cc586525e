import type { ComponentName, COMPONENTS } from '../components';
import type { EnvironmentSettings, Overlay } from '../types';

/**
 * A typed environment overlay: only existing settings and component names and fields are allowed,
 * so a misspelt key (`replicaCount`) or an unknown component is a compile error.
 */
export interface EnvironmentOverlay {
  readonly settings?: Overlay<EnvironmentSettings>;
  readonly components?: { readonly [K in ComponentName]?: Overlay<(typeof COMPONENTS)[K]> | null };
}

/** Key paths under which overlays may add keys the base lacks (free-form maps). */
export const OPEN_PATHS = ['components.*.values', 'components.*.config', 'components.*.podSelector'] as const;

/** Optional component fields (types.ts `?:`) an overlay may add or remove. */
export const OPTIONAL_PATHS = [
  'components.*.autoscaling',
  'components.*.pdbMinAvailable',
  'components.*.metricsPort',
  'components.*.ingress',
  'components.*.kubernetesApi',
  'components.*.cloudIdentity',
  'components.*.releaseName',
  'components.*.podLabelsKey',
  'components.*.restartOnValuesChange',
  'components.*.ignoreDifferences',
  'components.*.skipSchemaValidation',
  'components.*.callsKubernetesApi',
  'components.*.cloudAddOn',
  // Point-in-time recovery of the PostgreSQL cluster (config/types.ts PostgresRestore).
  'components.*.sizing.restore',
  'components.*.allowZeroReplicas',
  'components.*.command',
  'components.*.args',
  'components.*.storage',
  'components.*.peers',
  // The backup policy of a chart or service component (config/types.ts ServiceBackupPolicy).
  'components.*.backup',
  // Scheduled CSI snapshots of a chart's claims (config/types.ts VolumeSnapshotPolicy).
  'components.*.volumeSnapshots',
  // Nullable rather than optional: null turns the worker group off.
  'settings.ray.cpuWorkers',
  'settings.ray.gpuWorkers',
] as const;

/**
 * Types of values a data-file override may set where the base has none (optional fields, new keys
 * of open maps); everywhere else a value must have the type of the value it replaces.
 */
export const LEAF_TYPES = {
  'components.*.autoscaling': 'object',
  'components.*.pdbMinAvailable': 'integer',
  'components.*.metricsPort': 'port',
  'components.*.ingress': 'object',
  'components.*.kubernetesApi': 'array',
  'components.*.cloudIdentity': 'string',
  'components.*.releaseName': 'string',
  'components.*.skipSchemaValidation': 'string',
  'components.*.restartOnValuesChange': 'string',
  'components.*.callsKubernetesApi': 'boolean',
  'components.*.allowZeroReplicas': 'boolean',
  'components.*.command': 'array',
  'components.*.args': 'array',
  'components.*.storage': 'object',
  'components.*.peers': 'object',
  'components.*.backup': 'object',
  'components.*.volumeSnapshots': 'object',
  'settings.ray.cpuWorkers': 'object',
  'settings.ray.gpuWorkers': 'object',
  // ConfigMap data and label values are strings; Helm values are free-form.
  'components.*.config.*': 'string',
  'components.*.podSelector.*': 'string',
} as const;
