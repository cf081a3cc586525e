/**
 * Allowed flows between the nodes of the network picture. Each source is checked only against the
 * nodes its egress policies can select (namespaces found through a label index), and each endpoint
 * against the policies of its own namespace: O(nodes x relevant policies), not O(nodes^2) full scans.
 */
import {
  type Endpoint,
  type EndpointPort,
  flowAllowed,
  type Isolation,
  isolationOf,
  type Labels,
  METADATA_NAME,
  type NamespaceLabels,
  type Peer,
  type Policy,
  selects,
} from './network-policy';
import type { GraphEdge, GraphNode } from './graph-types';
import { groupBy } from '../k8s/object';

type PodNode = GraphNode & { readonly kind: 'pod' };

export function portLabel(p: EndpointPort): string {
  return p.protocol === 'TCP' ? String(p.port) : `${p.port}/${p.protocol}`;
}

/** Policies by namespace, with a lazily computed isolation per endpoint. */
export class PolicyIndex {
  private readonly isolation = new Map<Endpoint, Isolation>();
  constructor(readonly byNamespace: ReadonlyMap<string, readonly Policy[]>) {}

  of(e: Endpoint): Isolation {
    let found = this.isolation.get(e);
    if (!found) {
      found = isolationOf(e, e.kind === 'pod' ? (this.byNamespace.get(e.namespace) ?? []) : []);
      this.isolation.set(e, found);
    }
    return found;
  }
}

/** Namespaces of the picture by label, so a namespaceSelector is matched against the few it can select. */
class NamespaceIndex {
  private readonly byLabel = new Map<string, string[]>();
  constructor(
    readonly names: readonly string[],
    readonly labels: NamespaceLabels,
  ) {
    for (const ns of names) {
      for (const [k, v] of Object.entries(this.labelsOf(ns))) {
        const key = `${k}=${v}`;
        const list = this.byLabel.get(key);
        if (list) list.push(ns);
        else this.byLabel.set(key, [ns]);
      }
    }
  }

  labelsOf(ns: string): Labels {
    return this.labels.get(ns) ?? { [METADATA_NAME]: ns };
  }

  /** Namespaces a peer's namespaceSelector selects (its own namespace without one). */
  selected(peer: Peer, policyNamespace: string): readonly string[] {
    if (!peer.namespaceSelector) return [policyNamespace];
    const first = Object.entries(peer.namespaceSelector.matchLabels ?? {})[0];
    const pool = first ? (this.byLabel.get(`${first[0]}=${first[1]}`) ?? []) : this.names;
    return pool.filter((ns) => selects(peer.namespaceSelector!, this.labelsOf(ns)));
  }
}

/**
 * Nodes a source may reach at most: for a source isolated for egress, the pods its egress peers
 * select (through the namespace index) and the externals when a peer is an ipBlock; every node otherwise.
 */
function candidates(
  src: GraphNode,
  iso: Isolation,
  all: readonly GraphNode[],
  pods: ReadonlyMap<string, readonly GraphNode[]>,
  namespaces: NamespaceIndex,
): Set<GraphNode> {
  if (iso.egress.length === 0) return new Set(all);
  const found = new Set<GraphNode>();
  for (const policy of iso.egress) {
    for (const rule of policy.egress!) {
      if (!rule.peers || rule.peers.length === 0) return new Set(all);
      for (const peer of rule.peers) {
        if (peer.ipBlock) {
          for (const n of all) if (n.kind === 'external') found.add(n);
          continue;
        }
        for (const ns of namespaces.selected(peer, policy.namespace)) {
          for (const p of pods.get(ns) ?? [])
            if (p.kind === 'pod' && (!peer.podSelector || selects(peer.podSelector, p.labels))) found.add(p);
        }
      }
    }
  }
  return found;
}

export function allowedPorts(src: Endpoint, dst: Endpoint, index: PolicyIndex, namespaces: NamespaceLabels): string[] {
  const ports = dst.ports.filter((port) => flowAllowed(src, index.of(src), dst, index.of(dst), port, namespaces)).map(portLabel);
  return [...new Set(ports)].sort();
}

/** Allowed flows between distinct nodes, in node order of the sources. */
export function graphEdges(nodes: readonly GraphNode[], index: PolicyIndex, labels: NamespaceLabels): GraphEdge[] {
  const pods = groupBy(
    nodes.filter((n): n is PodNode => n.kind === 'pod'),
    (n) => n.namespace,
  );
  const namespaces = new NamespaceIndex([...pods.keys()], labels);
  const edges: GraphEdge[] = [];
  for (const src of nodes) {
    for (const dst of candidates(src, index.of(src), nodes, pods, namespaces)) {
      if (dst === src) continue;
      const ports = allowedPorts(src, dst, index, labels);
      if (ports.length > 0) edges.push({ from: src.id, to: dst.id, ports });
    }
  }
  return edges;
}

/** Edges with the same ends merged (ports united), in node order. */
export function mergeEdges(edges: readonly GraphEdge[], nodes: readonly GraphNode[]): GraphEdge[] {
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const merged = new Map<string, GraphEdge>();
  for (const e of edges) {
    const key = `${e.from}\u0000${e.to}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...e, ports: [...new Set([...seen.ports, ...e.ports])].sort() } : e);
  }
  return [...merged.values()].sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);
}
