import type { K8sObject } from '../../lib/k8s/object';
import { renderTarget } from '../../lib/render/render';
import { FEATURES } from '../../lib/render/features';
import { renderedObjects } from '../../lib/insight';
import { groupLabel, toDot } from '../../lib/insight/dot';
import { buildNetworkGraph, GROUP_TENANTS_ABOVE, type NetworkGraph } from '../../lib/insight/network-graph';
import { tenantNamespaces } from '../../lib/insight/tenant-groups';
import { renderedTarget, shippedBuild } from '../support/render';
import { isAllowed } from './support/reachability';

const TARGET = 'dev-azure';
const COPIES = 8;
const model = shippedBuild().model.targets.find((t) => t.target.name === TARGET)!;
// The shipped tenants of the target, each copied under new slugs: a rendered target well above the threshold.
const manyModel = {
  ...model,
  tenants: [
    ...model.tenants,
    ...Array.from({ length: COPIES }, (_, i) => model.tenants.map((t) => ({ ...t, slug: `${t.slug}-c${i}` }))).flat(),
  ],
};
const many: readonly K8sObject[] = renderedObjects(renderTarget(manyModel, FEATURES));
const tenantCount = manyModel.tenants.length;

const key = (from: string, to: string, ports: readonly string[]) => `${from} -> ${to} ${ports.join(',')}`;
const grouped = buildNetworkGraph(many, manyModel);
const ungrouped = buildNetworkGraph(many, manyModel, { groupTenantsAbove: Infinity });

/** A policy object as the renderer writes it. */
function policy(namespace: string, name: string, spec: Record<string, unknown>): K8sObject {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec } as K8sObject;
}

/** Edges touching `id`, with `id` renamed to `as`, leaving out edges to or from `excluded` nodes. */
function edgesOf(g: NetworkGraph, id: string, as: string, excluded: ReadonlySet<string> = new Set()): string[] {
  return g.edges
    .filter((e) => (e.from === id || e.to === id) && !excluded.has(e.from) && !excluded.has(e.to))
    .map((e) => key(e.from === id ? as : e.from, e.to === id ? as : e.to, e.ports))
    .sort();
}

