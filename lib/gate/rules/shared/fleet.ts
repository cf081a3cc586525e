/** What the fleet-application-set and fleet-cluster-secret rules share: the platform's fleet ApplicationSet. */
import { FLEET_APPLICATION_SET } from '../../../../constructs/k8s/fleet/names';
import { find, type FleetCluster } from '../../fleet-context';

/** Every ApplicationSet of the platform named as the fleet's (exactly one is expected). */
export function fleetApplicationSets(platform: FleetCluster) {
  return find(platform.rendered, (o) => o.kind === 'ApplicationSet' && o.metadata.name === FLEET_APPLICATION_SET);
}
