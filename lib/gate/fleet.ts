/**
 * The gate across the clusters of a fleet: every per-cluster rule already ran on each cluster's
 * folder; these checks need two clusters at once. For each platform cluster and its members:
 *   - the fleet ApplicationSet's path resolves to each member's rendered `apps/` folder, and each
 *     member has a cluster Secret (ExternalSecret) the ApplicationSet selects, carrying no credential;
 *   - every Application of a member deploys to that member only, in its own AppProject;
 *   - each control-plane endpoint a member reaches exists on the platform (Service on the same port)
 *     and the member's EndpointSlice points at the platform's fleet addresses;
 *   - no member ServiceAccount is bound to a cloud identity of the platform (identities are per cluster);
 *   - a member's DNS zone is a child of the platform's, and a tenant runs on one cluster only (two
 *     while it moves: `movedFrom` not yet retired).
 */
import { ARGOCD_NAMESPACE, type ResolvedTarget } from '../../config/types';
import { FLEET_APPLICATION_SET, clusterSecretName, memberProjectName } from '../../constructs/k8s/fleet/names';
import { APPS_FOLDER } from '../../constructs/k8s/core/layout';
import { CLOUD_PROFILES, PLACEHOLDER_CLIENT_ID } from '../clouds';
import type { K8sObject } from '../k8s/object';
import { type LabelSelector, selects } from '../k8s/network-policy';
import { fleetOf } from '../model/fleet';
import { platformRemoteKey } from '../model/secret-keys';
import type { RenderedTarget } from '../render/render';
import { asArray, describeObject, type GateProblem, isObject, type Json } from './context';

/** The part of a rendered cluster the fleet checks read (a RenderedTarget is one). */
export interface FleetView {
  readonly target: string;
  /** Every file of the cluster, with the objects the fleet checks read (others left out). */
  readonly files: ReadonlyMap<string, readonly K8sObject[]>;
}

export interface FleetCluster {
  readonly rendered: FleetView;
  readonly model: ResolvedTarget;
}

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

const IDENTITY_ANNOTATIONS = new Set(Object.values(CLOUD_PROFILES).map((p) => p.identityAnnotation));

/** Kinds the fleet checks read; a ServiceAccount only with a cloud identity annotation. */
function readByFleetChecks(o: K8sObject): boolean {
  switch (o.kind) {
    case 'ApplicationSet':
    case 'ExternalSecret':
    case 'Service':
    case 'AppProject':
    case 'EndpointSlice':
      return true;
    case 'Application':
      return o.apiVersion.startsWith('argoproj.io/');
    case 'ServiceAccount':
      return Object.keys(o.metadata.annotations ?? {}).some((k) => IDENTITY_ANNOTATIONS.has(k));
    default:
      return false;
  }
}

/**
 * What the fleet checks need of a rendered cluster: every file name and the few objects they read.
 * A synth keeps this of each cluster instead of the cluster itself, so only one cluster's objects
 * are in memory at a time (lib/synth/synth.ts).
 */
export function fleetView(rendered: Pick<RenderedTarget, 'target' | 'files'>): FleetView {
  const files = new Map<string, K8sObject[]>();
  for (const [file, objects] of rendered.files) files.set(file, objects.filter(readByFleetChecks));
  return { target: rendered.target, files };
}

function find(rendered: FleetView, match: (o: K8sObject) => boolean): Array<{ file: string; object: K8sObject }> {
  const found: Array<{ file: string; object: K8sObject }> = [];
  for (const [file, objects] of rendered.files) for (const object of objects) if (match(object)) found.push({ file, object });
  return found;
}

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

/** Cross-cluster problems of every fleet among `clusters` (clusters of other fleets are ignored). */
export function validateFleets(clusters: readonly FleetCluster[]): GateProblem[] {
  const problems: GateProblem[] = [];
  const byName = new Map(clusters.map((c) => [c.model.target.name, c]));
  for (const platform of clusters) {
    const fleet = fleetOf(platform.model);
    if (fleet.role !== 'platform') continue;
    const members = clusters.filter(
      (c) => c.model.target.name !== platform.model.target.name && fleetOf(c.model).platform === platform.model.target.name,
    );
    problems.push(...platformChecks(platform, members));
    for (const member of members) problems.push(...memberChecks(platform, member));
    problems.push(...tenantChecks([platform, ...members]));
  }
  // A member whose platform was not rendered is still checked on its own Applications.
  for (const c of clusters) {
    const f = fleetOf(c.model);
    if (f.role !== 'platform' && !byName.has(f.platform)) problems.push(...memberApplicationChecks(c));
  }
  return problems;
}

function problem(cluster: FleetCluster, file: string, object: K8sObject | undefined, rule: string, message: string): GateProblem {
  return { target: cluster.model.target.name, file, object: object ? describeObject(object) : '(fleet)', rule, message };
}

