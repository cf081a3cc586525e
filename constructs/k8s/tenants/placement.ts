import { poolLabels, poolTolerations, tolerationOf, type PoolToleration } from '../../../config/node-pools';
import { TENANT_NODE_POOL } from '../../../config/tenancy';
import { TIERS, type NodePoolName, type ResolvedTarget, type Tier } from '../../../config/types';
import { profileOf, stackTaints } from '../../../lib/clouds';

/** Where the pods of a tier's tenants run on a target: the tier's pool, its labels and every taint it carries there. */
export interface TenantPlacementSpec {
  readonly pool: NodePoolName;
  readonly nodeSelector: Readonly<Record<string, string>>;
  readonly tolerations: readonly PoolToleration[];
}

/**
 * The placement of a tier on a target (config/tenancy.ts TENANT_NODE_POOL): the pool's labels,
 * and tolerations for our taints plus those the cloud adds to that pool. A target without the
 * pool still gets the tier's intended placement; the safety gate reports that it has no place.
 */
export function tenantPlacement(model: ResolvedTarget, tier: Tier): TenantPlacementSpec {
  const pool = TENANT_NODE_POOL[tier];
  const spec = model.target.cluster.nodePools.find((p) => p.name === pool);
  const tolerations = [...poolTolerations(pool)];
  const nodes = profileOf(model.target).nodes;
  for (const t of spec ? [...stackTaints(nodes, spec), ...nodes.taints(spec)] : []) {
    if (!tolerations.some((o) => o.key === t.key && o.effect === t.effect)) tolerations.push(tolerationOf(t));
  }
  return { pool, nodeSelector: poolLabels(pool), tolerations };
}

/** The placement of every tier on a target, computed once: it depends on the tier, not on the tenant. */
export function tenantPlacements(model: ResolvedTarget): Readonly<Record<Tier, TenantPlacementSpec>> {
  return Object.fromEntries(TIERS.map((tier) => [tier, tenantPlacement(model, tier)])) as Record<Tier, TenantPlacementSpec>;
}
