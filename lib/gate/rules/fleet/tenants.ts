/** A tenant runs on one cluster of the fleet (two while it moves: `movedFrom` not yet retired). */
import { fleetOf } from '../../../model/fleet';
import type { Fleet, FleetFinding } from '../../fleet-context';

export function fleetTenantsRule({ platform, members }: Fleet): FleetFinding[] {
  const clusters = platform ? [platform, ...members] : members;
  const seen = new Map<string, string[]>();
  for (const c of clusters) {
    const retained = new Set(fleetOf(c.model).retained);
    for (const t of c.model.tenants) {
      if (retained.has(t.slug)) continue;
      seen.set(t.slug, [...(seen.get(t.slug) ?? []), c.model.target.name]);
    }
  }
  return [...seen]
    .filter(([, on]) => on.length > 1)
    .map(([slug, on]) => ({
      cluster: clusters[0],
      file: 'tenants/',
      message: `tenant ${slug} is placed on ${on.length} clusters (${on.join(', ')}); a tenant runs on one (two only while it moves)`,
    }));
}