describe('tenant groups in the network picture', () => {
  it('draws every shipped tenant on its own (the shipped targets stay below the threshold)', () => {
    for (const r of shippedBuild().rendered) {
      const t = shippedBuild().model.targets.find((x) => x.target.name === r.target)!;
      expect(t.tenants.length).toBeLessThanOrEqual(GROUP_TENANTS_ABOVE);
      expect(buildNetworkGraph(renderedObjects(renderedTarget(r.target)), t).groups).toEqual([]);
    }
  });

  it('groups many tenants into one node per group of identical policies', () => {
    expect(tenantCount).toBeGreaterThan(GROUP_TENANTS_ABOVE);
    expect(buildNetworkGraph(many, manyModel, { groupTenantsAbove: tenantCount }).groups).toEqual([]);
    const tiers = new Set(manyModel.tenants.map((t) => t.tier));
    expect(grouped.groups).toHaveLength(tiers.size);
    expect(grouped.groups.flatMap((g) => g.members).sort()).toEqual(manyModel.tenants.map((t) => `tenant-${t.slug}`).sort());
    const tierOf = new Map(manyModel.tenants.map((t) => [`tenant-${t.slug}`, t.tier]));
    for (const g of grouped.groups) {
      expect(new Set(g.members.map((m) => tierOf.get(m)))).toEqual(new Set([g.tier]));
      const node = grouped.nodes.find((n) => n.group === g.id)!;
      expect(node).toMatchObject({ id: `${g.id}/workloads`, label: `tenant-* ×${g.members.length} (${g.tier})`, origin: 'tenant' });
      expect(node.kind === 'pod' && node.namespace).toBe(g.members[0]);
    }
    expect(grouped.nodes.filter((n) => n.origin === 'tenant')).toHaveLength(tiers.size);
    expect(grouped.nodes.length).toBe(ungrouped.nodes.length - tenantCount + tiers.size);
    expect(ungrouped.groups).toEqual([]);
    expect(ungrouped.nodes.filter((n) => n.origin === 'tenant')).toHaveLength(tenantCount);
  });

  it('gives a group exactly the edges of its representative', () => {
    for (const g of grouped.groups) {
      const others = new Set(g.members.slice(1).map((m) => `${m}/workloads`));
      const rep = `${g.members[0]}/workloads`;
      const representative = edgesOf(ungrouped, rep, 'GROUP', others);
      expect(representative.length).toBeGreaterThan(3);
      expect(edgesOf(grouped, `${g.id}/workloads`, 'GROUP')).toEqual(representative);
    }
  });

  it('draws no self-edge: members cannot reach each other, although pods inside one member can', () => {
    for (const g of grouped.groups) {
      expect(g).toMatchObject({ withinMember: true, betweenMembers: false });
      expect(grouped.edges.filter((e) => e.from === e.to)).toEqual([]);
      // The ungrouped picture and the independent evaluator agree: no flow between any two members.
      const members = new Set(g.members.map((m) => `${m}/workloads`));
      expect(ungrouped.edges.filter((e) => members.has(e.from) && members.has(e.to))).toEqual([]);
      const pod = (ns: string) => ({ pod: { namespace: ns, labels: {} } });
      expect(isAllowed(many as never, pod(g.members[0]), pod(g.members[1]), 8080)).toBe(false);
      expect(isAllowed(many as never, pod(g.members[0]), pod(g.members[0]), 8080)).toBe(true);
      expect(toDot(grouped)).toContain(`label=${JSON.stringify(groupLabel(g))}`);
      expect(groupLabel(g)).toContain('no flows between members (no self-edge)');
    }
  });

  it('draws a self-edge when the policies let members reach each other', () => {
    const peer = { namespaceSelector: { matchLabels: { 'matih.ai/namespace-type': 'tenant' } } };
    const open = tenantNamespaces(many).map((t) =>
      policy(t.name, 'allow-other-tenants', {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [peer], ports: [{ port: 8080, protocol: 'TCP' }] }],
        egress: [{ to: [peer], ports: [{ port: 8080, protocol: 'TCP' }] }],
      }),
    );
    const objects = [...many, ...open];
    const g = buildNetworkGraph(objects, manyModel);
    expect(g.groups.length).toBe(grouped.groups.length);
    for (const group of g.groups) {
      expect(group.betweenMembers).toBe(true);
      const id = `${group.id}/workloads`;
      expect(g.edges.find((e) => e.from === id && e.to === id)?.ports).toEqual(['8080']);
      expect(groupLabel(group)).toContain('members reach each other (self-edge)');
      expect(
        isAllowed(
          objects as never,
          { pod: { namespace: group.members[0], labels: {} } },
          { pod: { namespace: group.members[1], labels: {} } },
          8080,
        ),
      ).toBe(true);
    }
  });

  it('keeps a tenant that another namespace names on its own', () => {
    const singled = tenantNamespaces(many).find((t) => t.tier === grouped.groups[0].tier && t.name !== grouped.groups[0].members[0])!;
    const extra = policy('matih-monitoring', 'scrape-one-tenant', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': singled.name } } }],
          ports: [{ port: 9999, protocol: 'TCP' }],
        },
      ],
    });
    const g = buildNetworkGraph([...many, extra], manyModel);
    expect(g.groups.flatMap((x) => x.members)).not.toContain(singled.name);
    expect(g.nodes.find((n) => n.id === `${singled.name}/workloads`)).toMatchObject({
      origin: 'tenant',
      label: `tenant ${singled.slug} (${singled.tier})`,
    });
    expect(g.groups.find((x) => x.id === grouped.groups[0].id)!.members).toHaveLength(grouped.groups[0].members.length - 1);
  });

  it('is deterministic', () => {
    expect(toDot(buildNetworkGraph(many, manyModel))).toBe(toDot(grouped));
    expect(toDot(buildNetworkGraph([...many].reverse(), manyModel))).toBe(toDot(grouped));
  });
});
