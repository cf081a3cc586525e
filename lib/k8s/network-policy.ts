/**
 * Kubernetes NetworkPolicy semantics over rendered objects
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/): a pod is isolated
 * for a direction when a policy selecting it has that policyType; a flow A -> B:port is allowed
 * when A's egress and B's ingress both allow it (or the side is not isolated).
 */
import type { K8sObject } from './object';

export type Labels = Readonly<Record<string, string>>;
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface EndpointPort {
  readonly port: number;
  readonly protocol: Protocol;
  /** Container port name, for policies that name ports. */
  readonly name?: string;
}

/** A pod (real or synthetic) or an address outside the cluster. */
export type Endpoint =
  | {
      readonly kind: 'pod';
      readonly id: string;
      readonly namespace: string;
      readonly labels: Labels;
      readonly ports: readonly EndpointPort[];
    }
  | { readonly kind: 'external'; readonly id: string; readonly ip: string; readonly ports: readonly EndpointPort[] };

interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values?: readonly string[];
}
export interface LabelSelector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}
export interface Peer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}
interface PortRule {
  readonly protocol?: Protocol;
  readonly port?: number | string;
  readonly endPort?: number;
}
interface Rule {
  readonly peers?: readonly Peer[];
  readonly ports?: readonly PortRule[];
}

/** A NetworkPolicy reduced to what evaluation needs. */
export interface Policy {
  readonly namespace: string;
  readonly name: string;
  readonly podSelector: LabelSelector;
  readonly ingress?: readonly Rule[];
  readonly egress?: readonly Rule[];
}

/** Reads the NetworkPolicy objects of a rendered target (policyTypes default as the API server sets them). */
export function policiesOf(objects: Iterable<K8sObject>): Policy[] {
  const policies: Policy[] = [];
  for (const o of objects) {
    if (o.kind !== 'NetworkPolicy') continue;
    const spec = (o.spec ?? {}) as {
      podSelector?: LabelSelector;
      policyTypes?: string[];
      ingress?: Array<{ from?: Peer[]; ports?: PortRule[] }>;
      egress?: Array<{ to?: Peer[]; ports?: PortRule[] }>;
    };
    if (!o.metadata.namespace) throw new Error(`NetworkPolicy ${o.metadata.name} has no namespace`);
    const types = spec.policyTypes ?? (spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
    policies.push({
      namespace: o.metadata.namespace,
      name: o.metadata.name,
      podSelector: spec.podSelector ?? {},
      ...(types.includes('Ingress') ? { ingress: (spec.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports })) } : {}),
      ...(types.includes('Egress') ? { egress: (spec.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports })) } : {}),
    });
  }
  return policies;
}

export function selects(selector: LabelSelector, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const ok =
      e.operator === 'Exists'
        ? has
        : e.operator === 'DoesNotExist'
          ? !has
          : e.operator === 'In'
            ? has && (e.values ?? []).includes(labels[e.key])
            : !has || !(e.values ?? []).includes(labels[e.key]);
    if (!ok) return false;
  }
  return true;
}

function ipToInt(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`"${ip}" is not an IPv4 address`);
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`"${cidr}" is not an IPv4 CIDR`);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (ipToInt(ip) & mask) >>> 0 === (ipToInt(base) & mask) >>> 0;
}

/** Namespace name -> labels (with `kubernetes.io/metadata.name`, which the API server always sets). */
export type NamespaceLabels = ReadonlyMap<string, Labels>;

function peerMatches(peer: Peer, policyNamespace: string, other: Endpoint, namespaces: NamespaceLabels): boolean {
  if (peer.ipBlock) {
    // Pod IPs are not matched by ipBlock: Kubernetes leaves that implementation-defined, and the policies here never rely on it.
    if (other.kind !== 'external') return false;
    return inCidr(other.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((c) => inCidr(other.ip, c));
  }
  if (other.kind !== 'pod') return false;
  if (peer.namespaceSelector) {
    const nsLabels = namespaces.get(other.namespace) ?? { 'kubernetes.io/metadata.name': other.namespace };
    if (!selects(peer.namespaceSelector, nsLabels)) return false;
  } else if (other.namespace !== policyNamespace) {
    return false;
  }
  return peer.podSelector ? selects(peer.podSelector, other.labels) : true;
}

function portMatches(rules: readonly PortRule[] | undefined, port: EndpointPort): boolean {
  if (!rules || rules.length === 0) return true;
  return rules.some((r) => {
    if ((r.protocol ?? 'TCP') !== port.protocol) return false;
    if (r.port === undefined) return true;
    if (typeof r.port === 'string') return port.name === r.port;
    return r.endPort !== undefined ? port.port >= r.port && port.port <= r.endPort : port.port === r.port;
  });
}

function ruleAllows(
  rules: readonly Rule[],
  policyNamespace: string,
  other: Endpoint,
  port: EndpointPort,
  namespaces: NamespaceLabels,
): boolean {
  return rules.some(
    (r) =>
      (!r.peers || r.peers.length === 0 || r.peers.some((p) => peerMatches(p, policyNamespace, other, namespaces))) &&
      portMatches(r.ports, port),
  );
}

/** Policies that select a pod, per direction (precomputed once per endpoint). */
export interface Isolation {
  readonly ingress: readonly Policy[];
  readonly egress: readonly Policy[];
}

export function isolationOf(endpoint: Endpoint, policies: readonly Policy[]): Isolation {
  if (endpoint.kind !== 'pod') return { ingress: [], egress: [] };
  const selecting = policies.filter((p) => p.namespace === endpoint.namespace && selects(p.podSelector, endpoint.labels));
  return { ingress: selecting.filter((p) => p.ingress), egress: selecting.filter((p) => p.egress) };
}

/**
 * True when `src` may open a connection to `dst` on `port`. Both sides need the isolation of
 * `isolationOf`; externals are never isolated (nothing outside the cluster is policed here).
 */
export function flowAllowed(
  src: Endpoint,
  srcIso: Isolation,
  dst: Endpoint,
  dstIso: Isolation,
  port: EndpointPort,
  namespaces: NamespaceLabels,
): boolean {
  if (src.kind === 'external' && dst.kind === 'external') return false;
  const egressOk = srcIso.egress.length === 0 || srcIso.egress.some((p) => ruleAllows(p.egress!, p.namespace, dst, port, namespaces));
  if (!egressOk) return false;
  return dstIso.ingress.length === 0 || dstIso.ingress.some((p) => ruleAllows(p.ingress!, p.namespace, src, port, namespaces));
}
