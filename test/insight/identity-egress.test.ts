/**
 * Every pod that runs as a cloud workload identity can reach, through the rendered NetworkPolicies
 * evaluated with Kubernetes' semantics (lib/insight/network-policy.ts), where its cloud exchanges its
 * tokens and the services its identity may use (lib/clouds `identityNetwork`): on every target, for
 * every identity, at the first, middle and last address of each endpoint range and on each port. And
 * every pod that runs as an identity's ServiceAccount carries the labels those policies select.
 */
import { CLOUD_IDENTITY_LABEL, WORKLOAD_IDENTITIES } from '../../config/identities';
import type { ResolvedTarget } from '../../config/types';
import { profileOf } from '../../lib/clouds';
import { ANY_ADDRESS, type NetworkEndpoint } from '../../lib/clouds/profile';
import {
  type AddressRange,
  cidrRange,
  type Endpoint,
  flowAllowed,
  isolationOf,
  namespaceLabels,
  type NamespaceLabels,
  type Policy,
  policiesOf,
} from '../../lib/insight/network-policy';
import type { K8sObject } from '../../lib/k8s/object';
import { identityPolicyName } from '../../constructs/k8s/network/network-policies';
import { allObjects, shippedBuild, TARGET_NAMES } from '../support/render';

/** Public addresses standing for "the internet" (outside every private range). */
const PUBLIC_SAMPLES = ['1.1.1.1', '20.190.128.1', '52.94.0.1'];

/** First, middle and last address of a CIDR, as one-address ranges (the internet: public samples). */
function samples(cidr: string): AddressRange[] {
  if (cidr === ANY_ADDRESS) return PUBLIC_SAMPLES.map((ip) => cidrRange(`${ip}/32`));
  const [start, end] = cidrRange(cidr);
  return [start, Math.floor((start + end) / 2), end].map((a) => [a, a] as const);
}

/** What pods of `identity` on `model`'s cloud cannot reach under `policies`: `endpoint cidr:port` per miss. */
function unreachable(model: ResolvedTarget, identity: string, policies: readonly Policy[], namespaces: NamespaceLabels): string[] {
  const spec = WORKLOAD_IDENTITIES.find((i) => i.name === identity)!;
  const resolved = model.identities[identity];
  const pod: Endpoint = { kind: 'pod', id: identity, namespace: spec.namespace, labels: resolved.podLabels, ports: [] };
  const iso = isolationOf(pod, policies);
  const network = profileOf(model.target).identityNetwork;
  const endpoints: NetworkEndpoint[] = [
    ...network.tokenEndpoints(model.target),
    ...network.serviceEndpoints(model.target, spec.permission),
  ];
  const misses: string[] = [];
  for (const endpoint of endpoints) {
    for (const cidr of endpoint.cidrs) {
      for (const port of endpoint.ports) {
        const blocked = samples(cidr).some((range) => {
          const dst: Endpoint = { kind: 'external', id: endpoint.name, ranges: [range], ports: [] };
          return !flowAllowed(pod, iso, dst, { ingress: [], egress: [] }, { port, protocol: 'TCP' }, namespaces);
        });
        if (blocked) misses.push(`${endpoint.name} ${cidr}:${port}`);
      }
    }
  }
  return misses;
}

type Json = Record<string, any>;

/** Every pod template of an object: `{ metadata, spec: { containers } }` at any depth, with its namespace's ServiceAccount. */
function podTemplates(object: K8sObject): Array<{ serviceAccount?: string; labels: Record<string, string> }> {
  const found: Array<{ serviceAccount?: string; labels: Record<string, string> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Json;
    if (n.spec && Array.isArray(n.spec.containers) && n.metadata)
      found.push({ serviceAccount: n.spec.serviceAccountName, labels: n.metadata.labels ?? {} });
    Object.values(n).forEach(walk);
  };
  walk(object.spec);
  // CloudNativePG runs its instances as the Cluster's own ServiceAccount, labelled from inheritedMetadata.
  if (object.kind === 'Cluster' && object.apiVersion.startsWith('postgresql.cnpg.io/'))
    found.push({ serviceAccount: object.metadata.name, labels: (object.spec as Json).inheritedMetadata?.labels ?? {} });
  return found;
}

