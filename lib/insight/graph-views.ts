/**
 * Pictures of a network graph a person can read at screen size: the pod-level graph of a target
 * (86 pods, 300+ flows on prod-azure) is a braid, so it is drawn as
 *
 * - an overview: one node per namespace (tenants as one node) and the pseudo-nodes, flows
 *   aggregated between them;
 * - one picture per namespace: its pods, every other namespace folded into one node;
 * - a focus: one component (or namespace) with every flow into and out of it, peers drawn pod by pod.
 */
import type { GraphEdge, GraphNode } from './graph-types';
import type { NetworkGraph } from './network-graph';

/** The namespace-level box of a node: its namespace, `tenants` for every tenant namespace or group, or the pseudo-node itself. */
function boxOf(n: GraphNode): string {
  if (n.origin === 'tenant' || n.group !== undefined) return TENANTS_BOX;
  return n.kind === 'pod' && n.origin !== 'cluster' ? n.namespace : n.id;
}

export const TENANTS_BOX = 'tenant namespaces';

/** Namespaces with pods in the picture (platform namespaces first, tenants last). */
export function namespacesOf(graph: NetworkGraph): string[] {
  const boxes = new Set(graph.nodes.filter((n) => n.kind === 'pod' && n.origin !== 'cluster').map(boxOf));
  return [...boxes].sort((a, b) => (a === TENANTS_BOX ? 1 : b === TENANTS_BOX ? -1 : a < b ? -1 : a > b ? 1 : 0));
}

export const unionPorts = (a: readonly string[], b: readonly string[]) =>
  [...new Set([...a, ...b])].sort((x, y) => Number.parseInt(x, 10) - Number.parseInt(y, 10) || (x < y ? -1 : x > y ? 1 : 0));

/** A short edge label: `5432, 6379, 8080 +4`. */
export function portsLabel(ports: readonly string[], max = 4): string {
  return ports.length <= max ? ports.join(', ') : `${ports.slice(0, max).join(', ')} +${ports.length - max}`;
}

export interface Overview {
  readonly target: string;
  readonly policyCount: number;
  /** Box -> pods in it. */
  readonly boxes: ReadonlyMap<string, number>;
  /** Flows between boxes, ports united; `flows` counts the pod-level flows folded in. */
  readonly edges: ReadonlyArray<GraphEdge & { readonly flows: number }>;
  /** Flows inside each box. */
  readonly inside: ReadonlyMap<string, number>;
}

export function overview(graph: NetworkGraph): Overview {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, number>();
  for (const n of graph.nodes) boxes.set(boxOf(n), (boxes.get(boxOf(n)) ?? 0) + (n.kind === 'pod' && n.origin !== 'cluster' ? 1 : 0));
  const edges = new Map<string, GraphEdge & { flows: number }>();
  const inside = new Map<string, number>();
  for (const e of graph.edges) {
    const [from, to] = [boxOf(byId.get(e.from)!), boxOf(byId.get(e.to)!)];
    if (from === to) {
      inside.set(from, (inside.get(from) ?? 0) + 1);
      continue;
    }
    const key = `${from}\u0000${to}`;
    const seen = edges.get(key);
    edges.set(key, { from, to, ports: unionPorts(seen?.ports ?? [], e.ports), flows: (seen?.flows ?? 0) + 1 });
  }
  return {
    target: graph.target,
    policyCount: graph.policyCount,
    boxes,
    edges: [...edges.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0)),
    inside,
  };
}

/** A pod-level graph restricted to some nodes; every other node folded into the box it belongs to. */
function foldOutside(
  graph: NetworkGraph,
  keep: (n: GraphNode) => boolean,
  touching: (e: GraphEdge) => boolean,
  title: string,
): NetworkGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes = new Map<string, GraphNode>();
  const idOf = (n: GraphNode) => {
    if (keep(n)) {
      nodes.set(n.id, n);
      return n.id;
    }
    const box = boxOf(n);
    if (!nodes.has(box))
      nodes.set(box, {
        kind: 'external',
        id: box,
        label: n.kind === 'pod' && n.origin !== 'cluster' ? `${box} (other namespace)` : n.label,
        ranges: [],
        ports: [],
        origin: n.kind === 'pod' && n.origin !== 'cluster' ? 'namespace' : n.origin,
      });
    return box;
  };
  const edges = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    if (!touching(e)) continue;
    const [from, to] = [idOf(byId.get(e.from)!), idOf(byId.get(e.to)!)];
    const key = `${from}\u0000${to}`;
    const seen = edges.get(key);
    edges.set(key, { from, to, ports: unionPorts(seen?.ports ?? [], e.ports) });
  }
  for (const n of graph.nodes) if (keep(n)) nodes.set(n.id, n);
  return {
    target: title,
    nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    edges: [...edges.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0)),
    policyCount: graph.policyCount,
    groups: graph.groups.filter((g) => nodes.has(`${g.id}/workloads`) || [...nodes.values()].some((n) => n.group === g.id)),
  };
}

/** The pods of one namespace and their flows; other namespaces are one node each. */
export function namespaceView(graph: NetworkGraph, namespace: string): NetworkGraph {
  const inside = (n: GraphNode | undefined) => n !== undefined && boxOf(n) === namespace && n.kind === 'pod';
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return foldOutside(graph, inside, (e) => inside(byId.get(e.from)) || inside(byId.get(e.to)), `${graph.target} ${namespace}`);
}

/** Nodes the focus selects: the pods of a component (by its name) or of a namespace. */
export function focusNodes(graph: NetworkGraph, focus: string): GraphNode[] {
  return graph.nodes.filter(
    (n) => n.id === focus || n.label === focus || n.id.endsWith(`/${focus}`) || (n.kind === 'pod' && boxOf(n) === focus),
  );
}

/** One component (or namespace) with every flow into and out of it; peers drawn pod by pod. */
export function focusView(graph: NetworkGraph, focus: string): NetworkGraph {
  const selected = new Set(focusNodes(graph, focus).map((n) => n.id));
  const peers = new Set<string>(selected);
  for (const e of graph.edges) {
    if (selected.has(e.from)) peers.add(e.to);
    if (selected.has(e.to)) peers.add(e.from);
  }
  return foldOutside(
    graph,
    (n) => peers.has(n.id),
    (e) => selected.has(e.from) || selected.has(e.to),
    `${graph.target} focus ${focus}`,
  );
}
