/**
 * Every NetworkPolicy of a target, computed from the model by pure functions (no constructs):
 * per namespace a default deny plus DNS, then one policy per component with the edges the model
 * declares (`dependsOn` both ways, hosts, metrics, operators), then the tenant policies of fact
 * sheet §5. Peers are always `namespaceSelector(kubernetes.io/metadata.name) + podSelector` or an
 * `ipBlock`, and ports are numbers, so the rendered policies can be read back as a graph.
 */
import { CLOUD_IDENTITY_LABEL, WORKLOAD_IDENTITIES } from '../../../config/identities';
import { NAMESPACE_TYPE_LABEL, NAMESPACES, NODE_AGENT_NAMESPACE_SPECS } from '../../../config/namespaces';
import { ANY_ADDRESS, type NetworkEndpoint } from '../../../lib/clouds/profile';
import { profileOf } from '../../../lib/clouds';
import { TENANT_PLATFORM_PORTS } from '../../../config/tenancy';
import {
  type Billing,
  type Component,
  type ComponentNamespace,
  NODE_AGENT_NAMESPACES,
  type NodeAgentNamespace,
  type ExternalEgress,
  PLATFORM_NAMESPACES,
  type PlatformNamespace,
  type ResolvedTarget,
  type ServiceComponent,
} from '../../../config/types';
import { METADATA_NAME } from '../../../lib/k8s/network-policy';
import { LABEL, tenantBilling } from '../core/labels';
import { tenantNamespace } from '../../../lib/model/tenants';

type LabelMap = Readonly<Record<string, string>>;

interface PolicyPeer {
  readonly namespaceSelector?: { readonly matchLabels: LabelMap };
  readonly podSelector?: { readonly matchLabels: LabelMap };
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}

export interface PolicyPort {
  readonly protocol: 'TCP' | 'UDP';
  readonly port: number;
}

/** One ingress (`from`) or egress (`to`) rule; no `ports` means every port of the peers. */
export interface PolicyRule {
  readonly peers: readonly PolicyPeer[];
  readonly ports?: readonly PolicyPort[];
}

/** Which output file a policy belongs to. */
type PolicyOwner =
  | { readonly kind: 'namespace'; readonly namespace: ComponentNamespace }
  | { readonly kind: 'component'; readonly component: string; readonly componentKind: Component['kind'] }
  | { readonly kind: 'tenant'; readonly slug: string };

export interface NetworkPolicySpec {
  readonly name: string;
  readonly namespace: string;
  readonly owner: PolicyOwner;
  /** `app.kubernetes.io/name` of the policy (component, namespace or tenant). */
  readonly appName: string;
  readonly billing: Billing;
  /** Pods the policy applies to; `{}` selects every pod of the namespace. */
  readonly podSelector: LabelMap;
  readonly ingress: readonly PolicyRule[];
  readonly egress: readonly PolicyRule[];
}

export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;
export const INTERNET = '0.0.0.0/0';
/** The API server's address differs per cloud (public FQDN, private endpoint, master CIDR), so it is reached on its ports from any address. */
export const API_SERVER_PORTS = [443, 6443] as const;
/** Node ports Prometheus scrapes: kubelet/cAdvisor and node-exporter (host network). */
const NODE_SCRAPE_PORTS = [10250, 9100] as const;

const DEFAULT_DENY = 'default-deny-all';
const DNS_EGRESS = 'allow-dns-egress';
const DNS_PEER: PolicyPeer = {
  namespaceSelector: { matchLabels: { [METADATA_NAME]: 'kube-system' } },
  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
};
const DNS_PORTS: PolicyPort[] = [
  { protocol: 'UDP', port: 53 },
  { protocol: 'TCP', port: 53 },
];
const MONITORING: PlatformNamespace = 'matih-monitoring';
const INGRESS_NS: PlatformNamespace = 'matih-ingress';

/**
 * Platform components tenant namespaces may reach (fact sheet §5 [NSTEN] `tenant-allow-platform`),
 * on the ports they share with TENANT_PLATFORM_PORTS: the gateway, the shared PostgreSQL and Redis.
 */
