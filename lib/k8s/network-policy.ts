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

/** An inclusive range of IPv4 addresses as 32-bit integers. */
export type AddressRange = readonly [number, number];

/**
 * A pod (real or synthetic) or a set of addresses outside the pods (the internet, the cluster's
 * nodes, the API server). `policed: false` marks an endpoint whose own NetworkPolicies are not
 * rendered here (kube-dns in kube-system, everything outside the cluster): a flow touching it is
 * drawn only when the other, policed end explicitly allows it, never because nothing forbids it.
 */
export type Endpoint =
  | {
      readonly kind: 'pod';
      readonly id: string;
      readonly namespace: string;
      readonly labels: Labels;
      readonly ports: readonly EndpointPort[];
      /** @default true */
      readonly policed?: boolean;
      /** False for a server that never opens connections into the picture (kube-dns). @default true */
      readonly sends?: boolean;
    }
  | { readonly kind: 'external'; readonly id: string; readonly ranges: readonly AddressRange[]; readonly ports: readonly EndpointPort[] };

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
  const [start, end] = cidrRange(cidr);
  const n = ipToInt(ip);
  return n >= start && n <= end;
}

/** The addresses of a CIDR block. */
export function cidrRange(cidr: string): AddressRange {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`"${cidr}" is not an IPv4 CIDR`);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  const start = (ipToInt(base) & mask) >>> 0;
  return [start, start + 2 ** (32 - bits) - 1];
}

/** `ranges` minus `holes`, as sorted disjoint ranges. */
export function subtractRanges(ranges: readonly AddressRange[], holes: readonly AddressRange[]): AddressRange[] {
  let result: AddressRange[] = [...ranges];
  for (const [hs, he] of holes) {
    result = result.flatMap(([s, e]): AddressRange[] => {
      if (he < s || hs > e) return [[s, e]];
      return [...(hs > s ? [[s, hs - 1] as AddressRange] : []), ...(he < e ? [[he + 1, e] as AddressRange] : [])];
    });
  }
  return result.sort((a, b) => a[0] - b[0]);
}

/**
 * True when an ipBlock admits some address of `ranges`: the block's CIDR minus its `except`
 * blocks (Kubernetes semantics) overlaps them.
 */
export function ipBlockAdmits(
  block: { readonly cidr: string; readonly except?: readonly string[] },
  ranges: readonly AddressRange[],
): boolean {
  const allowed = subtractRanges([cidrRange(block.cidr)], (block.except ?? []).map(cidrRange));
  return allowed.some(([s, e]) => ranges.some(([rs, re]) => s <= re && rs <= e));
}

/** The label the API server sets on every Namespace to its name (policies select namespaces by it). */
export const METADATA_NAME = 'kubernetes.io/metadata.name';

/** Namespace name -> labels (with `kubernetes.io/metadata.name`, which the API server always sets). */
export type NamespaceLabels = ReadonlyMap<string, Labels>;

/** Labels of the rendered Namespace objects; a namespace not rendered here (kube-system) counts as labelled by its name alone. */
export function namespaceLabels(objects: Iterable<K8sObject>): Map<string, Labels> {
  const result = new Map<string, Labels>();
  for (const o of objects) {
    if (o.kind === 'Namespace') result.set(o.metadata.name, { ...(o.metadata.labels ?? {}), [METADATA_NAME]: o.metadata.name });
  }
  return result;
}

function peerMatches(peer: Peer, policyNamespace: string, other: Endpoint, namespaces: NamespaceLabels): boolean {
  if (peer.ipBlock) {
    // Pod IPs are not matched by ipBlock: Kubernetes leaves that implementation-defined, and the policies here never rely on it.
    if (other.kind !== 'external') return false;
    return ipBlockAdmits(peer.ipBlock, other.ranges);
  }
  if (other.kind !== 'pod') return false;
  if (peer.namespaceSelector) {
    const nsLabels = namespaces.get(other.namespace) ?? { [METADATA_NAME]: other.namespace };
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

function policed(e: Endpoint): boolean {
  return e.kind === 'pod' && e.policed !== false;
}

/**
 * True when `src` may open a connection to `dst` on `port`. Both sides need the isolation of
 * `isolationOf`. Between two policed pods this is Kubernetes' rule (each side allows it, or is not
 * isolated in that direction). Where one end is not policed here (kube-dns, the internet, the
 * nodes), only an explicit rule of the policed end counts: a namespace without policies does not
 * make kube-dns reachable from the internet, and kube-dns answers but opens no connections.
 */
export function flowAllowed(
  src: Endpoint,
  srcIso: Isolation,
  dst: Endpoint,
  dstIso: Isolation,
  port: EndpointPort,
  namespaces: NamespaceLabels,
): boolean {
  if (src.kind === 'pod' && src.sends === false) return false;
  const allows = (side: readonly Policy[], direction: 'ingress' | 'egress', other: Endpoint) =>
    side.some((p) => ruleAllows(p[direction]!, p.namespace, other, port, namespaces));
  if (!policed(src) && !policed(dst)) return false;
  if (!policed(src)) return dstIso.ingress.length > 0 && allows(dstIso.ingress, 'ingress', src);
  if (!policed(dst)) return srcIso.egress.length > 0 && allows(srcIso.egress, 'egress', dst);
  const egressOk = srcIso.egress.length === 0 || allows(srcIso.egress, 'egress', dst);
  return egressOk && (dstIso.ingress.length === 0 || allows(dstIso.ingress, 'ingress', src));
}
