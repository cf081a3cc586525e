/**
 * The network picture of a rendered target: every pod (rendered workloads, plus one synthetic pod
 * per chart/operated component and per rendered tenant namespace), kube-dns and a few external
 * addresses, with the flows the rendered NetworkPolicies allow between them. Computed from the
 * policies, not from the model's `dependsOn`.
 *
 * Above GROUP_TENANTS_ABOVE tenant namespaces, tenants whose policies are the same up to their own
 * name (tenant-groups.ts) are drawn as one node per group, evaluated through its first member, so
 * the picture and its layout grow with the number of groups, not of tenants.
 */
import type { ResolvedTarget } from '../../config/types';
import { groupBy, type K8sObject } from '../k8s/object';
import {
  type AddressRange,
  cidrRange,
  type EndpointPort,
  namespaceLabels,
  type NamespaceLabels,
  type Policy,
  policiesOf,
  type Protocol,
  selects,
  subtractRanges,
} from './network-policy';
import type { GraphEdge, GraphNode } from './graph-types';
import { allowedPorts, graphEdges, mergeEdges, PolicyIndex, portLabel } from './flows';
import { groupTenants, type TenantGroup, type TenantNamespace, tenantNamespaces } from './tenant-groups';

export { portLabel } from './flows';
export type { GraphEdge, GraphNode } from './graph-types';
export type { TenantGroup } from './tenant-groups';

export const INTERNET_ID = 'internet';
export const KUBE_DNS_ID = 'kube-system/kube-dns';
export const NODES_ID = 'nodes';
export const API_SERVER_ID = 'apiserver';

/** Private, shared, loopback, link-local, multicast and reserved IPv4 blocks: not the internet. */
const NON_PUBLIC_CIDRS = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
];
/** Every public IPv4 address. */
const INTERNET_RANGES: readonly AddressRange[] = subtractRanges([cidrRange('0.0.0.0/0')], NON_PUBLIC_CIDRS.map(cidrRange));
/** Tenant workloads are probed on the platform's HTTP port (tenant charts serve 8080). */
const TENANT_WORKLOAD_PORT = 8080;
/** Up to a dozen tenant boxes stay readable and lay out in about a second; beyond that tenants are drawn per group. */
export const GROUP_TENANTS_ABOVE = 12;

/** A tenant group as drawn, with what its members may do to each other. */
export interface DrawnTenantGroup extends TenantGroup {
  /** Pods of one member reach each other (e.g. `tenant-allow-same-namespace`). */
  readonly withinMember: boolean;
  /** Pods of one member reach pods of another member: drawn as a self-edge, never inferred from `withinMember`. */
  readonly betweenMembers: boolean;
}

export interface NetworkGraph {
  readonly target: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly policyCount: number;
  /** Tenant groups drawn as one node each (empty at or below the threshold). */
  readonly groups: readonly DrawnTenantGroup[];
}

interface NetworkGraphOptions {
  /** Tenant namespaces are grouped when there are more than this many. @default GROUP_TENANTS_ABOVE */
  readonly groupTenantsAbove?: number;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec?: { containers?: Array<{ ports?: Array<{ containerPort: number; protocol?: Protocol; name?: string }> }> };
}

type PodNode = GraphNode & { readonly kind: 'pod' };

function workloadNodes(objects: readonly K8sObject[]): PodNode[] {
  const nodes: PodNode[] = [];
  for (const o of objects) {
    if (!WORKLOAD_KINDS.has(o.kind) || !o.metadata.namespace) continue;
    const template = ((o.spec ?? {}) as { template?: PodTemplate }).template ?? {};
    const ports = (template.spec?.containers ?? []).flatMap((c) =>
      (c.ports ?? []).map((p) => ({ port: p.containerPort, protocol: p.protocol ?? 'TCP', ...(p.name ? { name: p.name } : {}) })),
    );
    nodes.push({
      kind: 'pod',
      id: `${o.metadata.namespace}/${o.metadata.name}`,
      label: o.metadata.name,
      namespace: o.metadata.namespace,
      labels: template.metadata?.labels ?? {},
      ports,
      origin: 'workload',
    });
  }
  return nodes;
}

