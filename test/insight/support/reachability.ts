/**
 * A deliberately separate, naive NetworkPolicy evaluator for tests: it reads the raw rendered
 * objects for every question and shares no code with lib/insight/network-policy.ts.
 * Supports what the tests need: matchLabels, namespaceSelector + podSelector, ipBlock with except,
 * numeric ports; anything else throws, so a policy shape it cannot judge is never silently "allowed".
 */
type Obj = { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: any };

/**
 * A pod, or a set of addresses (`ranges`: inclusive [first, last] as numbers). `policed: false`: the
 * party's own policies are not in `objects` (kube-dns, anything outside the cluster), so only an
 * explicit rule of the other side may admit a flow; `sends: false`: it never opens connections.
 */
export type Party =
  | { pod: { namespace: string; labels: Record<string, string>; policed?: boolean; sends?: boolean } }
  | { ranges: ReadonlyArray<readonly [number, number]> };

function labelsMatch(selector: any, labels: Record<string, string>): boolean {
  if (selector.matchExpressions?.length) throw new Error('reference evaluator: matchExpressions unsupported');
  return Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

function ipNumber(ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

function nsLabels(objects: Obj[], ns: string): Record<string, string> {
  const found = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === ns);
  return { ...(found?.metadata.labels ?? {}), 'kubernetes.io/metadata.name': ns };
}

export function ipToNumber(ip: string): number {
  return ipNumber(ip);
}

function cidrBounds(cidr: string): [number, number] {
  const [net, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipNumber(net) / size) * size;
  return [start, start + size - 1];
}

/** Some address of `ranges` lies in the block and in none of its `except` blocks (walks over the except blocks). */
function blockAdmits(block: { cidr: string; except?: string[] }, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  const [bs, be] = cidrBounds(block.cidr);
  const holes = (block.except ?? []).map(cidrBounds);
  for (const [rs, re] of ranges) {
    let p = Math.max(bs, rs);
    const last = Math.min(be, re);
    while (p <= last) {
      const hole = holes.find(([hs, he]) => p >= hs && p <= he);
      if (!hole) return true;
      p = hole[1] + 1;
    }
  }
  return false;
}

function peerHas(objects: Obj[], policyNs: string, peer: any, party: Party): boolean {
  if (peer.ipBlock) return 'ranges' in party && blockAdmits(peer.ipBlock, party.ranges);
  if (!('pod' in party)) return false;
  const nsOk = peer.namespaceSelector
    ? labelsMatch(peer.namespaceSelector, nsLabels(objects, party.pod.namespace))
    : party.pod.namespace === policyNs;
  return nsOk && (peer.podSelector ? labelsMatch(peer.podSelector, party.pod.labels) : true);
}

function portHas(ports: any[] | undefined, port: number, protocol: string): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if (typeof p.port === 'string') throw new Error('reference evaluator: named ports unsupported');
    return (p.protocol ?? 'TCP') === protocol && (p.port === undefined || p.port === port);
  });
}

/** Policies selecting the pod that have the direction in their (defaulted) policyTypes. */
function governing(objects: Obj[], party: Party, direction: 'Ingress' | 'Egress'): Obj[] {
  if (!('pod' in party)) return [];
  return objects.filter((o) => {
    if (o.kind !== 'NetworkPolicy' || o.metadata.namespace !== party.pod.namespace) return false;
    const types: string[] = o.spec.policyTypes ?? (o.spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
    return types.includes(direction) && labelsMatch(o.spec.podSelector ?? {}, party.pod.labels);
  });
}

function allowsBy(objects: Obj[], policies: Obj[], direction: 'egress' | 'ingress', other: Party, port: number, protocol: string): boolean {
  return policies.some((p) =>
    (p.spec[direction] ?? []).some((r: any) => {
      const peers = direction === 'egress' ? r.to : r.from;
      return (
        (!peers || peers.length === 0 || peers.some((peer: any) => peerHas(objects, p.metadata.namespace!, peer, other))) &&
        portHas(r.ports, port, protocol)
      );
    }),
  );
}

const isPoliced = (p: Party) => 'pod' in p && p.pod.policed !== false;

export function isAllowed(objects: Obj[], src: Party, dst: Party, port: number, protocol = 'TCP'): boolean {
  if ('pod' in src && src.pod.sends === false) return false;
  const out = governing(objects, src, 'Egress');
  const inn = governing(objects, dst, 'Ingress');
  if (!isPoliced(src) && !isPoliced(dst)) return false;
  // An unpoliced end counts only through an explicit rule of the policed end.
  if (!isPoliced(src)) return inn.length > 0 && allowsBy(objects, inn, 'ingress', src, port, protocol);
  if (!isPoliced(dst)) return out.length > 0 && allowsBy(objects, out, 'egress', dst, port, protocol);
  const egress = out.length === 0 || allowsBy(objects, out, 'egress', dst, port, protocol);
  return egress && (inn.length === 0 || allowsBy(objects, inn, 'ingress', src, port, protocol));
}
