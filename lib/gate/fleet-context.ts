/**
 * What every fleet rule reads: the clusters of one fleet, each reduced to the few objects the
 * cross-cluster checks need. Fleet rules are pure functions `(fleet) => FleetFinding[]`, like the
 * per-cluster rules over a GateContext (context.ts).
 */
import type { ResolvedTarget } from '../../config/types';
import { CLOUD_PROFILES } from '../clouds';
import type { K8sObject } from '../k8s/object';
import type { RenderedTarget } from '../render/render';

/** The part of a rendered cluster the fleet checks read (a RenderedTarget is one). */
export interface FleetView {
  readonly target: string;
  /** Every file of the cluster, with the objects the fleet checks read (others left out). */
  readonly files: ReadonlyMap<string, readonly K8sObject[]>;
}

export interface FleetCluster {
  readonly rendered: FleetView;
  readonly model: ResolvedTarget;
}

/** A platform cluster and its rendered members; without a platform when it was not rendered (its members are still checked). */
export interface Fleet {
  readonly platform?: FleetCluster;
  readonly members: readonly FleetCluster[];
}

/** One thing a fleet rule rejects, on one cluster (object absent: the cluster's wiring as a whole). */
export interface FleetFinding {
  readonly cluster: FleetCluster;
  readonly file: string;
  readonly object?: K8sObject;
  readonly message: string;
}

export type FleetRule = (fleet: Fleet) => FleetFinding[];

/** Annotations that bind a ServiceAccount to a cloud identity, on every cloud. */
export const IDENTITY_ANNOTATIONS: ReadonlySet<string> = new Set(Object.values(CLOUD_PROFILES).map((p) => p.identityAnnotation));

/** Kinds the fleet checks read; a ServiceAccount only with a cloud identity annotation. */
function readByFleetChecks(o: K8sObject): boolean {
  switch (o.kind) {
    case 'ApplicationSet':
    case 'ExternalSecret':
    case 'Service':
    case 'AppProject':
    case 'EndpointSlice':
      return true;
    case 'Application':
      return o.apiVersion.startsWith('argoproj.io/');
    case 'ServiceAccount':
      return Object.keys(o.metadata.annotations ?? {}).some((k) => IDENTITY_ANNOTATIONS.has(k));
    default:
      return false;
  }
}

/**
 * What the fleet checks need of a rendered cluster: every file name and the few objects they read.
 * A synth keeps this of each cluster instead of the cluster itself, so only one cluster's objects
 * are in memory at a time (lib/synth/synth.ts).
 */
export function fleetView(rendered: Pick<RenderedTarget, 'target' | 'files'>): FleetView {
  const files = new Map<string, K8sObject[]>();
  for (const [file, objects] of rendered.files) files.set(file, objects.filter(readByFleetChecks));
  return { target: rendered.target, files };
}

/** The objects of a cluster that `match`, with their files. */
export function find(rendered: FleetView, match: (o: K8sObject) => boolean): Array<{ file: string; object: K8sObject }> {
  const found: Array<{ file: string; object: K8sObject }> = [];
  for (const [file, objects] of rendered.files) for (const object of objects) if (match(object)) found.push({ file, object });
  return found;
}
