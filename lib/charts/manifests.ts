/**
 * Reads `helm template` output the way Argo CD does: one object per YAML document (Kubernetes
 * YAML is YAML 1.1, as sigs.k8s.io/yaml reads it), `List` objects flattened, the template each
 * object came from (`# Source:`), hooks mapped to Argo CD phases (gitops-engine pkg/sync/hook),
 * namespaced objects without a namespace placed in the Application's namespace, cluster-scoped
 * ones without one, `status` dropped.
 */
import type { K8sObject } from '../k8s/object';
import { isClusterScoped } from '../k8s/scope';
import { parseK8sYaml } from './k8s-yaml';

/** Argo CD's hook phases (`argocd.argoproj.io/hook`). */
const ARGO_PHASES = new Set(['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PreDelete', 'PostDelete', 'Skip']);
/** The Helm hooks gitops-engine maps (pkg/sync/hook/helm/type.go); every other Helm hook is never applied. */
const HELM_TO_ARGO: Readonly<Record<string, string>> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
};

export interface HookInfo {
  /** The annotation that made it a hook: `helm.sh/hook: post-install` or `argocd.argoproj.io/hook: PreSync`. */
  readonly annotation: string;
  /** Argo CD phases it runs in; empty: Argo CD never applies it (`helm.sh/hook: test`, `pre-delete`, `Skip`). */
  readonly phases: readonly string[];
}

export interface ChartObject {
  readonly object: K8sObject;
  /** Template the object came from, as helm prints it (`<chart>/templates/x.yaml`, `<chart>/charts/<sub>/...`). */
  readonly source: string;
  /** Set when the object is a hook. */
  readonly hook?: HookInfo;
}

const csv = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** How Argo CD treats an object's hook annotations; undefined for an ordinary resource. */
export function hookOf(object: K8sObject): HookInfo | undefined {
  const annotations = object.metadata?.annotations ?? {};
  const argo = annotations['argocd.argoproj.io/hook'];
  if (argo !== undefined) {
    const phases = csv(argo).filter((p) => ARGO_PHASES.has(p));
    // A resource whose only hook type is Skip is neither applied nor a hook.
    if (phases.length === 1 && phases[0] === 'Skip') return { annotation: `argocd.argoproj.io/hook: ${argo}`, phases: [] };
    // Argo CD ignores the Helm annotation when an Argo CD one is present.
    if (phases.length > 0) return { annotation: `argocd.argoproj.io/hook: ${argo}`, phases: phases.filter((p) => p !== 'Skip') };
  }
  const helm = annotations['helm.sh/hook'];
  // Helm marks CRDs `crd-install`; Argo CD treats them as ordinary resources.
  if (helm === undefined || helm === 'crd-install') return undefined;
  const phases = [...new Set(csv(helm).flatMap((h) => (HELM_TO_ARGO[h] ? [HELM_TO_ARGO[h]] : [])))];
  return { annotation: `helm.sh/hook: ${helm}`, phases };
}

export interface ParsedManifests {
  readonly objects: ChartObject[];
  /** Documents that are not Kubernetes objects, with their source and the reason. */
  readonly errors: string[];
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The objects of a `helm template` output. `namespace` is given to namespaced objects without one
 * (cluster scope: built-ins, and custom kinds listed in `clusterScopedCustomKinds` as `group/Kind`).
 */
export function parseManifests(
  output: string,
  namespace: string,
  clusterScopedCustomKinds: ReadonlySet<string> = new Set(),
): ParsedManifests {
  const objects: ChartObject[] = [];
  const errors: string[] = [];
  for (const chunk of output.split(/^---[ \t]*$/m)) {
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim() ?? '(no source)';
    let value: unknown;
    try {
      value = parseK8sYaml(chunk);
    } catch (error) {
      errors.push(`${source}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (value === null || value === undefined) continue;
    const items =
      isObjectLike(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)
        ? value.items
        : [value];
    for (const item of items) {
      if (!isObjectLike(item) || typeof item.apiVersion !== 'string' || typeof item.kind !== 'string' || !isObjectLike(item.metadata)) {
        errors.push(`${source}: a document that is not a Kubernetes object (apiVersion, kind and metadata are required)`);
        continue;
      }
      const object = item as K8sObject;
      // As the API server stores it: a namespaced object without a namespace lands in the one it is
      // applied to, a cluster-scoped one has none, and `status` is not written by an apply.
      const clusterScoped = isClusterScoped(object.apiVersion, object.kind, clusterScopedCustomKinds);
      if (!clusterScoped && !object.metadata.namespace) object.metadata = { ...object.metadata, namespace };
      else if (clusterScoped && object.metadata.namespace !== undefined) {
        const { namespace: _ignored, ...metadata } = object.metadata;
        object.metadata = metadata;
      }
      delete object.status;
      const hook = hookOf(object);
      objects.push(hook ? { object, source, hook } : { object, source });
    }
  }
  return { objects, errors };
}
