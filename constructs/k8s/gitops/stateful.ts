import { ApiObject } from 'cdk8s';
import type { ResolvedTarget } from '../../../config/types';
import { type BuiltObject, groupKind } from './inventory';
import { mergeSyncOptions, protectFromPrune, SYNC_OPTIONS_ANNOTATION } from '../core/argocd';
import type { K8sObject } from '../../../lib/k8s/object';

/** Kinds whose deletion loses data, or everything beneath them. */
const DATA_KINDS: readonly string[] = [
  // Deleting a namespace deletes all in it, PVCs and operator-made Secrets included.
  'Namespace',
  'PersistentVolumeClaim',
  // Deleting a definition deletes every resource of the kinds it defines.
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiextensions.crossplane.io/CompositeResourceDefinition',
  // A provider package owns its CRDs, and so the managed cloud resources.
  'pkg.crossplane.io/Provider',
];

const XRD = 'apiextensions.crossplane.io/CompositeResourceDefinition';

/**
 * Every kind that must never be pruned or deleted by a sync on this target: DATA_KINDS, the
 * custom resources of stateful operated components (Kafka, TemporalCluster) and the composite
 * and claim kinds of rendered Crossplane XRDs (tenant databases and buckets).
 */
export function statefulKinds(model: ResolvedTarget, objects: Iterable<BuiltObject>): Set<string> {
  const kinds = new Set(DATA_KINDS);
  for (const c of Object.values(model.components)) {
    if (c.kind === 'operated' && c.stateful) c.resources.forEach((k) => kinds.add(k));
  }
  for (const o of objects) {
    if (groupKind(o.apiVersion, o.kind) !== XRD) continue;
    const spec = (
      (o instanceof ApiObject ? o.toJson() : o) as { spec?: { group?: string; names?: { kind?: string }; claimNames?: { kind?: string } } }
    ).spec;
    for (const kind of [spec?.names?.kind, spec?.claimNames?.kind]) if (spec?.group && kind) kinds.add(`${spec.group}/${kind}`);
  }
  return kinds;
}

/**
 * Marks every stateful object Prune=false,Delete=false, constructs and plain manifests alike.
 * Features that render them should already have done so; this pass makes the guarantee
 * independent of each feature. Returns the stateful objects.
 */
export function protectStatefulObjects<T extends BuiltObject>(objects: readonly T[], kinds: ReadonlySet<string>): T[] {
  const marked: T[] = [];
  for (const o of objects) {
    if (!kinds.has(groupKind(o.apiVersion, o.kind))) continue;
    if (o instanceof ApiObject) protectFromPrune(o);
    else protectManifest(o as K8sObject);
    marked.push(o);
  }
  return marked;
}

/** protectFromPrune for a plain manifest: replaces its metadata, keys sorted as cdk8s renders them. */
function protectManifest(object: K8sObject): void {
  const current = object.metadata.annotations?.[SYNC_OPTIONS_ANNOTATION];
  const merged = mergeSyncOptions(current);
  if (merged === current) return;
  const annotations: Record<string, string> = { ...object.metadata.annotations, [SYNC_OPTIONS_ANNOTATION]: merged };
  const metadata: Record<string, unknown> = { ...object.metadata, annotations: sortedKeys(annotations) };
  object.metadata = sortedKeys(metadata) as K8sObject['metadata'];
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const result: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) result[key] = record[key];
  return result;
}
