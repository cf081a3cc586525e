/**
 * The tier quotas and the tenant LimitRange of config/tenancy.ts equal the fact sheet's values
 * (§4 "Tenant model", test/facts/tenancy.ts): changing one is a deliberate edit of both files.
 */
import { TENANT_LIMITS, TIER_QUOTAS } from '../../config/tenancy';
import { TIERS } from '../../config/types';
import { factQuota, LIMIT_RANGE_FACTS, QUOTA_FACTS } from './tenancy';

describe('tier quotas (fact sheet §4)', () => {
  test.each(QUOTA_FACTS.map((f) => [f.tier, f.field, f.value, f.source]))('%s %s is %s (%s)', (tier, field, value) => {
    expect(TIER_QUOTAS[tier as keyof typeof TIER_QUOTAS][field as keyof (typeof TIER_QUOTAS)['FREE']]).toBe(value);
  });

  test('the pinned table covers every field of every tier with a default, and only those', () => {
    const defaulted = TIERS.filter((t) => t !== 'ENTERPRISE');
    expect(Object.keys(TIER_QUOTAS).sort()).toEqual([...defaulted].sort());
    for (const tier of defaulted) expect(TIER_QUOTAS[tier]).toEqual(factQuota(tier));
  });
});

describe('LimitRange tenant-limits (fact sheet §4: [NSISO][RESISO])', () => {
  test.each(
    Object.entries(LIMIT_RANGE_FACTS).flatMap(([kind, list]) => Object.entries(list).map(([resource, value]) => [kind, resource, value])),
  )('%s.%s is %s', (kind, resource, value) => {
    expect(TENANT_LIMITS[kind as keyof typeof TENANT_LIMITS][resource as 'cpu' | 'memory']).toBe(value);
  });

  test('sets nothing the fact sheet does not give', () => {
    expect(TENANT_LIMITS).toEqual(LIMIT_RANGE_FACTS);
  });
});
