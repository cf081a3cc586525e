/**
 * Argo CD annotations shared by every feature. Stateful objects (Kafka, its node pools and topics,
 * TemporalCluster, Crossplane claims, namespaces holding data, CRDs) must survive both a prune
 * (object removed from git) and an Application deletion:
 *
 *   protectFromPrune(new Kafka(scope, 'kafka', { ... }));
 */
import type { ApiObject } from 'cdk8s';
import { FLEET_LABELS } from '../../../config/fleet';
import { LABEL, MANAGED_BY, PART_OF } from './labels';

/** Per-object sync options (https://argo-cd.readthedocs.io/en/stable/user-guide/sync-options/). */
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';

/** Never prune the object, and keep it when its Application is deleted. */
export const PRUNE_PROTECTION = ['Prune=false', 'Delete=false'] as const;

/** Per-object sync wave, for ordering inside one Application. */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** The sync options of an existing annotation value, merged with `PRUNE_PROTECTION` (stable order, no duplicates). */
export function mergeSyncOptions(existing: string | undefined, add: readonly string[] = PRUNE_PROTECTION): string {
  const options = (existing ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  const keys = new Set(add.map((o) => o.split('=')[0]));
  return [...options.filter((o) => !keys.has(o.split('=')[0])), ...add].join(',');
}

/** Adds `argocd.argoproj.io/sync-options: Prune=false,Delete=false` (keeping other options) and returns the object. */
export function protectFromPrune<T extends ApiObject>(object: T): T {
  const current = (object.metadata.toJson() as { annotations?: Record<string, string> }).annotations?.[SYNC_OPTIONS_ANNOTATION];
  object.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, mergeSyncOptions(current));
  return object;
}

/** True when rendered metadata carries both `Prune=false` and `Delete=false`. */
export function isPruneProtected(metadata: { annotations?: Record<string, string> }): boolean {
  const options = (metadata.annotations?.[SYNC_OPTIONS_ANNOTATION] ?? '').split(',').map((o) => o.trim());
  return PRUNE_PROTECTION.every((o) => options.includes(o));
}

/**
 * Labels of the Argo CD objects of a target (AppProject, Applications, the fleet ApplicationSet and
 * the root Applications it generates): part-of, managed-by, the target and, on a member cluster,
 * the cluster (the fleet's keys, config/fleet.ts).
 */
export function argoLabels(target: string, cluster?: string): Record<string, string> {
  return {
    [LABEL.partOf]: PART_OF,
    [LABEL.managedBy]: MANAGED_BY,
    [FLEET_LABELS.target]: target,
    ...(cluster !== undefined ? { [FLEET_LABELS.cluster]: cluster } : {}),
  };
}