/** Pods (dist templates, chart values) that run as an identity's ServiceAccount without its labels; and the identities seen running. */
function unlabelled(
  model: ResolvedTarget,
  objects: readonly K8sObject[],
  identities: readonly string[],
): { missing: string[]; seen: Set<string> } {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const name of identities) {
    const identity = model.identities[name];
    const has = (labels: Record<string, string>) => Object.entries(identity.podLabels).every(([k, v]) => labels[k] === v);
    for (const object of objects) {
      // Cluster-scoped templates (Crossplane's DeploymentRuntimeConfig) make pods in the controller's namespace.
      if (object.metadata.namespace !== undefined && object.metadata.namespace !== identity.namespace) continue;
      for (const pod of podTemplates(object)) {
        if (pod.serviceAccount !== identity.serviceAccount) continue;
        seen.add(name);
        if (!has(pod.labels)) missing.push(`${object.kind} ${object.metadata.name} (${name})`);
      }
    }
    const chart = model.components[name];
    if (chart?.kind === 'chart') {
      const app = objects.find((o) => o.kind === 'Application' && o.metadata.name === name) as Json | undefined;
      const values = app?.spec.source.helm.valuesObject ?? {};
      if (values.serviceAccount?.name !== identity.serviceAccount) missing.push(`Application ${name} (serviceAccount.name)`);
      if (!has(values[chart.podLabelsKey ?? 'podLabels'] ?? {}))
        missing.push(`Application ${name} (values ${chart.podLabelsKey ?? 'podLabels'})`);
    }
  }
  return { missing, seen };
}

describe.each(TARGET_NAMES)('cloud identities of %s', (target) => {
  const build = shippedBuild();
  const model = build.model.targets.find((t) => t.target.name === target)!;
  const objects = allObjects(build.rendered.find((r) => r.target === target)!);
  const policies = policiesOf(objects);
  const namespaces = namespaceLabels(objects);
  const identities = WORKLOAD_IDENTITIES.filter((i) => model.identities[i.name]).map((i) => i.name);

  test('each identity reaches its token endpoints and the services it may use', () => {
    expect(identities.map((i) => [i, unreachable(model, i, policies, namespaces)])).toEqual(identities.map((i) => [i, []]));
  });

  test('without the identity policies the check fails (it can)', () => {
    const without = policies.filter((p) => !identities.some((i) => p.name === identityPolicyName(i)));
    const misses = identities.flatMap((i) => unreachable(model, i, without, namespaces));
    // GKE's metadata server (port 80) and Azure's vault and storage private endpoints are opened by nothing else.
    const cloud = model.target.provider.cloud;
    if (cloud === 'gcp') expect(misses).toContain('GKE metadata server 169.254.169.254/32:80');
    if (cloud === 'azure') expect(misses).toContain(`storage account private endpoint ${model.target.cluster.privateEndpointCidr}:443`);
    if (cloud === 'aws') expect(misses).toContain(`STS interface endpoint ${model.target.cluster.privateEndpointCidr}:443`);
  });

  test("every pod running as an identity's ServiceAccount carries its labels, dist and chart values alike", () => {
    const { missing, seen } = unlabelled(model, objects, identities);
    expect(missing).toEqual([]);
    // The walk finds the pods of every identity the platform's own manifests run (the charts' are checked through their values).
    const rendered = [
      'crossplane',
      'infrastructure-service',
      'ml-service',
      'postgresql-backup',
      'redis-backup',
      'elasticsearch-backup',
      'mongodb-backup',
    ];
    expect(rendered.filter((i) => identities.includes(i) && !seen.has(i))).toEqual([]);
    // A pod template that loses the label is caught.
    const broken = structuredClone(objects);
    delete (broken.find((o) => o.kind === 'Deployment' && o.metadata.name === 'ml-service') as Json).spec.template.metadata.labels[
      CLOUD_IDENTITY_LABEL
    ];
    expect(unlabelled(model, broken, identities).missing).toEqual(['Deployment ml-service (ml-service)']);
    expect(Object.values(model.identities).every((i) => CLOUD_IDENTITY_LABEL in i.podLabels)).toBe(true);
  });
});
