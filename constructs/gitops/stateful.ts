import type { ApiObject } from 'cdk8s';
import type { ResolvedTarget } from '../../config/types';
import { groupKind } from './inventory';
import { protectFromPrune } from '../core/argocd';

/** Kinds whose deletion loses data, or everything beneath them. */
export const DATA_KINDS: readonly string[] = [
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
export function statefulKinds(model: ResolvedTarget, objects: Iterable<ApiObject>): Set<string> {
  const kinds = new Set(DATA_KINDS);
  for (const c of Object.values(model.components)) {
    if (c.kind === 'operated' && c.stateful) c.resources.forEach((k) => kinds.add(k));
  }
  for (const o of objects) {
    if (groupKind(o.apiVersion, o.kind) !== XRD) continue;
    const spec = (o.toJson() as { spec?: { group?: string; names?: { kind?: string }; claimNames?: { kind?: string } } }).spec;
    for (const kind of [spec?.names?.kind, spec?.claimNames?.kind]) if (spec?.group && kind) kinds.add(`${spec.group}/${kind}`);
  }
  return kinds;
}

/**
 * Marks every stateful object Prune=false,Delete=false. Features that render them should already
 * have done so; this pass makes the guarantee independent of each feature.
 * Returns the stateful objects.
 */
export function protectStatefulObjects(objects: readonly ApiObject[], kinds: ReadonlySet<string>): ApiObject[] {
  const marked: ApiObject[] = [];
  for (const o of objects) {
    if (!kinds.has(groupKind(o.apiVersion, o.kind))) continue;
    protectFromPrune(o);
    marked.push(o);
  }
  return marked;
}
