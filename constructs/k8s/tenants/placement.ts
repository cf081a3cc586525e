import { poolLabels, poolTolerations, type PoolToleration } from '../../../config/node-pools';
import { TENANT_NODE_POOL } from '../../../config/tenancy';
import type { NodePoolName, ResolvedTarget, Tier } from '../../../config/types';
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
    if (tolerations.some((o) => o.key === t.key && o.effect === t.effect)) continue;
    tolerations.push(
      t.value === undefined
        ? { key: t.key, operator: 'Exists', effect: t.effect }
        : { key: t.key, operator: 'Equal', value: t.value, effect: t.effect },
    );
  }
  return { pool, nodeSelector: poolLabels(pool), tolerations };
}
