/**
 * Small intentional snapshots of each cloud's first target, with two fixture tenants instead of the
 * shipped ones (adding a tenant to config/tenants.yaml never churns them): the stack's inventory
 * (every resource and data source by type and logical id, and the outputs) and a few representative
 * hardened resources, never the whole stack. Every setting that matters is asserted on its own
 * (./aws, ./azure, ./gcp, ./properties, ./private-access); a change here shows a resource added,
 * removed or renamed, or a setting of a snapshotted resource changed.
 */
import { CLOUDS, type Cloud, type Tenant } from '../../config/types';
import { TIER_QUOTAS } from '../../config/tenancy';
import { type Json, only, synth, targetsOf } from './helpers';

const tenant = (slug: string, tier: 'FREE' | 'PROFESSIONAL', target: string): Tenant => ({
  slug,
  tier,
  targets: [target],
  ownerGroup: `${slug}-admins`,
  quota: TIER_QUOTAS[tier],
});

/** The cluster, its nodes' settings where they are a resource of their own, and the data store. */
const REPRESENTATIVE: Record<Cloud, readonly string[]> = {
  aws: ['aws_eks_cluster', 'aws_launch_template', 'aws_s3_bucket_public_access_block'],
  azure: ['azurerm_kubernetes_cluster', 'azurerm_storage_account'],
  gcp: ['google_container_cluster', 'google_storage_bucket'],
};

/** `type.id` of every resource, `data.type.id` of every data source, `output.name` of every output, sorted. */
function inventory(json: Json): string[] {
  const ids = (prefix: string, blocks: Json | undefined) =>
    Object.entries(blocks ?? {}).flatMap(([type, byId]) => Object.keys(byId as Json).map((id) => `${prefix}${type}.${id}`));
  return [...ids('', json.resource), ...ids('data.', json.data), ...Object.keys(json.output ?? {}).map((o) => `output.${o}`)].sort();
}

describe.each(CLOUDS.filter((c) => targetsOf(c).length > 0).map((c) => [c, targetsOf(c)[0]] as const))('%s (%s)', (cloud, target) => {
  const json = () => synth(target, [tenant('snap-free', 'FREE', target), tenant('snap-pro', 'PROFESSIONAL', target)]).json;

  test('inventory of the stack with a FREE and a PROFESSIONAL fixture tenant', () => {
    expect(inventory(json())).toMatchSnapshot();
  });

  test.each(REPRESENTATIVE[cloud])('%s', (type) => {
    expect(only(json(), type)).toMatchSnapshot();
  });
});
