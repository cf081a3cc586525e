/**
 * Each planned member has one cluster Secret (an ExternalSecret in the Argo CD namespace) that the
 * fleet ApplicationSet selects, names the member, reads only the member's entry and carries no
 * credential: Argo CD authenticates with its workload identity.
 */
import { ARGOCD_NAMESPACE } from '../../../../config/types';
import { FLEET_APPLICATION_SET, clusterSecretName } from '../../../../constructs/k8s/fleet/names';
import { type LabelSelector, selects } from '../../../k8s/network-policy';
import { fleetOf } from '../../../model/fleet';
import { platformRemoteKey } from '../../../model/secret-keys';
import { asArray, isObject, type Json } from '../../context';
import { find, type Fleet, type FleetFinding } from '../../fleet-context';
import { fleetApplicationSets } from '../shared/fleet';

/** Keys of an Argo CD cluster `config` (or Secret data) that would hold a credential. */
export const CREDENTIAL_FIELDS = [
  'bearerToken',
  'password',
  'username',
  'keyData',
  'certData',
  'AAD_SERVICE_PRINCIPAL_CLIENT_SECRET',
  'AAD_USER_PRINCIPAL_PASSWORD',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'profile',
] as const;

/** Every key of a JSON value, recursively (to look for credential fields). */
function keysOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

/** Credential fields found in an Argo CD cluster Secret template (its data and its `config` JSON). */
export function credentialsIn(template: Json): string[] {
  const data = isObject(template.data) ? template.data : {};
  const keys = keysOf(data);
  if (typeof data.config === 'string') {
    try {
      keysOf(JSON.parse(data.config), keys);
    } catch {
      keys.add('(config is not JSON)');
    }
  }
  return [...keys].filter((k) => (CREDENTIAL_FIELDS as readonly string[]).includes(k) || k === '(config is not JSON)');
}

export function fleetClusterSecretRule({ platform }: Fleet): FleetFinding[] {
  const planned = platform ? fleetOf(platform.model).members : [];
  const sets = platform && planned.length > 0 ? fleetApplicationSets(platform) : [];
  // Without exactly one ApplicationSet there is no selector to check against (fleet-application-set reports it).
  if (!platform || sets.length !== 1) return [];
  const spec = isObject(sets[0].object.spec) ? sets[0].object.spec : {};
  const selector = asArray(spec.generators).map((g) => (isObject(g) && isObject(g.clusters) ? g.clusters.selector : undefined))[0];
  const findings: FleetFinding[] = [];
  for (const m of planned) {
    const secrets = find(
      platform.rendered,
      (o) => o.kind === 'ExternalSecret' && o.metadata.namespace === ARGOCD_NAMESPACE && o.metadata.name === clusterSecretName(m),
    );
    if (secrets.length !== 1) {
      findings.push({
        cluster: platform,
        file: 'fleet/',
        message: `expected one ExternalSecret ${clusterSecretName(m)} for member ${m.name}, found ${secrets.length}`,
      });
      continue;
    }
    const es = secrets[0];
    const at = (message: string) => findings.push({ cluster: platform, file: es.file, object: es.object, message });
    const esSpec = isObject(es.object.spec) ? es.object.spec : {};
    const target = isObject(esSpec.target) ? esSpec.target : {};
    const tpl = isObject(target.template) ? target.template : {};
    const labels = (isObject(tpl.metadata) && isObject(tpl.metadata.labels) ? tpl.metadata.labels : {}) as Record<string, string>;
    if (labels['argocd.argoproj.io/secret-type'] !== 'cluster')
      at('target.template.metadata.labels: argocd.argoproj.io/secret-type: cluster is missing');
    // The cluster generator's selector is a LabelSelector: matchLabels and matchExpressions, as Argo CD reads it.
    if (!selects((isObject(selector) ? selector : {}) as LabelSelector, labels))
      at(`the labels of the cluster Secret are not selected by ApplicationSet ${FLEET_APPLICATION_SET}`);
    const data = isObject(tpl.data) ? tpl.data : {};
    if (data.name !== m.name) at(`target.template.data.name is ${JSON.stringify(data.name)}, expected ${m.name}`);
    const credentials = credentialsIn(tpl);
    if (credentials.length > 0)
      at(`the cluster Secret carries credential fields (${credentials.join(', ')}); Argo CD must authenticate with its workload identity`);
    const keys = asArray(esSpec.data).map((d) => (isObject(d) && isObject(d.remoteRef) ? d.remoteRef.key : undefined));
    if (keys.some((k) => k !== platformRemoteKey(clusterSecretName(m))))
      at(`reads ${[...new Set(keys)].join(', ')}, expected only the member's entry ${platformRemoteKey(clusterSecretName(m))}`);
  }
  return findings;
}
