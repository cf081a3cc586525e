import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE } from '../../../config/types';
import { AppProject, type AppProjectSpecClusterResourceWhitelist } from '../../../imports/appprojects-argoproj.io';
import { PRUNE_PROTECTION, SYNC_OPTIONS_ANNOTATION } from './policy';
import { IN_CLUSTER } from './repo';

interface GroupKind {
  /** API group; '' for the core group. */
  readonly group: string;
  readonly kind: string;
}

/**
 * Cluster-scoped kinds that the pinned upstream charts install themselves (they are not in dist/,
 * so they cannot be read from the rendered objects): CRDs and RBAC of every operator, admission
 * webhooks (cert-manager, external-secrets, kube-prometheus-stack, Spark/Flink operators),
 * IngressClass (the ingress controller), APIService (KEDA metrics server), PriorityClass (Crossplane).
 */
export const CHART_CLUSTER_KINDS: readonly GroupKind[] = [
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
  { group: 'networking.k8s.io', kind: 'IngressClass' },
  { group: 'apiregistration.k8s.io', kind: 'APIService' },
  { group: 'scheduling.k8s.io', kind: 'PriorityClass' },
];

interface PlatformProjectProps {
  readonly name: string;
  readonly description: string;
  /** Repositories Applications of the project may read; exact URLs, no wildcard. */
  readonly sourceRepos: readonly string[];
  /** Destination namespaces (exact names or globs such as `tenant-*`) on the in-cluster server. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds Applications may create; exact group and kind, no wildcard. */
  readonly clusterKinds: readonly GroupKind[];
  /** Namespaced kinds Applications may create. @default every namespaced kind */
  readonly namespaceKinds?: readonly GroupKind[];
  /** The one cluster of every destination: by server URL, or by Argo CD cluster name (a fleet member). @default in-cluster */
  readonly cluster?: { readonly server: string } | { readonly name: string };
}

function sortedUnique<T>(items: readonly T[], key: (t: T) => string): T[] {
  const byKey = new Map(items.map((i) => [key(i), i]));
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

/** An Argo CD AppProject with explicit repositories, destinations and cluster-scoped kinds. */
export class PlatformProject extends Construct {
  readonly apiObject: AppProject;
  readonly name: string;

  constructor(scope: Construct, id: string, props: PlatformProjectProps) {
    super(scope, id);
    if (props.sourceRepos.length === 0) throw new Error(`AppProject ${props.name}: sourceRepos must not be empty`);
    for (const repo of props.sourceRepos) {
      if (repo.includes('*')) throw new Error(`AppProject ${props.name}: source repository "${repo}" must be exact, not a pattern`);
    }
    if (props.namespaces.length === 0) throw new Error(`AppProject ${props.name}: destinations must not be empty`);
    for (const gk of [...props.clusterKinds, ...(props.namespaceKinds ?? [])]) {
      if (gk.group.includes('*') || gk.kind.includes('*') || gk.kind === '') {
        throw new Error(`AppProject ${props.name}: whitelisted kind "${gk.group}/${gk.kind}" must be an exact group and kind`);
      }
    }
    this.name = props.name;
    const gkKey = (gk: GroupKind) => `${gk.group}/${gk.kind}`;
    const toEntry = (gk: GroupKind): AppProjectSpecClusterResourceWhitelist => ({ group: gk.group, kind: gk.kind });
    this.apiObject = new AppProject(this, 'project', {
      metadata: {
        name: props.name,
        namespace: ARGOCD_NAMESPACE,
        // Applications cannot sync without their project: the root never prunes or deletes it.
        annotations: { [SYNC_OPTIONS_ANNOTATION]: PRUNE_PROTECTION.join(',') },
      },
      spec: {
        description: props.description,
        sourceRepos: [...new Set(props.sourceRepos)].sort(),
        destinations: [...new Set(props.namespaces)]
          .sort()
          .map((namespace) => ({ ...(props.cluster ?? { server: IN_CLUSTER }), namespace })),
        clusterResourceWhitelist: sortedUnique(props.clusterKinds, gkKey).map(toEntry),
        ...(props.namespaceKinds ? { namespaceResourceWhitelist: sortedUnique(props.namespaceKinds, gkKey).map(toEntry) } : {}),
      },
    });
  }
}