const TENANT_REACHABLE_COMPONENTS = ['api-gateway', 'postgresql', 'redis'] as const;

const WEB_PORTS: readonly number[] = [80, 443];

const tcp = (port: number): PolicyPort => ({ protocol: 'TCP', port });

function namespacePeer(namespace: string, pods?: LabelMap): PolicyPeer {
  const peer: PolicyPeer = { namespaceSelector: { matchLabels: { [METADATA_NAME]: namespace } } };
  return pods ? { ...peer, podSelector: { matchLabels: pods } } : peer;
}

function componentPeer(c: Component): PolicyPeer {
  return namespacePeer(c.namespace, c.podSelector);
}

function portsOf(c: Component): PolicyPort[] {
  return c.ports.map((p) => ({ protocol: p.protocol ?? 'TCP', port: p.port }));
}

function ipv4(cidr: string): [number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!match) throw new Error(`"${cidr}" is not an IPv4 CIDR`);
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  if (octets.some((o) => o > 255) || bits > 32) throw new Error(`"${cidr}" is not an IPv4 CIDR`);
  return [((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0, bits];
}

/** True when `inner` lies inside `outer` (both IPv4 CIDRs). */
export function cidrContains(outer: string, inner: string): boolean {
  const [o, ob] = ipv4(outer);
  const [i, ib] = ipv4(inner);
  if (ib < ob) return false;
  const mask = ob === 0 ? 0 : (~0 << (32 - ob)) >>> 0;
  return (o & mask) >>> 0 === (i & mask) >>> 0;
}

/** An ipBlock for external egress: private ranges inside `cidr` are excluded (cluster-internal traffic must use a model edge). */
export function externalPeer(cidr: string): PolicyPeer {
  const except = PRIVATE_RANGES.filter((r) => r !== cidr && cidrContains(cidr, r));
  return { ipBlock: except.length > 0 ? { cidr, except } : { cidr } };
}

/**
 * Where the Kubernetes API server (and its webhook calls) come from: its in-cluster address is
 * private on every cloud: in the cluster network (AKS VNet integration subnet, EKS private
 * endpoint ENIs) or in the GKE master range, never on the internet.
 */
function controlPlanePeers(model: ResolvedTarget): PolicyPeer[] {
  const { vnetCidr, masterCidr } = model.target.cluster;
  return [{ ipBlock: { cidr: vnetCidr } }, { ipBlock: { cidr: masterCidr } }];
}

function namespaceBilling(model: ResolvedTarget, ns: PlatformNamespace): Billing {
  return { costCenter: model.target.costCenter, ...NAMESPACES[ns].billing };
}

/** default-deny-all and allow-dns-egress of one namespace. */
function namespaceBaselinePolicies(namespace: string, owner: PolicyOwner, appName: string, billing: Billing): NetworkPolicySpec[] {
  const base = { namespace, owner, appName, billing, podSelector: {} };
  return [
    { ...base, name: DEFAULT_DENY, ingress: [], egress: [] },
    { ...base, name: DNS_EGRESS, ingress: [], egress: [{ peers: [DNS_PEER], ports: DNS_PORTS }] },
  ];
}

function sorted(model: ResolvedTarget): Array<[string, Component]> {
  return Object.entries(model.components).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Namespace-wide policies of the platform namespaces (deny, DNS, and the allowances of config/namespaces.ts). */
export function platformNamespacePolicies(model: ResolvedTarget): NetworkPolicySpec[] {
  const policies: NetworkPolicySpec[] = [];
  for (const ns of PLATFORM_NAMESPACES) {
    const spec = NAMESPACES[ns];
    const owner: PolicyOwner = { kind: 'namespace', namespace: ns };
    const base = { namespace: ns, owner, appName: ns, billing: namespaceBilling(model, ns), podSelector: {} };
    policies.push(...namespaceBaselinePolicies(ns, owner, ns, base.billing));
    if (spec.apiServerEgress) {
      policies.push({
        ...base,
        name: 'allow-apiserver-egress',
        ingress: [],
        egress: [{ peers: controlPlanePeers(model), ports: API_SERVER_PORTS.map(tcp) }],
      });
    }
    if (spec.internetEgressPorts.length > 0) {
      policies.push({
        ...base,
        name: 'allow-internet-egress',
        ingress: [],
        egress: [{ peers: [externalPeer(INTERNET)], ports: spec.internetEgressPorts.map(tcp) }],
      });
    }
    if (spec.webhookPorts.length > 0) {
      policies.push({
        ...base,
        name: 'allow-webhooks',
        ingress: [{ peers: controlPlanePeers(model), ports: spec.webhookPorts.map(tcp) }],
        egress: [],
      });
    }
    if (spec.sameNamespaceTraffic) {
      const same: PolicyPeer = { podSelector: { matchLabels: {} } };
      policies.push({ ...base, name: 'allow-same-namespace', ingress: [{ peers: [same] }], egress: [{ peers: [same] }] });
    }
    if (ns === MONITORING) {
      // Prometheus scrapes pods in every namespace (fact sheet §5: monitoring -> all, scrape only) and the nodes.
      policies.push({
        ...base,
        name: 'allow-scrape-egress',
        ingress: [],
        egress: [
          { peers: [{ namespaceSelector: { matchLabels: {} } }] },
          { peers: [{ ipBlock: { cidr: model.target.cluster.nodeCidr } }], ports: NODE_SCRAPE_PORTS.map(tcp) },
        ],
      });
    }
  }
  return policies;
}

interface Edges {
  /** component name -> components that list it in dependsOn */
  readonly dependants: ReadonlyMap<string, readonly Component[]>;
  /** operator name -> components it operates */
  readonly operated: ReadonlyMap<string, readonly Component[]>;
  readonly ingressControllers: readonly Component[];
  readonly hosted: readonly ServiceComponent[];
}

function edges(model: ResolvedTarget): Edges {
  const dependants = new Map<string, Component[]>();
  const operated = new Map<string, Component[]>();
  for (const [name, c] of sorted(model)) {
    for (const dep of c.dependsOn) {
      if (!model.components[dep]) throw new Error(`component "${name}" depends on "${dep}", which is not enabled in ${model.target.name}`);
      dependants.set(dep, [...(dependants.get(dep) ?? []), c]);
    }
    if (c.kind === 'operated') operated.set(c.operator, [...(operated.get(c.operator) ?? []), c]);
  }
  const list = sorted(model).map(([, c]) => c);
  return {
    dependants,
    operated,
    ingressControllers: list.filter((c) => c.kind === 'chart' && c.category === 'ingress'),
    hosted: list.filter((c): c is ServiceComponent => c.kind === 'service' && !!c.ingress),
  };
}

function ingressFromDependants(name: string, c: Component, e: Edges): PolicyRule[] {
  const from = e.dependants.get(name) ?? [];
  return from.length > 0 ? [{ peers: from.map(componentPeer), ports: portsOf(c) }] : [];
}

function egressToDependencies(model: ResolvedTarget, c: Component): PolicyRule[] {
  return c.dependsOn.map((dep) => ({ peers: [componentPeer(model.components[dep])], ports: portsOf(model.components[dep]) }));
}

function tenantIngress(name: string, c: Component): PolicyRule[] {
  if (!(TENANT_REACHABLE_COMPONENTS as readonly string[]).includes(name)) return [];
  const ports = portsOf(c).filter((p) => (TENANT_PLATFORM_PORTS as readonly number[]).includes(p.port));
  return ports.length > 0 ? [{ peers: [{ namespaceSelector: { matchLabels: { [NAMESPACE_TYPE_LABEL]: 'tenant' } } }], ports }] : [];
}

/** Egress to something outside the cluster: its CIDRs (private ranges excluded) and, if asked, the target's private endpoints. */
function externalRule(model: ResolvedTarget, ext: ExternalEgress): PolicyRule {
  const peers = ext.cidrs.map(externalPeer);
  if (ext.privateEndpoints) peers.push({ ipBlock: { cidr: model.target.cluster.privateEndpointCidr } });
  return { peers, ports: ext.ports.map(tcp) };
}

/** The policy of one first-party service: hosts, scraping, dependants in; dependencies, external, API server out. */
function servicePolicy(model: ResolvedTarget, name: string, c: ServiceComponent, e: Edges): NetworkPolicySpec {
  const ingress: PolicyRule[] = [];
  if (c.ingress) {
    const peers = e.ingressControllers.length > 0 ? e.ingressControllers.map(componentPeer) : [namespacePeer(INGRESS_NS)];
    ingress.push({ peers, ports: [tcp(c.port)] });
  }
  if (c.metricsPath !== '') ingress.push({ peers: [namespacePeer(MONITORING)], ports: [tcp(c.metricsPort ?? c.port)] });
  ingress.push(...ingressFromDependants(name, c, e), ...tenantIngress(name, c));
  const egress = egressToDependencies(model, c);
  if (c.peers) {
    // The pods of one cluster (e.g. Dgraph's Zeros and Alphas) reach each other on their cluster ports, whichever component they belong to.
    const peer = namespacePeer(c.namespace, { [LABEL.peerGroup]: c.peers.group });
    ingress.push({ peers: [peer], ports: c.peers.ports.map(tcp) });
    egress.push({ peers: [peer], ports: c.peers.ports.map(tcp) });
  }
  for (const ext of c.externalEgress) egress.push(externalRule(model, ext));
  if (c.kubernetesApi && c.kubernetesApi.length > 0) egress.push({ peers: controlPlanePeers(model), ports: API_SERVER_PORTS.map(tcp) });
  ingress.push(...writerIngress(model, name, c));
  egress.push(...writerReceive(model, name, c));
  return componentPolicy(name, c, ingress, egress);
}

/** The NetworkPolicy of one component: its pods, its rules, its labels. */
function componentPolicy(name: string, c: Component, ingress: PolicyRule[], egress: PolicyRule[]): NetworkPolicySpec {
  return {
    name,
    namespace: c.namespace,
    owner: { kind: 'component', component: name, componentKind: c.kind },
    appName: name,
    billing: c.billing,
    podSelector: c.podSelector,
    ingress,
    egress,
  };
}

/** The policy of a chart or operated component: like a service, plus its own pods, its operator and, for the ingress controller, the world. */
function chartPolicy(model: ResolvedTarget, name: string, c: Component, e: Edges): NetworkPolicySpec {
  const self = componentPeer(c);
  // Pods of one release talk among themselves on ports the model does not list (replication, gossip, sentinel).
  const ingress: PolicyRule[] = [{ peers: [self] }];
  const egress: PolicyRule[] = [{ peers: [self] }];
  // Chart metrics ports are not in the model, so scraping is allowed on any port.
  ingress.push({ peers: [namespacePeer(MONITORING)] });
  ingress.push(...ingressFromDependants(name, c, e), ...tenantIngress(name, c));
  if (c.kind === 'operated') {
    const operator = model.components[c.operator];
    if (!operator) throw new Error(`component "${name}" is operated by "${c.operator}", which is not enabled in ${model.target.name}`);
    // Operators reach admin and replication ports of what they run (e.g. Strimzi on 9091), which are not service ports.
    ingress.push({ peers: [componentPeer(operator)] });
  }
  const runs = e.operated.get(name) ?? [];
  if (runs.length > 0) egress.push({ peers: runs.map(componentPeer) });
  if (c.kind === 'chart' && c.category === 'ingress') {
    // The world reaches the controller on its HTTP(S) ports only, not on metrics or webhook ports.
    const web = portsOf(c).filter((p) => WEB_PORTS.includes(p.port));
    if (web.length === 0) throw new Error(`ingress controller "${name}" listens on none of ${WEB_PORTS.join(', ')}`);
    ingress.push({ peers: [{ ipBlock: { cidr: INTERNET } }], ports: web });
    for (const s of e.hosted) egress.push({ peers: [componentPeer(s)], ports: [tcp(s.port)] });
  }
  ingress.push(...writerIngress(model, name, c));
  egress.push(...egressToDependencies(model, c), ...writerReceive(model, name, c));
  if (c.kind === 'operated') for (const ext of c.externalEgress ?? []) egress.push(externalRule(model, ext));
  if (c.kind !== 'service' && c.callsKubernetesApi) egress.push({ peers: controlPlanePeers(model), ports: API_SERVER_PORTS.map(tcp) });
  return componentPolicy(name, c, ingress, egress);
}

/**
 * The backup identity of a chart or service with a backup policy (`backup`): its writer runs in pods of its own, selected
 * by the identity's label, which reach the component's pods on its ports. Operated components' writers are their own
 * pods, unless the component says its writer is a client (`backupWriterIsClient`: the dump jobs of Kafka, ClickHouse, Redis, MongoDB).
 */
function backupWriter(model: ResolvedTarget, name: string, c: Component) {
  if (c.kind === 'operated' ? !c.backupWriterIsClient || !('backup' in c.sizing) : !c.backup) return undefined;
  return WORKLOAD_IDENTITIES.find((i) => i.permission === 'backup-write' && i.backupOf === name && model.identities[i.name]);
}

/** The writer pods of a component's backups are not its pods (they would join its Services): admitted by their identity. */
function writerIngress(model: ResolvedTarget, name: string, c: Component): PolicyRule[] {
  const writer = backupWriter(model, name, c);
  return writer ? [{ peers: [namespacePeer(c.namespace, { [CLOUD_IDENTITY_LABEL]: writer.name })], ports: writerPorts(c) }] : [];
}

/** A component that pushes its data to its writer (ServiceBackupPolicy.receivePort, Dgraph's export) reaches the writer's port. */
function writerReceive(model: ResolvedTarget, name: string, c: Component): PolicyRule[] {
  const writer = backupWriter(model, name, c);
  const port = c.kind !== 'operated' ? c.backup?.receivePort : undefined;
  return writer && port !== undefined
    ? [{ peers: [namespacePeer(c.namespace, { [CLOUD_IDENTITY_LABEL]: writer.name })], ports: [tcp(port)] }]
    : [];
}

/** Ports a chart's backup writer reads the data on: those of its first Service (the client API), else all its ports. */
function writerPorts(c: Component): PolicyPort[] {
  const service = c.kind !== 'service' ? c.services?.[0] : undefined;
  const ports = service ? c.ports.filter((p) => service.ports.includes(p.name)) : c.ports;
  return ports.map((p) => ({ protocol: p.protocol ?? 'TCP', port: p.port }));
}

/** One policy per enabled component of the target, in name order. */
export function componentPolicies(model: ResolvedTarget): NetworkPolicySpec[] {
  const e = edges(model);
  return sorted(model).map(([name, c]) => (c.kind === 'service' ? servicePolicy(model, name, c, e) : chartPolicy(model, name, c, e)));
}

const PLATFORM_PEER: PolicyPeer = { namespaceSelector: { matchLabels: { [NAMESPACE_TYPE_LABEL]: 'platform' } } };
const TENANT_PORTS: PolicyPort[] = TENANT_PLATFORM_PORTS.map(tcp);
const SAME_NAMESPACE: PolicyPeer = { podSelector: { matchLabels: {} } };

/**
 * The policies of one tenant namespace (fact sheet §5): deny, DNS, same-namespace traffic, the
 * platform on TENANT_PLATFORM_PORTS only (both ways), ingress controller and Prometheus in. No rule
 * names another namespace than the platform ones, so tenant-to-tenant traffic stays denied.
 */
export function tenantPolicies(costCenter: string, slug: string): NetworkPolicySpec[] {
  const namespace = tenantNamespace(slug);
  const owner: PolicyOwner = { kind: 'tenant', slug };
  const billing = tenantBilling(costCenter, slug);
  const base = { namespace, owner, appName: namespace, billing, podSelector: {} };
  return [
    ...namespaceBaselinePolicies(namespace, owner, namespace, billing),
    { ...base, name: 'tenant-allow-same-namespace', ingress: [{ peers: [SAME_NAMESPACE] }], egress: [{ peers: [SAME_NAMESPACE] }] },
    {
      ...base,
      name: 'tenant-allow-platform',
      ingress: [{ peers: [PLATFORM_PEER], ports: TENANT_PORTS }],
      egress: [{ peers: [PLATFORM_PEER], ports: TENANT_PORTS }],
    },
    {
      ...base,
      name: 'tenant-allow-ingress-and-scrape',
      ingress: [{ peers: [namespacePeer(INGRESS_NS), namespacePeer(MONITORING)] }],
      egress: [],
    },
  ];
}

/** Every NetworkPolicy of the platform namespaces and components of a target (tenants: tenantPolicies). */
/** Node agent namespaces an enabled component runs in (config/types.ts NODE_AGENT_NAMESPACES). */
export function usedNodeAgentNamespaces(model: ResolvedTarget): NodeAgentNamespace[] {
  const used = new Set<string>(Object.values(model.components).map((c) => c.namespace));
  return NODE_AGENT_NAMESPACES.filter((ns) => used.has(ns));
}

/** Default deny and DNS of the node agent namespaces in use; the agent's own policy comes from componentPolicies. */
function nodeAgentNamespacePolicies(model: ResolvedTarget): NetworkPolicySpec[] {
  return usedNodeAgentNamespaces(model).flatMap((ns) =>
    namespaceBaselinePolicies(ns, { kind: 'namespace', namespace: ns }, ns, {
      costCenter: model.target.costCenter,
      ...NODE_AGENT_NAMESPACE_SPECS[ns].billing,
    }),
  );
}

/** Egress to a cloud endpoint: the public internet without the private ranges, or exactly its CIDRs. */
function endpointRule(endpoint: NetworkEndpoint): PolicyRule {
  return {
    peers: endpoint.cidrs.map((cidr) => (cidr === ANY_ADDRESS ? externalPeer(INTERNET) : { ipBlock: { cidr } })),
    ports: endpoint.ports.map(tcp),
  };
}

/** Name of the NetworkPolicy of a workload identity's pods. */
export function identityPolicyName(identity: string): string {
  return `cloud-identity-${identity}`;
}

/**
 * One policy per workload identity of the target (config/identities.ts), selecting its pods by
 * CLOUD_IDENTITY_LABEL: egress to where the cloud exchanges their tokens and to the services the
 * identity may use (lib/clouds `identityNetwork`), whatever component the pods belong to.
 */
function identityPolicies(model: ResolvedTarget): NetworkPolicySpec[] {
  const network = profileOf(model.target).identityNetwork;
  return WORKLOAD_IDENTITIES.filter((i) => model.identities[i.name] && usesNamespace(model, i.namespace)).map((i) => ({
    name: identityPolicyName(i.name),
    namespace: i.namespace,
    owner: { kind: 'namespace', namespace: i.namespace },
    appName: i.namespace,
    billing: namespaceBilling(model, i.namespace),
    podSelector: { [CLOUD_IDENTITY_LABEL]: i.name },
    ingress: backedUpComponent(model, i).ingress,
    egress: [
      ...[...network.tokenEndpoints(model.target), ...network.serviceEndpoints(model.target, i.permission)].map(endpointRule),
      ...backedUpComponent(model, i).egress,
    ],
  }));
}

/** A backup writer's rules towards the chart or service it copies (backupWriter admits it there; a receive port lets the component in). */
function backedUpComponent(
  model: ResolvedTarget,
  identity: (typeof WORKLOAD_IDENTITIES)[number],
): { ingress: PolicyRule[]; egress: PolicyRule[] } {
  const c = identity.backupOf ? model.components[identity.backupOf] : undefined;
  if (!c || backupWriter(model, identity.backupOf!, c)?.name !== identity.name) return { ingress: [], egress: [] };
  const port = c.kind !== 'operated' ? c.backup?.receivePort : undefined;
  return {
    ingress: port !== undefined ? [{ peers: [componentPeer(c)], ports: [tcp(port)] }] : [],
    egress: [{ peers: [componentPeer(c)], ports: writerPorts(c) }],
  };
}

function usesNamespace(model: ResolvedTarget, namespace: string): boolean {
  return Object.values(model.components).some((c) => c.namespace === namespace);
}

export function platformPolicies(model: ResolvedTarget): NetworkPolicySpec[] {
  return [
    ...platformNamespacePolicies(model),
    ...nodeAgentNamespacePolicies(model),
    ...identityPolicies(model),
    ...componentPolicies(model),
  ];
}
