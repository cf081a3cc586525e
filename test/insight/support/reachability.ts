/**
 * A deliberately separate, naive NetworkPolicy evaluator for tests: it reads the raw rendered
 * objects for every question and shares no code with constructs/insight/network-policy.ts.
 * Supports what the tests need: matchLabels, namespaceSelector + podSelector, ipBlock with except,
 * numeric ports; anything else throws, so a policy shape it cannot judge is never silently "allowed".
 */
type Obj = { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: any };

export type Party = { pod: { namespace: string; labels: Record<string, string> } } | { ip: string };

function labelsMatch(selector: any, labels: Record<string, string>): boolean {
  if (selector.matchExpressions?.length) throw new Error('reference evaluator: matchExpressions unsupported');
  return Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

function ipNumber(ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

function cidrHas(cidr: string, ip: string): boolean {
  const [net, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipNumber(net) / size) * size;
  return ipNumber(ip) >= start && ipNumber(ip) < start + size;
}

function nsLabels(objects: Obj[], ns: string): Record<string, string> {
  const found = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === ns);
  return { ...(found?.metadata.labels ?? {}), 'kubernetes.io/metadata.name': ns };
}

function peerHas(objects: Obj[], policyNs: string, peer: any, party: Party): boolean {
  if (peer.ipBlock)
    return 'ip' in party && cidrHas(peer.ipBlock.cidr, party.ip) && !(peer.ipBlock.except ?? []).some((c: string) => cidrHas(c, party.ip));
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

export function isAllowed(objects: Obj[], src: Party, dst: Party, port: number, protocol = 'TCP'): boolean {
  const out = governing(objects, src, 'Egress');
  const egress =
    out.length === 0 ||
    out.some((p) =>
      (p.spec.egress ?? []).some(
        (r: any) =>
          (!r.to || r.to.length === 0 || r.to.some((peer: any) => peerHas(objects, p.metadata.namespace!, peer, dst))) &&
          portHas(r.ports, port, protocol),
      ),
    );
  if (!egress) return false;
  const inn = governing(objects, dst, 'Ingress');
  return (
    inn.length === 0 ||
    inn.some((p) =>
      (p.spec.ingress ?? []).some(
        (r: any) =>
          (!r.from || r.from.length === 0 || r.from.some((peer: any) => peerHas(objects, p.metadata.namespace!, peer, src))) &&
          portHas(r.ports, port, protocol),
      ),
    )
  );
}
