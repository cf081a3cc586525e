import { toDot } from '../../lib/insight/dot';
import { loadGraphviz } from '../../lib/insight/graphviz';
import { renderedObjects } from '../../lib/insight';
import {
  API_SERVER_ID,
  buildNetworkGraph,
  type GraphNode,
  INTERNET_ID,
  KUBE_DNS_ID,
  type NetworkGraph,
  NODES_ID,
} from '../../lib/insight/network-graph';
import { renderedTarget, shippedBuild } from '../support/render';
import { isAllowed, type Party } from './support/reachability';

const graphs = new Map<string, NetworkGraph>();
function graphOf(target: string): NetworkGraph {
  if (!graphs.has(target)) {
    const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
    graphs.set(target, buildNetworkGraph(renderedObjects(renderedTarget(target)), model));
  }
  return graphs.get(target)!;
}
const edge = (g: NetworkGraph, from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to);
const party = (n: GraphNode): Party =>
  n.kind === 'pod'
    ? { pod: { namespace: n.namespace, labels: { ...n.labels }, policed: n.policed, sends: n.sends } }
    : { ranges: n.ranges };

describe('network graph of the shipped targets', () => {
  it('shows the known flows of fact sheet §5', () => {
    const g = graphOf('prod-azure');
    expect(edge(g, 'matih-control-plane/api-gateway', 'matih-control-plane/iam-service')?.ports).toContain('8081');
    expect(edge(g, 'tenant-acme/workloads', 'tenant-globex/workloads')).toBeUndefined();
    expect(edge(g, 'tenant-globex/workloads', 'tenant-acme/workloads')).toBeUndefined();
    expect(edge(g, 'matih-data-plane/ai-service', INTERNET_ID)?.ports).toContain('443');
    expect(edge(g, 'matih-control-plane/iam-service', INTERNET_ID)).toBeUndefined();
    expect(edge(g, 'matih-control-plane/api-gateway', 'kube-system/kube-dns')?.ports).toEqual(['53', '53/UDP']);
  });

  it('draws chart and operator components from the model and every tenant of the target', () => {
    const g = graphOf('prod-azure');
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(byId.get('matih-control-plane/api-gateway')?.origin).toBe('workload');
    expect(byId.get('matih-control-plane/postgresql')?.origin).toBe('component');
    const model = shippedBuild().model.targets.find((t) => t.target.name === 'prod-azure')!;
    expect(g.nodes.filter((n) => n.origin === 'tenant').map((n) => n.id)).toEqual(
      model.tenants.map((t) => `tenant-${t.slug}/workloads`).sort(),
    );
  });

  it('has exactly the edges an independent evaluation of the policies allows (every pair, every port)', () => {
    const target = 'dev-azure';
    const g = graphOf(target);
    const objects = renderedObjects(renderedTarget(target));
    const mismatches: string[] = [];
    for (const src of g.nodes) {
      for (const dst of g.nodes) {
        if (src === dst || (src.kind === 'external' && dst.kind === 'external')) continue;
        const drawn = edge(g, src.id, dst.id)?.ports ?? [];
        for (const p of dst.ports) {
          const label = p.protocol === 'TCP' ? String(p.port) : `${p.port}/${p.protocol}`;
          if (drawn.includes(label) !== isAllowed(objects as never, party(src), party(dst), p.port, p.protocol))
            mismatches.push(`${src.id} -> ${dst.id}:${label}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(g.edges.length).toBeGreaterThan(50);
  });

  it('labels pseudo-nodes as what they are, never as example addresses', () => {
    const labels = graphOf('prod-gcp')
      .nodes.filter((n) => n.kind === 'external' || n.origin === 'cluster')
      .map((n) => n.label)
      .sort();
    expect(labels).toEqual(['Kubernetes API server', 'cluster nodes', 'internet', 'kube-dns']);
    for (const n of graphOf('prod-gcp').nodes) expect(n.label).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
  });

  it('never makes kube-dns reachable from outside, nor a sender: it only answers DNS from pods whose egress allows it', () => {
    for (const target of ['prod-azure', 'dev-azure']) {
      const g = graphOf(target);
      expect(g.edges.filter((e) => e.from === KUBE_DNS_ID)).toEqual([]);
      const into = g.edges.filter((e) => e.to === KUBE_DNS_ID);
      expect(into.filter((e) => [INTERNET_ID, NODES_ID, API_SERVER_ID].includes(e.from))).toEqual([]);
      expect(new Set(into.flatMap((e) => e.ports))).toEqual(new Set(['53', '53/UDP']));
      expect(into.length).toBeGreaterThan(20);
    }
  });

  it('leaves out components without pods (CRD-only charts)', () => {
    const g = graphOf('prod-azure');
    expect(g.nodes.find((n) => n.label === 'prometheus-operator-crds')).toBeUndefined();
    expect(g.nodes.find((n) => n.label === 'kube-prometheus-stack')).toBeDefined();
  });
});

describe('network.svg', () => {
  it('is byte-identical across renders and reused from a previous SVG only when the DOT is unchanged', async () => {
    const g = graphOf('prod-gcp');
    const dot = toDot(g);
    expect(toDot(graphOf('prod-gcp'))).toBe(dot);
    const first = (await loadGraphviz())(dot);
    const second = (await loadGraphviz())(dot);
    expect(second).toBe(first);
    expect(first).toMatch(/^<\?xml[^]*<svg[^]*<\/svg>\n?$/);
    expect(first).toContain(
      '<title>matih&#45;control&#45;plane/api&#45;gateway&#45;&gt;matih&#45;control&#45;plane/iam&#45;service</title>',
    );
    expect(first).not.toContain('Generated by graphviz');
    const cachedRender = await loadGraphviz([first.replace('</svg>', '<!-- marker --></svg>')]);
    expect(cachedRender(dot)).toContain('<!-- marker -->');
    expect(cachedRender(dot.replace('rankdir=LR', 'rankdir=TB'))).not.toContain('<!-- marker -->');
  }, 60_000);
});
