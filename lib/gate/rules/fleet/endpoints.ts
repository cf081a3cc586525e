/**
 * Each control-plane endpoint a member reaches exists on the platform (a `<component>-fleet`
 * Service on the same port), and the member's EndpointSlice points at the platform's fleet addresses.
 */
import { fleetOf } from '../../../model/fleet';
import { asArray, isObject, type Json } from '../../context';
import { find, type Fleet, type FleetFinding } from '../../fleet-context';

export function fleetEndpointsRule({ platform, members }: Fleet): FleetFinding[] {
  if (!platform) return [];
  const findings: FleetFinding[] = [];
  const expected = new Map(fleetOf(platform.model).endpoints.map((e) => [`${e.namespace}/${e.component}`, e]));
  const platformServices = new Map(
    find(platform.rendered, (o) => o.kind === 'Service').map(({ object }) => [
      `${object.metadata.namespace}/${object.metadata.name}`,
      object,
    ]),
  );
  for (const member of members) {
    for (const { file, object } of find(member.rendered, (o) => o.kind === 'EndpointSlice')) {
      const at = (message: string) => findings.push({ cluster: member, file, object, message });
      const service = object.metadata.labels?.['kubernetes.io/service-name'];
      const key = `${object.metadata.namespace}/${service}`;
      const endpoint = expected.get(key);
      if (!endpoint) {
        at(`points at ${key}, which the platform ${platform.model.target.name} does not expose to its fleet`);
        continue;
      }
      const addresses = asArray((object as Json).endpoints).flatMap((e) => (isObject(e) ? asArray(e.addresses).map(String) : []));
      if (addresses.join(',') !== endpoint.addresses.join(','))
        at(`addresses ${addresses.join(', ')} are not the platform's fleet addresses ${endpoint.addresses.join(', ')}`);
      const exposed = platformServices.get(`${endpoint.namespace}/${endpoint.component}-fleet`);
      const ports = asArray(isObject(exposed?.spec) ? exposed.spec.ports : undefined).filter(isObject);
      if (!exposed || !ports.some((p) => p.port === endpoint.port.port))
        at(`the platform renders no Service ${endpoint.namespace}/${endpoint.component}-fleet on port ${endpoint.port.port}`);
    }
  }
  return findings;
}
