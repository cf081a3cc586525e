/** The platform's fleet ApplicationSet path resolves to each planned member's rendered `apps/` folder. */
import { APPS_FOLDER } from '../../../../constructs/k8s/core/layout';
import { FLEET_APPLICATION_SET } from '../../../../constructs/k8s/fleet/names';
import { fleetOf } from '../../../model/fleet';
import { isObject } from '../../context';
import type { Fleet, FleetFinding } from '../../fleet-context';
import { fleetApplicationSets } from '../shared/fleet';

export function fleetApplicationSetRule({ platform, members }: Fleet): FleetFinding[] {
  const planned = platform ? fleetOf(platform.model).members : [];
  if (!platform || planned.length === 0) return [];
  const sets = fleetApplicationSets(platform);
  if (sets.length !== 1)
    return [{ cluster: platform, file: 'fleet/', message: `expected one ApplicationSet ${FLEET_APPLICATION_SET}, found ${sets.length}` }];
  const findings: FleetFinding[] = [];
  const { file, object: set } = sets[0];
  const at = (message: string) => findings.push({ cluster: platform, file, object: set, message });
  const spec = isObject(set.spec) ? set.spec : {};
  const template = isObject(spec.template) ? spec.template : {};
  const source = isObject(template.spec) && isObject(template.spec.source) ? template.spec.source : {};
  const path = String(source.path ?? '');
  for (const m of planned) {
    const member = members.find((c) => c.model.target.name === m.name);
    const resolved = path.replace(/\{\{\s*\.name\s*\}\}/g, m.name);
    const folder = `dist/${m.name}/${APPS_FOLDER}`;
    if (resolved !== folder) at(`template path "${path}" resolves to ${resolved} for ${m.name}, expected ${folder}`);
    else if (member && ![...member.rendered.files.keys()].some((f) => f.startsWith(`${APPS_FOLDER}/`)))
      at(`template path resolves to ${resolved}, which holds no rendered file`);
    if (!member) at(`member cluster ${m.name} is planned but not rendered`);
  }
  return findings;
}
