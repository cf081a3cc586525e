/** A member's DNS zone is a direct child of the platform's zone (it is delegated from there). */
import type { Fleet, FleetFinding } from '../../fleet-context';

export function fleetDnsRule({ platform, members }: Fleet): FleetFinding[] {
  if (!platform) return [];
  const parent = platform.model.target.domain;
  return members
    .filter(({ model }) => {
      const domain = model.target.domain;
      return !domain.endsWith(`.${parent}`) || domain.slice(0, -parent.length - 1).includes('.');
    })
    .map((member) => ({
      cluster: member,
      file: '',
      message: `zone ${member.model.target.domain} is not a direct child of the platform zone ${parent} (it is delegated from there)`,
    }));
}
