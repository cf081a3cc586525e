/**
 * No member ServiceAccount is bound to a cloud identity of the platform: identities are per
 * cluster, and a member bound to a platform identity could act as the platform.
 */
import { PLACEHOLDER_CLIENT_ID } from '../../../clouds';
import { find, type Fleet, type FleetFinding, IDENTITY_ANNOTATIONS } from '../../fleet-context';

export function fleetIdentitiesRule({ platform, members }: Fleet): FleetFinding[] {
  if (!platform) return [];
  const platformIdentities = new Set<string>();
  for (const { object } of find(platform.rendered, (o) => o.kind === 'ServiceAccount'))
    for (const [k, v] of Object.entries(object.metadata.annotations ?? {}))
      if (IDENTITY_ANNOTATIONS.has(k) && v !== PLACEHOLDER_CLIENT_ID) platformIdentities.add(v);
  const findings: FleetFinding[] = [];
  for (const member of members)
    for (const { file, object } of find(member.rendered, (o) => o.kind === 'ServiceAccount'))
      for (const [k, v] of Object.entries(object.metadata.annotations ?? {}))
        if (IDENTITY_ANNOTATIONS.has(k) && platformIdentities.has(v))
          findings.push({
            cluster: member,
            file,
            object,
            message: `${k}: ${v} is a cloud identity of the platform cluster ${platform.model.target.name}`,
          });
  return findings;
}