/** Ports external addresses are probed on: 443 plus every port an ipBlock egress rule names. */
function externalPorts(policies: readonly Policy[]): EndpointPort[] {
  const seen = new Map<string, EndpointPort>([['443', { port: 443, protocol: 'TCP' }]]);
  for (const p of policies) {
    for (const rule of p.egress ?? []) {
      if (!(rule.peers ?? []).some((peer) => peer.ipBlock)) continue;
      for (const r of rule.ports ?? []) {
        if (typeof r.port !== 'number') continue;
        const port: EndpointPort = { port: r.port, protocol: r.protocol ?? 'TCP' };
        seen.set(portLabel(port), port);
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol));
}

/**
 * Whether a model component runs pods the picture can show. Components declare the ports their pods
 * listen on; a chart that declares none ships no server (CRD-only charts such as
 * prometheus-operator-crds), so there is no pod to draw.
 */
function hasPods(c: ResolvedTarget['components'][string]): boolean {
  return c.kind !== 'chart' || c.ports.length > 0;
}

/** Every pod of the target, ungrouped: rendered workloads, model components, one per rendered tenant namespace. */
function podNodes(objects: readonly K8sObject[], model: ResolvedTarget, tenants: readonly TenantNamespace[]): PodNode[] {
  const nodes = workloadNodes(objects);
  const byNamespace = groupBy(nodes, (n) => n.namespace);
  for (const [name, c] of Object.entries(model.components)) {
    if (!hasPods(c)) continue;
    // A component is drawn from the model only when no rendered workload carries its pod labels.
    if ((byNamespace.get(c.namespace) ?? []).some((n) => selects({ matchLabels: c.podSelector }, n.labels))) continue;
    nodes.push({
      kind: 'pod',
      id: `${c.namespace}/${name}`,
      label: name,
      namespace: c.namespace,
      labels: c.podSelector,
      ports: c.ports.map((p) => ({ port: p.port, protocol: p.protocol ?? 'TCP', name: p.name })),
      origin: 'component',
    });
  }
  for (const t of tenants) {
    nodes.push({
      kind: 'pod',
      id: `${t.name}/workloads`,
      label: `tenant ${t.slug}${t.tier ? ` (${t.tier})` : ''}`,
      namespace: t.name,
      labels: {},
      ports: [{ port: TENANT_WORKLOAD_PORT, protocol: 'TCP' }],
      origin: 'tenant',
    });
  }
  nodes.push({
    kind: 'pod',
    id: KUBE_DNS_ID,
    label: 'kube-dns',
    namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns' },
    ports: [
      { port: 53, protocol: 'UDP' },
      { port: 53, protocol: 'TCP' },
    ],
    origin: 'cluster',
    // kube-system's own policies are not rendered here, and kube-dns answers queries but opens no connections.
    policed: false,
    sends: false,
  });
  return nodes;
}

/** Address ranges of a target's API server: AKS VNet integration subnet and GKE control-plane range. */
function apiServerRanges(model: ResolvedTarget): AddressRange[] {
  return [model.target.cluster.apiServerCidr, model.target.cluster.masterCidr].filter(Boolean).map(cidrRange);
}

function externalNodes(model: ResolvedTarget, policies: readonly Policy[]): GraphNode[] {
  return [
    { kind: 'external', id: INTERNET_ID, label: 'internet', ranges: INTERNET_RANGES, ports: externalPorts(policies), origin: 'external' },
    {
      kind: 'external',
      id: NODES_ID,
      label: 'cluster nodes',
      ranges: [cidrRange(model.target.cluster.nodeCidr)],
      ports: [
        { port: 10250, protocol: 'TCP' },
        { port: 9100, protocol: 'TCP' },
      ],
      origin: 'external',
    },
    {
      kind: 'external',
      id: API_SERVER_ID,
      label: 'Kubernetes API server',
      ranges: apiServerRanges(model),
      ports: [
        { port: 443, protocol: 'TCP' },
        { port: 6443, protocol: 'TCP' },
      ],
      origin: 'external',
    },
  ];
}

function checkUnique(nodes: readonly GraphNode[], target: string): void {
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) throw new Error(`network graph of ${target}: two nodes named ${n.id}`);
    ids.add(n.id);
  }
}

