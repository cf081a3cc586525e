/**
 * The network picture as Graphviz DOT: namespaces as clusters, pods as nodes, allowed flows as
 * edges labelled with their ports. Everything is sorted, so the text (and the SVG) is stable.
 */
import type { DrawnTenantGroup, GraphEdge, GraphNode, NetworkGraph } from './network-graph';

/** Pseudo node that stands for "every pod" in the picture. */
export const EVERY_POD = 'every pod';

/**
 * Edges as drawn: a flow from every pod to one node (kube-dns), or from one node to every port of
 * every other pod (Prometheus), is drawn once through an "every pod" node, so the layout stays
 * readable and fast. Only exact universality is folded; anything partial is drawn edge by edge.
 */
export function foldUniversalEdges(graph: NetworkGraph): GraphEdge[] {
  const pods = graph.nodes.filter((n) => n.kind === 'pod');
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  const edges = new Map(graph.edges.map((e) => [key(e.from, e.to), e]));
  const folded: GraphEdge[] = [];
  const drop = new Set<string>();
  for (const dst of graph.nodes) {
    const ins = pods.filter((p) => p !== dst).map((p) => edges.get(key(p.id, dst.id)));
    const ports = ins[0]?.ports.join(',');
    if (ins.length > 1 && ins.every((e) => e && e.ports.join(',') === ports)) {
      ins.forEach((e) => drop.add(key(e!.from, e!.to)));
      folded.push({ from: EVERY_POD, to: dst.id, ports: ins[0]!.ports });
    }
  }
  for (const src of graph.nodes) {
    const outs = pods.filter((p) => p !== src && p.ports.length > 0).map((p) => [p, edges.get(key(src.id, p.id))] as const);
    if (outs.length > 1 && outs.every(([p, e]) => e && e.ports.length === new Set(p.ports.map((x) => `${x.port}/${x.protocol}`)).size)) {
      outs.forEach(([, e]) => drop.add(key(e!.from, e!.to)));
      folded.push({ from: src.id, to: EVERY_POD, ports: ['every port'] });
    }
  }
  const kept = graph.edges.filter((e) => !drop.has(key(e.from, e.to)));
  return [...kept, ...folded].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const NODE_STYLE: Record<GraphNode['origin'], string> = {
  workload: 'shape=box, style="rounded,filled", fillcolor="#e8f0fe"',
  component: 'shape=box, style="rounded,dashed"',
  tenant: 'shape=box, style="rounded,filled", fillcolor="#fff4e5"',
  cluster: 'shape=box, style="rounded,filled", fillcolor="#eeeeee"',
  external: 'shape=ellipse, style=filled, fillcolor="#fde8e8"',
};

/** How many members are named in a group's label before "…". */
const NAMED_MEMBERS = 3;

/** Cluster label of a tenant group: who is in it, who stands for it, and what members may do to each other. */
export function groupLabel(g: DrawnTenantGroup): string {
  const named = g.members.slice(0, NAMED_MEMBERS).join(', ') + (g.members.length > NAMED_MEMBERS ? ', …' : '');
  const within = g.withinMember ? 'pods of one member reach each other' : 'pods of one member do not reach each other';
  const between = g.betweenMembers ? 'members reach each other (self-edge)' : 'no flows between members (no self-edge)';
  return `${g.id}: ${g.members.length} tenant namespaces with the same policies (${named}), evaluated through ${g.members[0]}; ${within}; ${between}`;
}

/** DOT text of a network graph. */
export function toDot(graph: NetworkGraph): string {
  const lines = [
    `digraph ${quote(`network ${graph.target}`)} {`,
    `  label=${quote(`${graph.target}: flows allowed by ${graph.policyCount} NetworkPolicies (dashed: pods of Helm charts and operators, drawn from the model)`)};`,
    '  labelloc=t; rankdir=LR; fontname="Helvetica"; fontsize=12; newrank=true;',
    // Bounded network-simplex and crossing-minimisation passes: roughly halves layout time at this size, layout stays readable.
    '  nslimit=1; nslimit1=1; mclimit=0.2;',
    '  node [fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=8, color="#555555"];',
  ];
  const byNamespace = new Map<string, GraphNode[]>();
  const outside: GraphNode[] = [];
  for (const n of graph.nodes) {
    const cluster = n.group ?? (n.kind === 'pod' ? n.namespace : undefined);
    if (cluster !== undefined) byNamespace.set(cluster, [...(byNamespace.get(cluster) ?? []), n]);
    else outside.push(n);
  }
  const groups = new Map(graph.groups.map((g) => [g.id, g]));
  [...byNamespace.keys()].sort().forEach((ns, i) => {
    const group = groups.get(ns);
    lines.push(`  subgraph cluster_${i} {`, `    label=${quote(group ? groupLabel(group) : ns)}; style="rounded"; color="#888888";`);
    for (const n of byNamespace.get(ns)!) lines.push(`    ${quote(n.id)} [label=${quote(n.label)}, ${NODE_STYLE[n.origin]}];`);
    lines.push('  }');
  });
  for (const n of outside) lines.push(`  ${quote(n.id)} [label=${quote(n.label)}, ${NODE_STYLE[n.origin]}];`);
  const edges = foldUniversalEdges(graph);
  if (edges.some((e) => e.from === EVERY_POD || e.to === EVERY_POD))
    lines.push(`  ${quote(EVERY_POD)} [shape=doubleoctagon, style=filled, fillcolor="#ffffcc"];`);
  for (const e of edges) lines.push(`  ${quote(e.from)} -> ${quote(e.to)} [label=${quote(e.ports.join(','))}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
