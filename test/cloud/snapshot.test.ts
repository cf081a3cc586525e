/**
 * One intentional snapshot per cloud: the whole Terraform of that cloud's first target, with two
 * fixture tenants instead of the shipped ones, so adding a tenant to config/tenants.yaml never
 * churns it; a change here is a change to the stack code or the target's own config.
 */
import { CLOUDS, type Tenant } from '../../config/types';
import { TIER_QUOTAS } from '../../config/tenancy';
import { synth, targetsOf } from './helpers';

const tenant = (slug: string, tier: 'FREE' | 'PROFESSIONAL', target: string): Tenant => ({
  slug,
  tier,
  targets: [target],
  ownerGroup: `${slug}-admins`,
  quota: TIER_QUOTAS[tier],
});

describe.each(CLOUDS.filter((c) => targetsOf(c).length > 0).map((c) => [c, targetsOf(c)[0]] as const))('%s (%s)', (_cloud, target) => {
  test('stack with a FREE and a PROFESSIONAL fixture tenant', () => {
    expect(synth(target, [tenant('snap-free', 'FREE', target), tenant('snap-pro', 'PROFESSIONAL', target)]).text).toMatchSnapshot();
  });
});