const inGroup = (g: TenantGroup, pod: PodNode) => `${g.id}${pod.id.slice(pod.namespace.length)}`;

/** The nodes of a grouped picture: each group's representative pods renamed into the group; other members dropped. */
function groupNodes(nodes: readonly PodNode[], groups: readonly TenantGroup[]): PodNode[] {
  const groupOf = new Map<string, TenantGroup>();
  const dropped = new Set<string>();
  for (const g of groups) {
    groupOf.set(g.members[0], g);
    g.members.slice(1).forEach((m) => dropped.add(m));
  }
  return nodes.flatMap((n) => {
    if (dropped.has(n.namespace)) return [];
    const g = groupOf.get(n.namespace);
    if (!g) return [n];
    return [{ ...n, id: inGroup(g, n), label: `tenant-* ×${g.members.length}${g.tier ? ` (${g.tier})` : ''}`, group: g.id }];
  });
}

/**
 * What members of a group may do to each other, evaluated between the first two members (the
 * signature makes every pair alike). Flows from one member to another become edges of the group
 * (a self-edge for the same pod); flows inside one member are only reported, never drawn as one.
 */
function memberFlows(g: TenantGroup, pods: ReadonlyMap<string, readonly PodNode[]>, index: PolicyIndex, namespaces: NamespaceLabels) {
  const first = pods.get(g.members[0]) ?? [];
  const second = pods.get(g.members[1]) ?? [];
  const within = first.some((a) => first.some((b) => allowedPorts(a, b, index, namespaces).length > 0));
  const between: GraphEdge[] = [];
  for (const a of first) {
    for (const b of second) {
      const ports = allowedPorts(a, b, index, namespaces);
      if (ports.length > 0) between.push({ from: inGroup(g, a), to: inGroup(g, b), ports });
    }
  }
  return { within, between };
}

/** The network picture of one rendered target. */
export function buildNetworkGraph(objects: readonly K8sObject[], model: ResolvedTarget, options: NetworkGraphOptions = {}): NetworkGraph {
  const policies = policiesOf(objects);
  const namespaces: NamespaceLabels = namespaceLabels(objects);
  const policiesByNamespace = groupBy(policies, (p) => p.namespace);
  const index = new PolicyIndex(policiesByNamespace);
  const tenants = tenantNamespaces(objects);
  const pods = podNodes(objects, model, tenants);
  const podsByNamespace = groupBy(pods, (n) => n.namespace);
  const grouped =
    tenants.length > (options.groupTenantsAbove ?? GROUP_TENANTS_ABOVE)
      ? groupTenants({ tenants, policiesByNamespace, podsByNamespace }).filter((g) => g.members.length > 1)
      : [];
  const nodes = [...groupNodes(pods, grouped), ...externalNodes(model, policies)].sort(byId);
  checkUnique(nodes, model.target.name);
  const edges = graphEdges(nodes, index, namespaces);
  const groups: DrawnTenantGroup[] = [];
  for (const g of grouped) {
    const { within, between } = memberFlows(g, podsByNamespace, index, namespaces);
    edges.push(...between);
    groups.push({ ...g, withinMember: within, betweenMembers: between.length > 0 });
  }
  return { target: model.target.name, nodes, edges: mergeEdges(edges, nodes), policyCount: policies.length, groups };
}
