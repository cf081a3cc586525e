/**
 * The network picture of a rendered target: every pod (rendered workloads, plus one synthetic pod
 * per chart/operated component and per tenant namespace), kube-dns and a few external addresses,
 * with the flows the rendered NetworkPolicies allow between them. Computed from the policies, not
 * from the model's `dependsOn`.
 */
import type { ResolvedTarget } from '../../config/types';
import type { K8sObject } from '../core/platform-charts';
import {
  type Endpoint,
  type EndpointPort,
  flowAllowed,
  isolationOf,
  type Labels,
  type NamespaceLabels,
  type Policy,
  policiesOf,
  type Protocol,
  selects,
} from './network-policy';

export const METADATA_NAME = 'kubernetes.io/metadata.name';
/** A public address standing for "the internet". */
export const INTERNET_IP = '8.8.8.8';
export const INTERNET_ID = 'internet';
export const KUBE_DNS_ID = 'kube-system/kube-dns';
export const NODES_ID = 'nodes';
/** Tenant workloads are probed on the platform's HTTP port (tenant charts serve 8080). */
export const TENANT_WORKLOAD_PORT = 8080;

export type GraphNode = Endpoint & {
  /** Shown in the picture. */
  readonly label: string;
  /** Not a rendered pod: from the model (Helm chart, operator-run software), a tenant namespace, or outside the cluster. */
  readonly origin: 'workload' | 'component' | 'tenant' | 'cluster' | 'external';
};

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** `8081`, `53/UDP`, sorted. */
  readonly ports: readonly string[];
}

export interface NetworkGraph {
  readonly target: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly policyCount: number;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function portLabel(p: EndpointPort): string {
  return p.protocol === 'TCP' ? String(p.port) : `${p.port}/${p.protocol}`;
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec?: { containers?: Array<{ ports?: Array<{ containerPort: number; protocol?: Protocol; name?: string }> }> };
}

function workloadNodes(objects: readonly K8sObject[]): GraphNode[] {
  const nodes: GraphNode[] = [];
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

/** Namespace name -> labels, from the rendered Namespace objects plus kube-system. */
export function namespaceLabels(objects: readonly K8sObject[]): Map<string, Labels> {
  const result = new Map<string, Labels>([['kube-system', { [METADATA_NAME]: 'kube-system' }]]);
  for (const o of objects) {
    if (o.kind === 'Namespace') result.set(o.metadata.name, { ...(o.metadata.labels ?? {}), [METADATA_NAME]: o.metadata.name });
  }
  return result;
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

/** First host address of a CIDR (`10.0.0.0/16` -> `10.0.0.1`), standing for the cluster nodes. */
function firstHost(cidr: string): string {
  const parts = cidr.split('/')[0].split('.').map(Number);
  parts[3] += 1;
  return parts.join('.');
}

/** Every node of the picture, sorted by id. */
export function graphNodes(objects: readonly K8sObject[], model: ResolvedTarget, policies: readonly Policy[]): GraphNode[] {
  const nodes = workloadNodes(objects);
  for (const [name, c] of Object.entries(model.components)) {
    // A component is drawn from the model only when no rendered workload carries its pod labels.
    if (nodes.some((n) => n.kind === 'pod' && n.namespace === c.namespace && selects({ matchLabels: c.podSelector }, n.labels))) continue;
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
  for (const t of model.tenants) {
    const namespace = `tenant-${t.slug}`;
    nodes.push({
      kind: 'pod',
      id: `${namespace}/workloads`,
      label: `tenant ${t.slug} (${t.tier})`,
      namespace,
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
    ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
    origin: 'cluster',
  });
  nodes.push({ kind: 'external', id: INTERNET_ID, label: `internet (${INTERNET_IP})`, ip: INTERNET_IP, ports: externalPorts(policies), origin: 'external' });
  const nodeIp = firstHost(model.target.cluster.nodeCidr);
  nodes.push({
    kind: 'external',
    id: NODES_ID,
    label: `cluster nodes (${nodeIp})`,
    ip: nodeIp,
    ports: [{ port: 10250, protocol: 'TCP' }, { port: 9100, protocol: 'TCP' }],
    origin: 'external',
  });
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) throw new Error(`network graph of ${model.target.name}: two nodes named ${n.id}`);
    ids.add(n.id);
  }
  return nodes.sort(byId);
}

/** The network picture of one rendered target. */
export function buildNetworkGraph(objects: readonly K8sObject[], model: ResolvedTarget): NetworkGraph {
  const policies = policiesOf(objects);
  const namespaces: NamespaceLabels = namespaceLabels(objects);
  const nodes = graphNodes(objects, model, policies);
  const isolation = new Map(nodes.map((n) => [n.id, isolationOf(n, policies)]));
  const edges: GraphEdge[] = [];
  for (const src of nodes) {
    for (const dst of nodes) {
      if (src === dst) continue;
      const ports = dst.ports
        .filter((port) => flowAllowed(src, isolation.get(src.id)!, dst, isolation.get(dst.id)!, port, namespaces))
        .map(portLabel);
      if (ports.length > 0) edges.push({ from: src.id, to: dst.id, ports: [...new Set(ports)].sort() });
    }
  }
  return { target: model.target.name, nodes, edges, policyCount: policies.length };
}
