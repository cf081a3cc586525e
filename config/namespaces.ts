import type { NodeAgentNamespace, PlatformNamespace } from './types';

/** Pod Security Standard levels (https://kubernetes.io/docs/concepts/security/pod-security-standards/). */
export type PodSecurityLevel = 'restricted' | 'baseline' | 'privileged';

/**
 * Version the Pod Security Admission labels are pinned to, so a cluster upgrade never tightens or
 * loosens the profile silently. v1.29 is the platform's documented floor (fact sheet §1).
 */
export const POD_SECURITY_VERSION = 'v1.29';

/** What a platform namespace is for; rendered as `matih.ai/role` (fact sheet §5 [NETISO] variant). */
type NamespaceRole = 'system' | 'control-plane' | 'data-plane' | 'frontend' | 'ingress' | 'monitoring' | 'observability';

interface PlatformNamespaceSpec {
  readonly name: PlatformNamespace;
  readonly role: NamespaceRole;
  readonly description: string;
  /** Billing labels of the namespace's own objects (namespace, policies); the cost center is the target's. */
  readonly billing: { readonly application: string; readonly team: string };
  /**
   * Namespace-wide egress on TCP 443/6443 to the API server, which on these private clusters sits in
   * the cluster network or the GKE master range (never the internet). Only for namespaces of
   * controllers (operators, ingress controller, Prometheus); first-party services ask for it per
   * service through `kubernetesApi`.
   */
  readonly apiServerEgress: boolean;
  /**
   * Ports of admission webhooks served in this namespace. The API server calls them from the
   * cluster network or the GKE master range, so they are opened to those ranges only.
   */
  readonly webhookPorts: readonly number[];
  /**
   * TCP ports on which the whole namespace may reach the internet (private ranges excluded):
   * controllers that call ACME, vaults, DNS and cloud APIs. Services declare theirs per service.
   */
  readonly internetEgressPorts: readonly number[];
  /** Allow all traffic between pods of the namespace (only where one release runs many cooperating pods the model does not list). */
  readonly sameNamespaceTraffic: boolean;
}

/** The seven platform namespaces (fact sheet §2) and what each may do beyond the model's edges. */
export const NAMESPACES: Readonly<Record<PlatformNamespace, PlatformNamespaceSpec>> = {
  'matih-system': {
    name: 'matih-system',
    role: 'system',
    description: 'Cluster-wide operators: cert-manager, external-dns, External Secrets, Strimzi, Crossplane [NSTOPO]',
    billing: { application: 'platform-system', team: 'platform-engineering' },
    apiServerEgress: true,
    // cert-manager (ACME, DNS-01), ESO (vault), external-dns and Crossplane (cloud APIs, xpkg registry) call out on 443.
    internetEgressPorts: [443],
    // cert-manager and ESO webhooks listen on 10250, controller-runtime webhooks (Crossplane, KubeRay) on 9443.
    webhookPorts: [9443, 10250],
    sameNamespaceTraffic: false,
  },
  'matih-control-plane': {
    name: 'matih-control-plane',
    role: 'control-plane',
    description: 'Control-plane services and their shared PostgreSQL and Redis [NSCP]',
    billing: { application: 'control-plane', team: 'platform-engineering' },
    apiServerEgress: false,
    webhookPorts: [],
    internetEgressPorts: [],
    sameNamespaceTraffic: false,
  },
  'matih-data-plane': {
    name: 'matih-data-plane',
    role: 'data-plane',
    description: 'Data-plane services and data infrastructure [NSDP]',
    billing: { application: 'data-plane', team: 'data-platform' },
    apiServerEgress: false,
    webhookPorts: [],
    internetEgressPorts: [],
    sameNamespaceTraffic: false,
  },
  'matih-frontend': {
    name: 'matih-frontend',
    role: 'frontend',
    description: 'Workbench frontends and the documentation site [NSTOPO][NS]',
    billing: { application: 'frontend', team: 'frontend-engineering' },
    apiServerEgress: false,
    webhookPorts: [],
    internetEgressPorts: [],
    sameNamespaceTraffic: false,
  },
  'matih-ingress': {
    name: 'matih-ingress',
    role: 'ingress',
    description: 'Platform ingress controller (F5 NGINX Ingress Controller) [NSING]',
    billing: { application: 'ingress', team: 'platform-engineering' },
    // The controller watches Ingresses, Services, EndpointSlices and Secrets.
    apiServerEgress: true,
    // It runs no admission webhook.
    webhookPorts: [],
    internetEgressPorts: [],
    sameNamespaceTraffic: false,
  },
  'matih-monitoring': {
    name: 'matih-monitoring',
    role: 'monitoring',
    description: 'kube-prometheus-stack (release monitoring) [PROMSET]',
    billing: { application: 'monitoring', team: 'platform-engineering' },
    // Prometheus discovers targets through the API server; Alertmanager notifies PagerDuty/Slack over 443.
    apiServerEgress: true,
    // prometheus-operator admission webhook.
    webhookPorts: [10250],
    // kube-prometheus-stack: Prometheus -> Alertmanager, kube-state-metrics, operator -> Prometheus; the model lists Prometheus only.
    internetEgressPorts: [],
    sameNamespaceTraffic: true,
  },
  'matih-observability': {
    name: 'matih-observability',
    role: 'observability',
    description: 'Grafana, Loki, Tempo and the OpenTelemetry Collector [NSMON][MON]',
    billing: { application: 'observability', team: 'platform-engineering' },
    apiServerEgress: false,
    webhookPorts: [],
    internetEgressPorts: [],
    sameNamespaceTraffic: false,
  },
};

