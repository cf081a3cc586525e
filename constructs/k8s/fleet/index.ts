/**
 * The fleet: what a cluster renders because of its place in its target's fleet.
 *
 * Platform cluster with member clusters:
 *   fleet/clusters.yaml           per member, an ExternalSecret producing its Argo CD cluster Secret
 *   fleet/application-set.yaml    the ApplicationSet generating one root Application per member cluster
 *   workloads/fleet-endpoints.yaml  the control-plane endpoints members reach (internal load balancers) and their ingress policies
 * Member cluster:
 *   platform/fleet-endpoints.yaml the same endpoints as selector-less Services whose EndpointSlices
 *                                 point at the platform's addresses, so in-cluster names keep working
 */
import { k8s } from 'cdk8s-plus-29';
import { FLEET_LABELS } from '../../../config/fleet';
import { NAMESPACES } from '../../../config/namespaces';
import { ARGOCD_NAMESPACE, type FleetEndpoint, type FleetMember, type ResolvedTarget } from '../../../config/types';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
} from '../../../imports/externalsecrets-external-secrets.io';
import { profileOf } from '../../../lib/clouds';
import { fleetOf, memberTarget, tenancyOf } from '../../../lib/model/fleet';
import { platformRemoteKey } from '../../../lib/model/secret-keys';
import { argoLabels } from '../core/argocd';
import { MANAGED_BY, standardLabels } from '../core/labels';
import type { Feature, TargetScope } from '../core/target-scope';
import { untypedKind } from '../core/typed-object';
import { GITOPS_REPO_URL, GITOPS_REVISION, IN_CLUSTER } from '../gitops/repo';
import { BOOTSTRAP_PROJECT } from '../gitops/root';
import { syncPolicy } from '../gitops/policy';
import { networkPolicyProps } from '../network/network-policy';
import type { NetworkPolicySpec } from '../network/network-policies';
import { SECRET_STORE_NAME } from '../secrets/store';
import { clusterSecretName, FLEET_APPLICATION_SET } from './names';

export * from './names';

/** ApplicationSet (argoproj.io/v1alpha1): no generated binding, validated against its CRD schema by the gate. */
export const ApplicationSet = untypedKind('argoproj.io/v1alpha1', 'ApplicationSet');

/** Label Argo CD reads to tell a cluster Secret from other Secrets. */
const CLUSTER_SECRET_TYPE = { 'argocd.argoproj.io/secret-type': 'cluster' } as const;

/** The labels of a member's cluster Secret: target, cluster, placement, and for a dedicated one its tenant and tier. */
function memberLabels(platform: string, member: FleetMember): Record<string, string> {
  return {
    [FLEET_LABELS.target]: platform,
    [FLEET_LABELS.cluster]: member.name,
    [FLEET_LABELS.placement]: member.kind,
    ...(member.tenant ? { [FLEET_LABELS.tenant]: member.tenant.slug, [FLEET_LABELS.tier]: member.tenant.tier } : {}),
  };
}

const FLEET_BILLING = { application: 'fleet', team: 'platform-engineering' };

function renderClusterSecrets(charts: TargetScope, model: ResolvedTarget, members: readonly FleetMember[]): void {
  const profile = profileOf(model.target);
  const tenancy = tenancyOf(model.settings.tenancy, model.target.name);
  for (const member of members) {
    const spec = memberTarget(model.target, member, tenancy);
    const name = clusterSecretName(member);
    const labels = standardLabels({
      name: member.name,
      component: 'fleet-cluster',
      billing: { costCenter: model.target.costCenter, ...FLEET_BILLING },
    });
    charts.addObject('fleet', 'clusters', ExternalSecret, {
      metadata: { name, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
        refreshInterval: model.settings.secretRefreshInterval,
        target: {
          name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          template: {
            metadata: { labels: { ...CLUSTER_SECRET_TYPE, ...memberLabels(model.target.name, member) } },
            data: {
              name: member.name,
              server: '{{ .server }}',
              config: JSON.stringify(profile.fleetCluster.config(spec, model.target)),
            },
          },
        },
        // Written by the member's stack: where its API server is and which CA signs it. No credential:
        // Argo CD authenticates with its own workload identity.
        data: profile.fleetCluster.entryKeys.map((key) => ({
          secretKey: key,
          remoteRef: { key: platformRemoteKey(name), property: key },
        })),
      },
    });
  }
}

function renderApplicationSet(charts: TargetScope, model: ResolvedTarget): void {
  const target = model.target.name;
  const labels = standardLabels({
    name: FLEET_APPLICATION_SET,
    component: 'fleet',
    billing: { costCenter: model.target.costCenter, ...FLEET_BILLING },
    extra: argoLabels(target),
  });
  charts.addObject('fleet', 'application-set', ApplicationSet, {
    metadata: { name: FLEET_APPLICATION_SET, namespace: ARGOCD_NAMESPACE, labels },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      // Every cluster Secret of this target's members (the cluster generator reads cluster Secrets only).
      generators: [{ clusters: { selector: { matchLabels: { [FLEET_LABELS.target]: target } } } }],
      template: {
        metadata: {
          name: '{{ .name }}',
          labels: argoLabels(target, '{{ .name }}'),
        },
        spec: {
          project: BOOTSTRAP_PROJECT,
          // The member's own apps/ folder: its AppProject and one Application per folder and chart, in waves.
          source: {
            repoURL: GITOPS_REPO_URL,
            targetRevision: GITOPS_REVISION,
            path: 'dist/{{ .name }}/apps',
            directory: { recurse: false },
          },
          destination: { server: IN_CLUSTER, namespace: ARGOCD_NAMESPACE },
          syncPolicy: syncPolicy({ prune: true }),
        },
      },
      // Removing a member's cluster Secret deletes its root Application only, never what it deployed.
      syncPolicy: { preserveResourcesOnDeletion: true },
    },
  });
}

