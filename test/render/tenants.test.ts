import { factQuota } from '../facts/tenancy';
import { MAX_SLUG_LENGTH, parseTenants } from '../../lib/model/tenants';
import { TARGETS } from '../../config/targets';
import { TIERS } from '../../config/types';
import { generateTenants, TIER_MIX, tenantsYaml } from '../../lib/model/synthetic-tenants';

const targets = TARGETS.map((t) => t.name);

describe('synthetic tenant sets of the benchmark', () => {
  it('are deterministic: the same count and seed give the same file, another seed another one', () => {
    const a = tenantsYaml(generateTenants({ count: 300, targets: ['prod-azure'] }));
    expect(tenantsYaml(generateTenants({ count: 300, targets: ['prod-azure'] }))).toBe(a);
    expect(tenantsYaml(generateTenants({ count: 300, targets: ['prod-azure'], seed: 9 }))).not.toBe(a);
    // A larger set starts with the smaller one: sizes differ only by added tenants.
    expect(generateTenants({ count: 500, targets: ['prod-azure'] }).slice(0, 300)).toEqual(
      generateTenants({ count: 300, targets: ['prod-azure'] }),
    );
  });

  it('pass tenants.yaml validation, with unique DNS-safe slugs on the requested targets', () => {
    const tenants = parseTenants(tenantsYaml(generateTenants({ count: 2000, targets: ['prod-azure', 'prod-aws'] })), 'bench', targets);
    expect(tenants).toHaveLength(2000);
    expect(new Set(tenants.map((t) => t.slug)).size).toBe(2000);
    expect(tenants[0].slug).toMatch(/^t00001-[a-z-]+$/);
    expect(Math.max(...tenants.map((t) => t.slug.length))).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(tenants.every((t) => t.targets.join() === 'prod-azure,prod-aws')).toBe(true);
  });

  it('mix the tiers as TIER_MIX says, ENTERPRISE tenants with their own quota and others with the tier quota', () => {
    const tenants = parseTenants(tenantsYaml(generateTenants({ count: 5000, targets: ['prod-azure'] })), 'bench', targets);
    for (const tier of TIERS) {
      const share = (100 * tenants.filter((t) => t.tier === tier).length) / tenants.length;
      expect(Math.abs(share - TIER_MIX[tier])).toBeLessThan(2);
    }
    for (const t of tenants) {
      if (t.tier === 'ENTERPRISE') expect((['FREE', 'STARTER', 'PROFESSIONAL'] as const).map(factQuota)).not.toContainEqual(t.quota);
      else expect(t.quota).toEqual(factQuota(t.tier));
    }
    expect(tenants.some((t) => t.displayName) && tenants.some((t) => !t.ownerGroup.startsWith('matih-tenant-'))).toBe(true);
  });

  it('reject impossible sizes and an empty target list', () => {
    expect(() => generateTenants({ count: -1, targets: ['prod-azure'] })).toThrow(
      'tenant count must be an integer from 0 to 99999, got -1',
    );
    expect(() => generateTenants({ count: 1.5, targets: ['prod-azure'] })).toThrow('got 1.5');
    expect(() => generateTenants({ count: 10, targets: [] })).toThrow('at least one target');
  });
});