function platformChecks(platform: FleetCluster, members: readonly FleetCluster[]): GateProblem[] {
  const problems: GateProblem[] = [];
  const planned = fleetOf(platform.model).members;
  if (planned.length === 0) return problems;
  const sets = find(platform.rendered, (o) => o.kind === 'ApplicationSet' && o.metadata.name === FLEET_APPLICATION_SET);
  if (sets.length !== 1) {
    problems.push(
      problem(
        platform,
        'fleet/',
        undefined,
        'fleet-application-set',
        `expected one ApplicationSet ${FLEET_APPLICATION_SET}, found ${sets.length}`,
      ),
    );
    return problems;
  }
  const { file, object: set } = sets[0];
  const spec = isObject(set.spec) ? set.spec : {};
  const template = isObject(spec.template) ? spec.template : {};
  const source = isObject(template.spec) && isObject(template.spec.source) ? template.spec.source : {};
  const path = String(source.path ?? '');
  const selector = asArray(spec.generators).map((g) => (isObject(g) && isObject(g.clusters) ? g.clusters.selector : undefined))[0];
  for (const m of planned) {
    const member = members.find((c) => c.model.target.name === m.name);
    const resolved = path.replace(/\{\{\s*\.name\s*\}\}/g, m.name);
    const folder = `dist/${m.name}/${APPS_FOLDER}`;
    if (resolved !== folder)
      problems.push(
        problem(
          platform,
          file,
          set,
          'fleet-application-set',
          `template path "${path}" resolves to ${resolved} for ${m.name}, expected ${folder}`,
        ),
      );
    else if (member && ![...member.rendered.files.keys()].some((f) => f.startsWith(`${APPS_FOLDER}/`)))
      problems.push(
        problem(platform, file, set, 'fleet-application-set', `template path resolves to ${resolved}, which holds no rendered file`),
      );
    if (!member)
      problems.push(problem(platform, file, set, 'fleet-application-set', `member cluster ${m.name} is planned but not rendered`));

    const secrets = find(
      platform.rendered,
      (o) => o.kind === 'ExternalSecret' && o.metadata.namespace === ARGOCD_NAMESPACE && o.metadata.name === clusterSecretName(m),
    );
    if (secrets.length !== 1) {
      problems.push(
        problem(
          platform,
          'fleet/',
          undefined,
          'fleet-cluster-secret',
          `expected one ExternalSecret ${clusterSecretName(m)} for member ${m.name}, found ${secrets.length}`,
        ),
      );
      continue;
    }
    const es = secrets[0];
    const esSpec = isObject(es.object.spec) ? es.object.spec : {};
    const target = isObject(esSpec.target) ? esSpec.target : {};
    const tpl = isObject(target.template) ? target.template : {};
    const labels = (isObject(tpl.metadata) && isObject(tpl.metadata.labels) ? tpl.metadata.labels : {}) as Record<string, string>;
    if (labels['argocd.argoproj.io/secret-type'] !== 'cluster')
      problems.push(
        problem(
          platform,
          es.file,
          es.object,
          'fleet-cluster-secret',
          'target.template.metadata.labels: argocd.argoproj.io/secret-type: cluster is missing',
        ),
      );
    // The cluster generator's selector is a LabelSelector: matchLabels and matchExpressions, as Argo CD reads it.
    if (!selects((isObject(selector) ? selector : {}) as LabelSelector, labels))
      problems.push(
        problem(
          platform,
          es.file,
          es.object,
          'fleet-cluster-secret',
          `the labels of the cluster Secret are not selected by ApplicationSet ${FLEET_APPLICATION_SET}`,
        ),
      );
    const data = isObject(tpl.data) ? tpl.data : {};
    if (data.name !== m.name)
      problems.push(
        problem(
          platform,
          es.file,
          es.object,
          'fleet-cluster-secret',
          `target.template.data.name is ${JSON.stringify(data.name)}, expected ${m.name}`,
        ),
      );
    const credentials = credentialsIn(tpl);
    if (credentials.length > 0)
      problems.push(
        problem(
          platform,
          es.file,
          es.object,
          'fleet-cluster-secret',
          `the cluster Secret carries credential fields (${credentials.join(', ')}); Argo CD must authenticate with its workload identity`,
        ),
      );
    const keys = asArray(esSpec.data).map((d) => (isObject(d) && isObject(d.remoteRef) ? d.remoteRef.key : undefined));
    if (keys.some((k) => k !== platformRemoteKey(clusterSecretName(m))))
      problems.push(
        problem(
          platform,
          es.file,
          es.object,
          'fleet-cluster-secret',
          `reads ${[...new Set(keys)].join(', ')}, expected only the member's entry ${platformRemoteKey(clusterSecretName(m))}`,
        ),
      );
  }
  return problems;
}