/** A namespace allowed a weaker Pod Security level than `restricted`, with the reason on record. */
export interface PodSecurityException {
  readonly namespace: PlatformNamespace | NodeAgentNamespace;
  readonly level: Exclude<PodSecurityLevel, 'restricted'>;
  /** Why the workload cannot meet `restricted`, and what would remove the exception. */
  readonly reason: string;
}

/**
 * Explicit exceptions to the `restricted` default. The seven platform namespaces have none:
 * StarRocks runs as root (fact sheet §7 [SECCTX]), which would force `baseline` on
 * matih-data-plane and weaken every service there, so StarRocks is disabled in the component
 * catalog instead; ClickHouse (operator, non-root) covers OLAP. Add an entry here, never a
 * default, if such a workload returns.
 */
export const POD_SECURITY_EXCEPTIONS: readonly PodSecurityException[] = [
  {
    namespace: 'nvidia-device-plugin',
    level: 'privileged',
    reason:
      'The NVIDIA device plugin registers with the kubelet through hostPath /var/lib/kubelet/device-plugins (and /var/run/cdi, the MPS directories); ' +
      'hostPath volumes are forbidden even by `baseline`. The namespace holds that one DaemonSet, on GPU nodes only; it goes away where the cloud ' +
      'runs its own plugin (GKE) or once a GPU operator with a restricted-compatible plugin replaces it.',
  },
];

/** Node agent namespaces (config/types.ts NODE_AGENT_NAMESPACES): what each holds and who pays for it. */
export const NODE_AGENT_NAMESPACE_SPECS: Readonly<
  Record<NodeAgentNamespace, { readonly description: string; readonly billing: { readonly application: string; readonly team: string } }>
> = {
  'nvidia-device-plugin': {
    description: 'NVIDIA device plugin DaemonSet on GPU nodes (advertises nvidia.com/gpu where the cloud does not)',
    billing: { application: 'nvidia-device-plugin', team: 'ml-engineering' },
  },
};

/** `matih.ai/namespace-type` values; tenant policies select platform namespaces by this label. */
export const NAMESPACE_TYPE_LABEL = 'matih.ai/namespace-type';
