import { ApiObject } from 'cdk8s';
import type { FolderName } from '../core/layout';
import type { K8sObject } from '../../../lib/k8s/object';
import type { TargetScope } from '../core/target-scope';

/** An object of a folder: a cdk8s construct, or a plain manifest (TargetScope.addObject/addManifest). */
export type BuiltObject = ApiObject | K8sObject;

import { groupOf } from '../../../lib/k8s/api-version';

export { groupKind, groupOf } from '../../../lib/k8s/api-version';

interface FolderObjects {
  readonly folder: FolderName;
  readonly objects: readonly BuiltObject[];
}

/**
 * The objects of every dist folder that holds at least one (constructs, then plain manifests), in FOLDERS order. Only folders with
 * objects get a file, so only those may get an Application (Argo CD fails on a missing path).
 */
export function folderObjects(charts: TargetScope): FolderObjects[] {
  const result: FolderObjects[] = [];
  for (const folder of charts.folders()) {
    const objects: BuiltObject[] = charts
      .chart(folder)
      .node.findAll()
      .filter((c): c is ApiObject => c instanceof ApiObject);
    for (const manifest of charts.manifests(folder)) objects.push(manifest);
    if (objects.length > 0) result.push({ folder, objects });
  }
  return result;
}

/** Cluster-scoped kinds among rendered objects: those without a namespace. */
export function clusterScopedKinds(objects: Iterable<BuiltObject>): Array<{ group: string; kind: string }> {
  const seen = new Map<string, { group: string; kind: string }>();
  for (const o of objects) {
    if (o.metadata.namespace) continue;
    const group = groupOf(o.apiVersion);
    seen.set(`${group}/${o.kind}`, { group, kind: o.kind });
  }
  return [...seen.values()];
}

/** Namespaces named by rendered objects. */
export function namespacesOf(objects: Iterable<BuiltObject>): Set<string> {
  const result = new Set<string>();
  for (const o of objects) if (o.metadata.namespace) result.add(o.metadata.namespace);
  return result;
}
