/**
 * The gate across the clusters of a fleet: every per-cluster rule already ran on each cluster's
 * folder; these rules (one per file of lib/gate/rules/fleet/) need two clusters at once: a
 * platform cluster and its members.
 */
import { fleetOf } from '../model/fleet';
import { describeObject, type GateProblem } from './context';
import type { Fleet, FleetCluster, FleetRule } from './fleet-context';
import { fleetApplicationSetRule } from './rules/fleet/application-set';
import { fleetClusterSecretRule } from './rules/fleet/cluster-secret';
import { fleetDnsRule } from './rules/fleet/dns';
import { fleetEndpointsRule } from './rules/fleet/endpoints';
import { fleetIdentitiesRule } from './rules/fleet/identities';
import { fleetMemberDestinationRule } from './rules/fleet/member-destination';
import { fleetTenantsRule } from './rules/fleet/tenants';

export { credentialsIn } from './rules/fleet/cluster-secret';
export { fleetView, type Fleet, type FleetCluster, type FleetFinding, type FleetRule, type FleetView } from './fleet-context';

/** Every rule across the clusters of a fleet, by name, in the order they run. */
export const FLEET_RULES: Readonly<Record<string, FleetRule>> = {
  'fleet-application-set': fleetApplicationSetRule,
  'fleet-cluster-secret': fleetClusterSecretRule,
  'fleet-member-destination': fleetMemberDestinationRule,
  'fleet-endpoints': fleetEndpointsRule,
  'fleet-identities': fleetIdentitiesRule,
  'fleet-dns': fleetDnsRule,
  'fleet-tenants': fleetTenantsRule,
};

/**
 * The fleets among `clusters`: each platform (a cluster outside any planned fleet is one) with its
 * rendered members, then the members whose platform was not rendered, grouped by that platform.
 */
export function fleetsOf(clusters: readonly FleetCluster[]): Fleet[] {
  const platforms = clusters.filter((c) => fleetOf(c.model).role === 'platform');
  const rendered = new Set(clusters.map((c) => c.model.target.name));
  const membersOf = (platform: string) =>
    clusters.filter((c) => c.model.target.name !== platform && fleetOf(c.model).platform === platform);
  const orphaned = [
    ...new Set(
      clusters.map((c) => fleetOf(c.model)).flatMap((f) => (f.role !== 'platform' && !rendered.has(f.platform) ? [f.platform] : [])),
    ),
  ];
  return [
    ...platforms.map((platform) => ({ platform, members: membersOf(platform.model.target.name) })),
    ...orphaned.map((platform) => ({ members: membersOf(platform) })),
  ];
}

/** Cross-cluster problems of every fleet among `clusters`, named by their rule. */
export function validateFleets(clusters: readonly FleetCluster[], rules: Readonly<Record<string, FleetRule>> = FLEET_RULES): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const fleet of fleetsOf(clusters))
    for (const [rule, check] of Object.entries(rules))
      for (const f of check(fleet))
        problems.push({
          target: f.cluster.model.target.name,
          file: f.file,
          object: f.object ? describeObject(f.object) : '(fleet)',
          rule,
          message: f.message,
        });
  return problems;
}
