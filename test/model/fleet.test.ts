/**
 * The fleet model: placement defaults and overrides, stable shard assignment, member clusters with
 * address blocks that never overlap, capacity, and the errors a platform engineer sees.
 */
import { TENANT_OVERCOMMIT_RATIO, TIER_QUOTAS, TIER_PLACEMENT } from '../../config/tenancy';
import { poolViews } from '../../lib/gate/scheduling/pools';
import { poolCapacity } from '../../lib/model/capacity';
import { type TargetSpec, type TenancySettings, type Tenant, TIERS } from '../../config/types';
import { cidrsOverlap, cidrWithin } from '../../lib/k8s/cidr';
import {
  DEFAULT_TENANCY,
  capacityProblems,
  expandShards,
  memberComponents,
  memberNetwork,
  memberTarget,
  placementOf,
  planFleet,
  platformRanges,
  shardOf,
  tenancyOf,
} from '../../lib/model/fleet';
import { ModelError } from '../../lib/model/errors';
import { loadPlatform } from '../../lib/model/load';
import { parseTenants } from '../../lib/model/tenants';
import { TARGETS } from '../../config/targets';
import { COMPONENTS } from '../../config/components';
import type { Component, ServiceComponent } from '../../config/types';
import { targetByName } from '../../lib/model/targets';

const prodAzure = targetByName('prod-azure');

function tenant(slug: string, tier: Tenant['tier'] = 'FREE', extra: Partial<Tenant> = {}): Tenant {
  const quota = tier === 'ENTERPRISE' ? TIER_QUOTAS.PROFESSIONAL : TIER_QUOTAS[tier];
  return { slug, tier, targets: ['prod-azure'], ownerGroup: `${slug}-admins`, quota, ...extra };
}

function errorOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return [...(error as ModelError).problems];
  }
  throw new Error('expected a ModelError');
}