function memberApplicationChecks(member: FleetCluster): GateProblem[] {
  const problems: GateProblem[] = [];
  const name = member.model.target.name;
  const fleet = fleetOf(member.model);
  const self = fleet.members.find((m) => m.name === name);
  const project = self ? memberProjectName(self) : undefined;
  for (const { file, object } of find(member.rendered, (o) => o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/'))) {
    const spec = isObject(object.spec) ? object.spec : {};
    const destination = isObject(spec.destination) ? spec.destination : {};
    if (destination.name !== name || destination.server !== undefined)
      problems.push(
        problem(
          member,
          file,
          object,
          'fleet-member-destination',
          `spec.destination must name cluster ${name} (found ${JSON.stringify(destination)})`,
        ),
      );
    if (spec.project !== project)
      problems.push(
        problem(member, file, object, 'fleet-member-destination', `spec.project is ${String(spec.project)}, expected ${project}`),
      );
  }
  for (const { file, object } of find(member.rendered, (o) => o.kind === 'AppProject')) {
    const spec = isObject(object.spec) ? object.spec : {};
    for (const d of asArray(spec.destinations)) {
      if (!isObject(d) || d.name !== name || d.server !== undefined)
        problems.push(
          problem(
            member,
            file,
            object,
            'fleet-member-destination',
            `spec.destinations allows ${JSON.stringify(d)}; a member's project allows only cluster ${name}`,
          ),
        );
    }
  }
  return problems;
}

function memberChecks(platform: FleetCluster, member: FleetCluster): GateProblem[] {
  const problems = memberApplicationChecks(member);
  const expected = new Map(fleetOf(platform.model).endpoints.map((e) => [`${e.namespace}/${e.component}`, e]));
  const platformServices = new Map(
    find(platform.rendered, (o) => o.kind === 'Service').map(({ object }) => [
      `${object.metadata.namespace}/${object.metadata.name}`,
      object,
    ]),
  );
  for (const { file, object } of find(member.rendered, (o) => o.kind === 'EndpointSlice')) {
    const service = object.metadata.labels?.['kubernetes.io/service-name'];
    const key = `${object.metadata.namespace}/${service}`;
    const endpoint = expected.get(key);
    if (!endpoint) {
      problems.push(
        problem(
          member,
          file,
          object,
          'fleet-endpoints',
          `points at ${key}, which the platform ${platform.model.target.name} does not expose to its fleet`,
        ),
      );
      continue;
    }
    const addresses = asArray((object as Json).endpoints).flatMap((e) => (isObject(e) ? asArray(e.addresses).map(String) : []));
    if (addresses.join(',') !== endpoint.addresses.join(','))
      problems.push(
        problem(
          member,
          file,
          object,
          'fleet-endpoints',
          `addresses ${addresses.join(', ')} are not the platform's fleet addresses ${endpoint.addresses.join(', ')}`,
        ),
      );
    const exposed = platformServices.get(`${endpoint.namespace}/${endpoint.component}-fleet`);
    const ports = asArray(isObject(exposed?.spec) ? exposed.spec.ports : undefined).filter(isObject);
    if (!exposed || !ports.some((p) => p.port === endpoint.port.port))
      problems.push(
        problem(
          member,
          file,
          object,
          'fleet-endpoints',
          `the platform renders no Service ${endpoint.namespace}/${endpoint.component}-fleet on port ${endpoint.port.port}`,
        ),
      );
  }
  // Identities are per cluster: a member ServiceAccount bound to a platform identity could act as the platform.
  const platformIdentities = new Set<string>();
  for (const { object } of find(platform.rendered, (o) => o.kind === 'ServiceAccount'))
    for (const [k, v] of Object.entries(object.metadata.annotations ?? {}))
      if (IDENTITY_ANNOTATIONS.has(k) && v !== PLACEHOLDER_CLIENT_ID) platformIdentities.add(v);
  for (const { file, object } of find(member.rendered, (o) => o.kind === 'ServiceAccount')) {
    for (const [k, v] of Object.entries(object.metadata.annotations ?? {}))
      if (IDENTITY_ANNOTATIONS.has(k) && platformIdentities.has(v))
        problems.push(
          problem(
            member,
            file,
            object,
            'fleet-identities',
            `${k}: ${v} is a cloud identity of the platform cluster ${platform.model.target.name}`,
          ),
        );
  }
  const domain = member.model.target.domain;
  if (!domain.endsWith(`.${platform.model.target.domain}`) || domain.slice(0, -platform.model.target.domain.length - 1).includes('.'))
    problems.push(
      problem(
        member,
        '',
        undefined,
        'fleet-dns',
        `zone ${domain} is not a direct child of the platform zone ${platform.model.target.domain} (it is delegated from there)`,
      ),
    );
  return problems;
}

function tenantChecks(clusters: readonly FleetCluster[]): GateProblem[] {
  const problems: GateProblem[] = [];
  const seen = new Map<string, string[]>();
  for (const c of clusters) {
    const retained = new Set(fleetOf(c.model).retained);
    for (const t of c.model.tenants) {
      if (retained.has(t.slug)) continue;
      seen.set(t.slug, [...(seen.get(t.slug) ?? []), c.model.target.name]);
    }
  }
  for (const [slug, on] of seen) {
    if (on.length > 1)
      problems.push(
        problem(
          clusters[0],
          'tenants/',
          undefined,
          'fleet-tenants',
          `tenant ${slug} is placed on ${on.length} clusters (${on.join(', ')}); a tenant runs on one (two only while it moves)`,
        ),
      );
  }
  return problems;
}