/** The platform-side Service of each endpoint (internal load balancer or node port) and the policy letting members in. */
function renderPlatformEndpoints(charts: TargetScope, model: ResolvedTarget, endpoints: readonly FleetEndpoint[], blocks: string[]): void {
  const gateway = profileOf(model.target).fleetGateway;
  endpoints.forEach((endpoint, index) => {
    const component = model.components[endpoint.component];
    if (!component) throw new Error(`fleet endpoint ${endpoint.component} is not enabled on ${model.target.name}`);
    const service = gateway.service(model.target, index);
    const name = `${endpoint.component}-fleet`;
    const labels = standardLabels({ name: endpoint.component, component: 'fleet-endpoint', billing: component.billing });
    charts.addObject('workloads', 'fleet-endpoints', k8s.KubeService, {
      metadata: {
        name,
        namespace: endpoint.namespace,
        labels,
        ...(Object.keys(service.annotations).length > 0 ? { annotations: { ...service.annotations } } : {}),
      },
      spec: {
        type: service.type,
        selector: { ...component.podSelector },
        // Keeps the member's node address as the source, so the policy below can name the member blocks.
        externalTrafficPolicy: 'Local',
        ...(service.loadBalancerIP ? { loadBalancerIp: service.loadBalancerIP } : {}),
        ports: [
          {
            name: endpoint.port.name,
            port: endpoint.port.port,
            targetPort: k8s.IntOrString.fromNumber(endpoint.port.port),
            protocol: endpoint.port.protocol ?? 'TCP',
            ...(service.nodePort ? { nodePort: service.nodePort } : {}),
          },
        ],
      },
    });
    const policy: NetworkPolicySpec = {
      name: `allow-fleet-${endpoint.component}`,
      namespace: endpoint.namespace,
      owner: { kind: 'component', component: endpoint.component, componentKind: component.kind },
      appName: endpoint.component,
      billing: component.billing,
      podSelector: component.podSelector,
      // Member clusters (their blocks) and the load balancer's own health checks (fleetEndpointCidr).
      ingress: [
        {
          peers: [...blocks, model.target.cluster.fleetEndpointCidr].map((cidr) => ({ ipBlock: { cidr } })),
          ports: [{ protocol: endpoint.port.protocol ?? 'TCP', port: endpoint.port.port }],
        },
      ],
      egress: [],
    };
    charts.addObject('workloads', 'fleet-endpoints', k8s.KubeNetworkPolicy, networkPolicyProps(policy));
  });
}

/** On a member: each endpoint as a selector-less Service plus an EndpointSlice with the platform's addresses. */
function renderMemberEndpoints(charts: TargetScope, model: ResolvedTarget, endpoints: readonly FleetEndpoint[]): void {
  for (const endpoint of endpoints) {
    const labels = standardLabels({
      name: endpoint.component,
      component: 'fleet-endpoint',
      billing: { costCenter: model.target.costCenter, ...NAMESPACES[endpoint.namespace].billing },
    });
    const port = { name: endpoint.port.name, port: endpoint.port.port, protocol: endpoint.port.protocol ?? 'TCP' };
    charts.addObject('platform', 'fleet-endpoints', k8s.KubeService, {
      metadata: { name: endpoint.component, namespace: endpoint.namespace, labels },
      spec: { type: 'ClusterIP', ports: [{ ...port, targetPort: k8s.IntOrString.fromNumber(port.port) }] },
    });
    charts.addObject('platform', 'fleet-endpoints', k8s.KubeEndpointSlice, {
      metadata: {
        name: `${endpoint.component}-fleet`,
        namespace: endpoint.namespace,
        // Not the EndpointSlice controller's (it only manages slices it labels itself); bound to the Service by name.
        labels: { ...labels, 'kubernetes.io/service-name': endpoint.component, 'endpointslice.kubernetes.io/managed-by': MANAGED_BY },
      },
      addressType: 'IPv4',
      endpoints: endpoint.addresses.map((address) => ({ addresses: [address], conditions: { ready: true } })),
      ports: [port],
    });
  }
}

export const fleet: Feature = (charts, model) => {
  const view = fleetOf(model);
  if (view.role === 'platform') {
    if (view.members.length === 0) return;
    renderClusterSecrets(charts, model, view.members);
    renderApplicationSet(charts, model);
    renderPlatformEndpoints(
      charts,
      model,
      view.endpoints,
      view.members.map((m) => m.block),
    );
    return;
  }
  renderMemberEndpoints(charts, model, view.endpoints);
};
