/** Every Application of a member deploys to that member only, in its own AppProject, whose destinations allow only the member. */
import { memberProjectName } from '../../../../constructs/k8s/fleet/names';
import { fleetOf } from '../../../model/fleet';
import { asArray, isObject } from '../../context';
import { find, type Fleet, type FleetCluster, type FleetFinding } from '../../fleet-context';

function memberFindings(member: FleetCluster): FleetFinding[] {
  const findings: FleetFinding[] = [];
  const name = member.model.target.name;
  const self = fleetOf(member.model).members.find((m) => m.name === name);
  const project = self ? memberProjectName(self) : undefined;
  for (const { file, object } of find(member.rendered, (o) => o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/'))) {
    const spec = isObject(object.spec) ? object.spec : {};
    const destination = isObject(spec.destination) ? spec.destination : {};
    if (destination.name !== name || destination.server !== undefined)
      findings.push({
        cluster: member,
        file,
        object,
        message: `spec.destination must name cluster ${name} (found ${JSON.stringify(destination)})`,
      });
    if (spec.project !== project)
      findings.push({ cluster: member, file, object, message: `spec.project is ${String(spec.project)}, expected ${project}` });
  }
  for (const { file, object } of find(member.rendered, (o) => o.kind === 'AppProject')) {
    const spec = isObject(object.spec) ? object.spec : {};
    for (const d of asArray(spec.destinations)) {
      if (!isObject(d) || d.name !== name || d.server !== undefined)
        findings.push({
          cluster: member,
          file,
          object,
          message: `spec.destinations allows ${JSON.stringify(d)}; a member's project allows only cluster ${name}`,
        });
    }
  }
  return findings;
}

export function fleetMemberDestinationRule({ members }: Fleet): FleetFinding[] {
  return members.flatMap(memberFindings);
}