/** A small deterministic random generator (tests must not depend on Math.random). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const slugOf = (next: () => number) =>
  `t${Math.floor(next() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;

describe('placement', () => {
  it('defaults by tier as fact sheet §4 says: FREE and STARTER shared, PROFESSIONAL and ENTERPRISE dedicated', () => {
    expect(TIERS.map((tier) => [tier, placementOf({ tier }, 'prod', DEFAULT_TENANCY)])).toEqual([
      ['FREE', 'shared'],
      ['STARTER', 'shared'],
      ['PROFESSIONAL', 'dedicated'],
      ['ENTERPRISE', 'dedicated'],
    ]);
    expect(TIER_PLACEMENT.PROFESSIONAL).toBe('dedicated');
  });

  it('takes the environment override over the tenant override over the tier, and dev forces shared', () => {
    const t = { tier: 'FREE' as const, placement: 'dedicated' as const, placementByEnvironment: { staging: 'shared' as const } };
    expect(placementOf(t, 'prod', DEFAULT_TENANCY)).toBe('dedicated');
    expect(placementOf(t, 'staging', DEFAULT_TENANCY)).toBe('shared');
    expect(placementOf({ tier: 'ENTERPRISE' }, 'prod', { forceShared: true })).toBe('shared');
    expect(placementOf({ tier: 'ENTERPRISE', placement: 'dedicated' }, 'dev', { forceShared: true })).toBe('shared');
  });

  it('places the shipped tenants: dedicated and shared ones on several targets, dev all shared', () => {
    const model = loadPlatform();
    const members = model.targets.filter((t) => t.fleet?.role === 'dedicated').map((t) => t.target.name);
    expect(members.length).toBeGreaterThanOrEqual(3);
    const platforms = new Set(model.targets.filter((t) => t.fleet?.role === 'dedicated').map((t) => t.fleet!.platform));
    expect(platforms.size).toBeGreaterThanOrEqual(2);
    for (const t of model.targets.filter((x) => x.fleet?.role === 'platform'))
      expect(t.tenants.length + (t.fleet!.members.length > 0 ? 1 : 0)).toBeGreaterThan(0);
    expect(model.targets.filter((t) => t.fleet?.platform === 'dev-azure').map((t) => t.target.name)).toEqual(['dev-azure']);
    const dev = model.targets.find((t) => t.target.name === 'dev-azure')!;
    expect(dev.tenants.map((t) => t.tier)).toContain('PROFESSIONAL');
  });

  it('parses the fields in tenants.yaml and names the file and key path of a mistake', () => {
    const text = (extra: string) => `tenants:\n  - slug: acme\n    tier: PROFESSIONAL\n    targets: [prod-azure]\n${extra}`;
    const [t] = parseTenants(text('    placement: shared\n    placementByEnvironment: { prod: dedicated }\n    shard: 3\n'), 'f', [
      'prod-azure',
    ]);
    expect(t).toMatchObject({ placement: 'shared', placementByEnvironment: { prod: 'dedicated' }, shard: 3 });
    const bad = (extra: string) => errorOf(() => parseTenants(text(extra), 'config/tenants.yaml', ['prod-azure']));
    expect(bad('    placement: dedicate\n')).toEqual([
      'tenants[0] (slug "acme").placement: expected one of shared, dedicated, found "dedicate"',
    ]);
    expect(bad('    placementByEnvironment: { qa: shared }\n')[0]).toMatch(/^tenants\[0\] \(slug "acme"\)\.placementByEnvironment/);
    expect(bad('    shard: -1\n')[0]).toMatch(/^tenants\[0\] \(slug "acme"\)\.shard: expected a non-negative integer/);
    expect(bad('    movedFrom: { placement: shared, retired: "yes" }\n')[0]).toMatch(/movedFrom\.retired: expected true or false/);
  });
});

describe('virtual shards', () => {
  it('depend on the slug (or the pin) only', () => {
    expect(shardOf({ slug: 'acme' }, 16)).toBe(shardOf({ slug: 'acme' }, 16));
    expect(shardOf({ slug: 'acme', shard: 5 }, 16)).toBe(5);
    expect(expandShards([0, '2-4', 7])).toEqual([0, 2, 3, 4, 7]);
  });

  it('never move an existing tenant when others are added or removed (random tenant sets)', () => {
    const next = random(16);
    for (let round = 0; round < 20; round++) {
      const slugs = Array.from({ length: 40 + Math.floor(next() * 80) }, () => slugOf(next));
      const tenants = [...new Set(slugs)].map((s) => tenant(s, next() < 0.5 ? 'FREE' : 'STARTER', next() < 0.1 ? { shard: 3 } : {}));
      const tenancy: TenancySettings = { ...DEFAULT_TENANCY, quotaOvercommit: 1e9 };
      const before = planFleet(prodAzure, tenancy, tenants, 'tenants.yaml');
      const added = [...tenants, ...Array.from({ length: 10 }, () => tenant(slugOf(next)))];
      const removed = tenants.filter((_, i) => i % 3 !== 0);
      for (const after of [planFleet(prodAzure, tenancy, added, 'tenants.yaml'), planFleet(prodAzure, tenancy, removed, 'tenants.yaml')]) {
        for (const [slug, place] of after.places) {
          const was = before.places.get(slug);
          if (was) expect([slug, place]).toEqual([slug, was]);
        }
      }
    }
  });

  it('maps shards to the shared clusters the settings list, the rest to the platform cluster', () => {
    const tenancy: TenancySettings = { ...DEFAULT_TENANCY, virtualShards: 4, sharedClusters: [{ name: 'shared-1', shards: ['2-3'] }] };
    const plan = planFleet(prodAzure, tenancy, [tenant('a', 'FREE', { shard: 1 }), tenant('b', 'FREE', { shard: 2 })], 'tenants.yaml');
    expect(plan.places.get('a')!.cluster).toBe('prod-azure');
    expect(plan.places.get('b')!.cluster).toBe('prod-azure-shared-1');
    expect(plan.members.map((m) => [m.name, m.kind])).toEqual([['prod-azure-shared-1', 'shared']]);
    expect(
      errorOf(() =>
        planFleet(prodAzure, { ...tenancy, sharedClusters: [...tenancy.sharedClusters, { name: 'shared-2', shards: [3, 9] }] }, [], 't'),
      ),
    ).toEqual([
      'settings.tenancy.sharedClusters[1].shards: shard 3 is already on shared-1',
      'settings.tenancy.sharedClusters[1].shards: shard 9 does not exist (virtualShards is 4)',
    ]);
    expect(errorOf(() => planFleet(prodAzure, tenancy, [tenant('x', 'FREE', { shard: 4 })], 'config/tenants.yaml'))).toEqual([
      'tenants (slug "x").shard: shard 4 does not exist on prod-azure (virtualShards is 4)',
    ]);
  });

  it('checks settings.tenancy from YAML overrides with the key path', () => {
    expect(errorOf(() => tenancyOf({ ...DEFAULT_TENANCY, virtualShards: 0 }, 'prod-azure'))[0]).toMatch(
      /^settings\.tenancy\.virtualShards: /,
    );
    expect(
      errorOf(() => tenancyOf({ ...DEFAULT_TENANCY, memberNetwork: { supernet: '10.1.2.3/8', blockPrefix: 18 } }, 'prod-azure')),
    ).toEqual(['settings.tenancy.memberNetwork.supernet: "10.1.2.3/8" has host bits set (network address expected)']);
  });
});

describe('member clusters', () => {
  it('are one per dedicated tenant, named <target>-<slug>, in the same environment and cloud', () => {
    const plan = planFleet(prodAzure, DEFAULT_TENANCY, [tenant('acme', 'PROFESSIONAL'), tenant('hooli')], 'tenants.yaml');
    expect(plan.members.map((m) => [m.name, m.kind, m.tenant])).toEqual([
      ['prod-azure-acme', 'dedicated', { slug: 'acme', tier: 'PROFESSIONAL', requests: { cpu: '16', memory: '32Gi' } }],
    ]);
    const spec = memberTarget(prodAzure, plan.members[0], DEFAULT_TENANCY);
    expect([spec.name, spec.environment, spec.provider.cloud, spec.domain]).toEqual(['prod-azure-acme', 'prod', 'azure', 'acme.matih.ai']);
    expect(spec.cluster.nodePools.map((p) => p.name)).not.toContain('ctrlplane');
    // The platform's pools (config/tenancy.ts DEDICATED_CLUSTER_SIZE), the tenant's pool grown by its quota: 16 CPU
    // over the 7.82 CPU a Standard_D8s_v3 offers after AKS's reservations (8 vCPU - 180m) is 3 nodes.
    const platformPool = (name: string) => prodAzure.cluster.nodePools.find((p) => p.name === name)!;
    expect(spec.cluster.nodePools.find((p) => p.name === 'dataplane')!.max).toBe(platformPool('dataplane').max + 3);
    for (const p of spec.cluster.nodePools.filter((p) => p.name !== 'dataplane')) expect(p).toEqual(platformPool(p.name));
  });

  it('get address blocks that never overlap each other or the platform, with every range inside the block', () => {
    const next = random(7);
    const tenants = Array.from({ length: 60 }, () => tenant(slugOf(next), 'ENTERPRISE'));
    const pinned = (list: Tenant[]): Tenant[] => {
      // Resolve collisions the way the error message says: pin the later one to the suggested block.
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          planFleet(prodAzure, DEFAULT_TENANCY, list, 't');
          return list;
        } catch (error) {
          const problem = (error as ModelError).problems[0];
          const slug = /slug "([^"]+)"/.exec(problem)![1];
          const free = Number(/networkSlot: (\d+)/.exec(problem)![1]);
          list = list.map((t) => (t.slug === slug ? { ...t, networkSlot: free } : t));
        }
      }
      throw new Error('collisions did not resolve');
    };
    const plan = planFleet(prodAzure, DEFAULT_TENANCY, pinned(tenants), 't');
    expect(plan.members).toHaveLength(60);
    const specs: TargetSpec[] = plan.members.map((m) => memberTarget(prodAzure, m, DEFAULT_TENANCY));
    for (const [i, a] of specs.entries()) {
      const ranges = platformRanges(a).filter((r) => r !== a.cluster.vnetCidr);
      for (const r of ranges) expect([a.name, r, cidrWithin(a.cluster.vnetCidr, r)]).toEqual([a.name, r, true]);
      for (const p of platformRanges(prodAzure)) expect([a.name, p, cidrsOverlap(a.cluster.vnetCidr, p)]).toEqual([a.name, p, false]);
      for (const b of specs.slice(i + 1))
        expect([a.name, b.name, cidrsOverlap(a.cluster.vnetCidr, b.cluster.vnetCidr)]).toEqual([a.name, b.name, false]);
    }
    // Inside one block, the ranges do not overlap each other either.
    const layout = memberNetwork('10.128.0.0/18');
    const own = [layout.podCidr, layout.nodeCidr, layout.serviceCidr, layout.privateEndpointCidr, layout.apiServerCidr, layout.masterCidr];
    for (const [i, a] of own.entries()) for (const b of own.slice(i + 1)) expect([a, b, cidrsOverlap(a, b)]).toEqual([a, b, false]);
  });

  it('refuses two members on one address block and names a free one', () => {
    const problems = errorOf(() =>
      planFleet(
        prodAzure,
        DEFAULT_TENANCY,
        [tenant('a', 'ENTERPRISE', { networkSlot: 7 }), tenant('b', 'ENTERPRISE', { networkSlot: 7 })],
        'config/tenants.yaml',
      ),
    );
    expect(problems).toEqual([
      'tenants (slug "b").networkSlot: address block 7 of prod-azure is already tenant a\'s; pin one of them to a free block (networkSlot: 0)',
    ]);
    expect(
      errorOf(() => planFleet(prodAzure, { ...DEFAULT_TENANCY, memberNetwork: { supernet: '10.0.0.0/9', blockPrefix: 18 } }, [], 't'))[0],
    ).toMatch(/supernet: 10\.0\.0\.0\/9 overlaps the platform cluster's range/);
  });

  it('refuses a dedicated tenant named like a shared cluster', () => {
    const tenancy = { ...DEFAULT_TENANCY, sharedClusters: [{ name: 'shared-1', shards: [1] }] };
    expect(errorOf(() => planFleet(prodAzure, tenancy, [tenant('shared-1', 'ENTERPRISE')], 't'))).toEqual([
      'tenants (slug "shared-1").slug: "shared-1" is the name of a shared cluster of prod-azure; a dedicated cluster would clash',
    ]);
  });

  it('keeps the place a tenant leaves until movedFrom is retired', () => {
    const moving = tenant('acme', 'PROFESSIONAL', { movedFrom: { placement: 'shared', retired: false } });
    const plan = planFleet(prodAzure, DEFAULT_TENANCY, [moving], 't');
    expect(plan.places.get('acme')!.cluster).toBe('prod-azure-acme');
    expect(plan.retained.get('acme')).toEqual({ placement: 'shared', shard: shardOf(moving, 16), cluster: 'prod-azure' });
    const retired = planFleet(prodAzure, DEFAULT_TENANCY, [{ ...moving, movedFrom: { placement: 'shared', retired: true } }], 't');
    expect(retired.retained.size).toBe(0);
  });
});

describe('capacity', () => {
  it('refuses a cluster whose tenant pool cannot carry the tier quotas of its tenants', () => {
    const many = Array.from({ length: 40 }, (_, i) => tenant(`free-${i}`));
    const problems = capacityProblems(prodAzure, many, DEFAULT_TENANCY);
    expect(problems).toHaveLength(1);
    // AKS Standard_D4s_v3: 4 vCPU - 140m, 16 GiB - 4 GiB (25 %) - 100 MiB per node; 3 nodes; quotaOvercommit 2.
    expect(problems[0]).toMatch(
      /^cluster prod-azure: pool playground carries 40 tenant\(s\) with quota requests of 80 CPU \/ 160Gi, more than 2x its allocatable 11\.6 CPU \/ 35\.7Gi at 3 nodes; map some of its shards/,
    );
    expect(capacityProblems(prodAzure, many.slice(0, 10), DEFAULT_TENANCY)).toEqual([]);
  });

  it("reads the scheduling rule's figures: one capacity model for the fleet plan and the gate", () => {
    for (const target of TARGETS)
      for (const view of poolViews(target)) {
        const capacity = poolCapacity(target, view.spec)!;
        expect([target.name, view.name, capacity.cpu * 1000, capacity.memory]).toEqual([
          target.name,
          view.name,
          view.allocatable.cpuMillis * view.spec.max,
          view.allocatable.memoryBytes * view.spec.max,
        ]);
      }
    expect(DEFAULT_TENANCY.quotaOvercommit).toBe(TENANT_OVERCOMMIT_RATIO);
  });

  it('accepts the shipped fleet (every cluster within its pools)', () => {
    expect(() => loadPlatform()).not.toThrow();
    expect(TARGETS.length).toBeGreaterThan(0);
  });
});

describe('fleet endpoints', () => {
  /** The catalog plus `count` control-plane services the query engine depends on (endpoints besides the catalog's own). */
  function withControlPlaneDependencies(count: number): Record<string, Component> {
    const gateway = COMPONENTS['api-gateway'] as ServiceComponent;
    const extra = Array.from({ length: count }, (_, i) => `cp-extra-${String(i).padStart(2, '0')}`);
    const query = COMPONENTS['query-engine'] as ServiceComponent;
    return {
      ...COMPONENTS,
      ...Object.fromEntries(extra.map((name) => [name, { ...gateway, dependsOn: [] }])),
      'query-engine': { ...query, dependsOn: [...query.dependsOn, ...extra] },
    };
  }

  it('gives each endpoint its own address, up to the 16 hosts of the /26 fleetEndpointCidr', () => {
    for (const target of [prodAzure, targetByName('prod-gcp')]) {
      const shipped = memberComponents(target, COMPONENTS).endpoints.length;
      expect(shipped).toBeGreaterThan(0);
      const { endpoints } = memberComponents(target, withControlPlaneDependencies(16 - shipped));
      expect(endpoints).toHaveLength(16);
      expect(new Set(endpoints.flatMap((e) => e.addresses)).size).toBe(16);
      for (const e of endpoints) expect(e.addresses.every((a) => cidrWithin(target.cluster.fleetEndpointCidr, `${a}/32`))).toBe(true);
    }
  });

  it('refuses more endpoints than fleetEndpointCidr has addresses with a model error naming the config', () => {
    for (const target of [prodAzure, targetByName('prod-gcp')]) {
      let error: unknown;
      try {
        memberComponents(target, withControlPlaneDependencies(17 - memberComponents(target, COMPONENTS).endpoints.length));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).file).toBe(`config (target ${target.name})`);
      expect((error as ModelError).problems).toEqual([
        expect.stringMatching(
          new RegExp(
            `^fleet endpoints: member clusters need 17 control-plane endpoints \\(api-gateway, cp-extra-00, .*\\), more than the 16 addresses of cluster.fleetEndpointCidr ${target.cluster.fleetEndpointCidr.replace(/\./g, '\\.')};`,
          ),
        ),
      ]);
    }
  });
});
