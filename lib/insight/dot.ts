/**
 * The network picture as Graphviz DOT: namespaces as clusters, pods as nodes, allowed flows as
 * edges labelled with their ports. Everything is sorted, so the text (and the SVG) is stable.
 */
import type { DrawnTenantGroup, GraphEdge, GraphNode, NetworkGraph } from './network-graph';
import { type Overview, portsLabel, TENANTS_BOX, unionPorts } from './graph-views';

/** Pseudo node that stands for "every pod" in the picture. */
const EVERY_POD = 'every pod';

/**
 * Edges as drawn: a flow from every pod to one node (kube-dns), or from one node to every port of
 * every other pod (Prometheus), is drawn once through an "every pod" node, so the layout stays
 * readable and fast. Only exact universality is folded; anything partial is drawn edge by edge.
 */
function foldUniversalEdges(graph: NetworkGraph): GraphEdge[] {
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
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const NODE_STYLE: Record<GraphNode['origin'], string> = {
  workload: 'shape=box, style="rounded,filled", fillcolor="#e8f0fe"',
  component: 'shape=box, style="rounded,dashed"',
  tenant: 'shape=box, style="rounded,filled", fillcolor="#fff4e5"',
  cluster: 'shape=box, style="rounded,filled", fillcolor="#eeeeee"',
  external: 'shape=ellipse, style=filled, fillcolor="#fde8e8"',
  namespace: 'shape=folder, style=filled, fillcolor="#f3f3f3"',
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
/** More flows than this between one outside node and the pods of one namespace are drawn as one edge to the namespace's box. */
const FOLD_PEER_EDGES_ABOVE = 3;

export function toDot(graph: NetworkGraph): string {
  const lines = [
    `digraph ${quote(`network ${graph.target}`)} {`,
    `  label=${quote(`${graph.target}: flows allowed by ${graph.policyCount} NetworkPolicies (dashed: pods of Helm charts and operators, drawn from the model; an edge to a box: to that many of its pods)`)};`,
    '  labelloc=t; rankdir=LR; fontname="Helvetica"; fontsize=12; newrank=true; compound=true;',
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
  const clusterOf = new Map<string, number>();
  const clusters = [...byNamespace.keys()].sort();
  clusters.forEach((ns, i) => {
    const group = groups.get(ns);
    lines.push(`  subgraph cluster_${i} {`, `    label=${quote(group ? groupLabel(group) : ns)}; style="rounded"; color="#888888";`);
    for (const n of byNamespace.get(ns)!) {
      lines.push(`    ${quote(n.id)} [label=${quote(n.label)}, ${NODE_STYLE[n.origin]}];`);
      clusterOf.set(n.id, i);
    }
    lines.push('  }');
  });
  for (const n of outside) lines.push(`  ${quote(n.id)} [label=${quote(n.label)}, ${NODE_STYLE[n.origin]}];`);
  const edges = foldUniversalEdges(graph);
  if (edges.some((e) => e.from === EVERY_POD || e.to === EVERY_POD))
    lines.push(`  ${quote(EVERY_POD)} [shape=doubleoctagon, style=filled, fillcolor="#ffffcc"];`);
  // Many flows between one outside node and one namespace's pods: one edge to (or from) the namespace's box.
  const isOutside = new Set(outside.map((n) => n.id));
  const bundles = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const [peer, pod, dir] = isOutside.has(e.from) ? [e.from, e.to, 'out'] : isOutside.has(e.to) ? [e.to, e.from, 'in'] : [];
    if (!peer || !clusterOf.has(pod!)) continue;
    const key = `${peer}\u0000${clusterOf.get(pod!)}\u0000${dir}`;
    bundles.set(key, [...(bundles.get(key) ?? []), e]);
  }
  const folded = new Set<GraphEdge>();
  const bundled: string[] = [];
  for (const [key, list] of bundles) {
    if (list.length <= FOLD_PEER_EDGES_ABOVE) continue;
    const [peer, cluster, dir] = key.split('\u0000');
    list.forEach((e) => folded.add(e));
    const ports = portsLabel(
      unionPorts(
        [],
        list.flatMap((e) => e.ports),
      ),
    );
    const anchor = byNamespace.get(clusters[Number(cluster)])![0].id;
    const label = quote(`${ports} (${list.length} pods)`);
    bundled.push(
      dir === 'out'
        ? `  ${quote(peer)} -> ${quote(anchor)} [label=${label}, lhead=cluster_${cluster}, penwidth=2];`
        : `  ${quote(anchor)} -> ${quote(peer)} [label=${label}, ltail=cluster_${cluster}, penwidth=2];`,
    );
  }
  for (const e of edges) if (!folded.has(e)) lines.push(`  ${quote(e.from)} -> ${quote(e.to)} [label=${quote(portsLabel(e.ports))}];`);
  lines.push(...bundled.sort());
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const PSEUDO_STYLE: Record<string, string> = {
  internet: NODE_STYLE.external,
  nodes: NODE_STYLE.external,
  apiserver: NODE_STYLE.external,
};

/** Pseudo-node of the overview standing for every namespace with pods. */
const EVERY_NAMESPACE = 'every namespace';

/** DOT of the namespace-level overview: one box per namespace, flows aggregated between them. */
export function overviewDot(ov: Overview, labels: ReadonlyMap<string, string>): string {
  const lines = [
    `digraph ${quote(`network ${ov.target}`)} {`,
    `  label=${quote(`${ov.target}: flows allowed by ${ov.policyCount} NetworkPolicies, by namespace (edge labels: ports; pod by pod: network/<namespace>.svg)`)};`,
    '  labelloc=t; rankdir=TB; fontname="Helvetica"; fontsize=14; nodesep=0.25; ranksep=0.6; concentrate=true;',
    '  node [fontname="Helvetica", fontsize=13];',
    '  edge [fontname="Helvetica", fontsize=11, color="#555555"];',
  ];
  const namespaces = [...ov.boxes].filter(([, pods]) => pods > 0).map(([box]) => box);
  // A pseudo-node every namespace sends to on the same ports (kube-dns) gets one edge from "every namespace".
  const folded = new Set<string>();
  const edges = [...ov.edges];
  for (const [dst, pods] of ov.boxes) {
    if (pods > 0) continue;
    const ins = namespaces.map((ns) => edges.find((e) => e.from === ns && e.to === dst));
    const ports = ins[0]?.ports.join(',');
    if (ins.length > 2 && ins.every((e) => e && e.ports.join(',') === ports)) {
      ins.forEach((e) => folded.add(`${e!.from}\u0000${dst}`));
      edges.push({ from: EVERY_NAMESPACE, to: dst, ports: ins[0]!.ports, flows: ins.reduce((n, e) => n + e!.flows, 0) });
    }
  }
  for (const [box, pods] of ov.boxes) {
    const label = labels.get(box) ?? box;
    if (pods === 0) {
      lines.push(`  ${quote(box)} [label=${quote(label)}, ${PSEUDO_STYLE[box] ?? NODE_STYLE.cluster}];`);
      continue;
    }
    const inside = ov.inside.get(box) ?? 0;
    const style = box === TENANTS_BOX ? NODE_STYLE.tenant : NODE_STYLE.workload;
    const count = box === TENANTS_BOX ? `${pods} tenant workload${pods === 1 ? '' : 's'}` : `${pods} pod${pods === 1 ? '' : 's'}`;
    lines.push(`  ${quote(box)} [label=${quote(`${label}\n${count}, ${inside} flow${inside === 1 ? '' : 's'} inside`)}, ${style}];`);
  }
  if (edges.some((e) => e.from === EVERY_NAMESPACE))
    lines.push(`  ${quote(EVERY_NAMESPACE)} [shape=doubleoctagon, style=filled, fillcolor="#ffffcc"];`);
  for (const e of edges) {
    if (folded.has(`${e.from}\u0000${e.to}`)) continue;
    lines.push(
      `  ${quote(e.from)} -> ${quote(e.to)} [label=${quote(portsLabel(e.ports, 3))}, penwidth=${Math.min(4, 1 + Math.log2(e.flows)).toFixed(1)}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
