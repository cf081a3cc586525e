import type { K8sObject } from '../../lib/k8s/object';
import { type Endpoint, flowAllowed, inCidr, isolationOf, namespaceLabels, policiesOf, selects } from '../../lib/insight/network-policy';
import { ipToNumber, isAllowed } from './support/reachability';

const ns = (name: string, labels: Record<string, string> = {}): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels },
});
const np = (namespace: string, name: string, spec: Record<string, unknown>): K8sObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace },
  spec,
});
const pod = (namespace: string, app: string, ports: number[] = [8080]): Endpoint => ({
  kind: 'pod',
  id: `${namespace}/${app}`,
  namespace,
  labels: { app },
  ports: ports.map((port) => ({ port, protocol: 'TCP' })),
});
const ext = (ip: string): Endpoint => ({
  kind: 'external',
  id: ip,
  ranges: [[ipToNumber(ip), ipToNumber(ip)]],
  ports: [{ port: 443, protocol: 'TCP' }],
});

// A small hand-made world: two namespaces with default deny, a gateway allowed to call iam on 8081, one pod allowed out to the internet.
const OBJECTS: K8sObject[] = [
  ns('cp', { 'matih.ai/namespace-type': 'platform' }),
  ns('tenant-a', { 'matih.ai/namespace-type': 'tenant' }),
  ns('tenant-b', { 'matih.ai/namespace-type': 'tenant' }),
  np('cp', 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
  np('cp', 'gw', {
    podSelector: { matchLabels: { app: 'gw' } },
    policyTypes: ['Egress'],
    egress: [
      {
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cp' } }, podSelector: { matchLabels: { app: 'iam' } } }],
        ports: [{ protocol: 'TCP', port: 8081 }],
      },
    ],
  }),
  np('cp', 'iam', {
    podSelector: { matchLabels: { app: 'iam' } },
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ podSelector: { matchLabels: { app: 'gw' } } }], ports: [{ protocol: 'TCP', port: 8081 }] }],
  }),
  np('cp', 'ai', {
    podSelector: { matchLabels: { app: 'ai' } },
    policyTypes: ['Egress'],
    egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], ports: [{ protocol: 'TCP', port: 443 }] }],
  }),
  np('tenant-a', 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
  np('tenant-b', 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
  np('tenant-a', 'platform', {
    podSelector: {},
    policyTypes: ['Egress'],
    egress: [{ to: [{ namespaceSelector: { matchLabels: { 'matih.ai/namespace-type': 'platform' } } }] }],
  }),
];

function allowed(src: Endpoint, dst: Endpoint, port = dst.ports[0].port): boolean {
  const policies = policiesOf(OBJECTS);
  return flowAllowed(src, isolationOf(src, policies), dst, isolationOf(dst, policies), { port, protocol: 'TCP' }, namespaceLabels(OBJECTS));
}

describe('NetworkPolicy evaluation', () => {
  const gw = pod('cp', 'gw');
  const iam = pod('cp', 'iam', [8081, 9090]);
  const ai = pod('cp', 'ai');
  const ta = pod('tenant-a', 'x');
  const tb = pod('tenant-b', 'y');

  it('allows only what both egress and ingress allow', () => {
    expect(allowed(gw, iam, 8081)).toBe(true);
    expect(allowed(gw, iam, 9090)).toBe(false); // port not in either rule
    expect(allowed(iam, gw)).toBe(false); // reverse direction
    expect(allowed(ai, iam, 8081)).toBe(false); // ai has no egress to iam
  });

  it('applies ipBlock with except to external addresses only', () => {
    expect(allowed(ai, ext('8.8.8.8'))).toBe(true);
    expect(allowed(ai, ext('10.1.2.3'))).toBe(false);
    expect(allowed(gw, ext('8.8.8.8'))).toBe(false);
  });

  it('keeps tenants apart but lets a tenant out to platform namespaces when their ingress agrees', () => {
    expect(allowed(ta, tb)).toBe(false);
    expect(allowed(tb, ta)).toBe(false);
    expect(allowed(ta, iam, 8081)).toBe(false); // tenant egress allows it, iam's ingress does not
  });

  it('treats a pod without policies as open in that direction', () => {
    const free = pod('other', 'z');
    expect(allowed(free, gw)).toBe(false); // gw is ingress-isolated by deny
    expect(allowed(gw, free)).toBe(false); // gw egress only to iam
    const objects: K8sObject[] = [];
    const p = policiesOf(objects);
    expect(
      flowAllowed(
        free,
        isolationOf(free, p),
        pod('other', 'w'),
        isolationOf(pod('other', 'w'), p),
        { port: 1, protocol: 'TCP' },
        new Map(),
      ),
    ).toBe(true);
  });

  it('defaults policyTypes like the API server: Egress only when egress rules exist', () => {
    const [ingressOnly, both] = policiesOf([np('n', 'a', { podSelector: {}, ingress: [] }), np('n', 'b', { podSelector: {}, egress: [] })]);
    expect(ingressOnly.ingress).toEqual([]);
    expect(ingressOnly.egress).toBeUndefined();
    expect(both.ingress).toEqual([]);
    expect(both.egress).toEqual([]);
  });

  it('supports matchExpressions, endPort and named ports', () => {
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] }, { tier: 'b' })).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['a'] }] }, { tier: 'a' })).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, {})).toBe(true);
    const objects = [
      np('n', 'range', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ port: 8000, endPort: 8010 }, { port: 'metrics' }] }],
      }),
    ];
    const policies = policiesOf(objects);
    const dst: Endpoint = { kind: 'pod', id: 'n/d', namespace: 'n', labels: {}, ports: [] };
    const src = pod('n', 's');
    const check = (port: number, name?: string) =>
      flowAllowed(
        src,
        isolationOf(src, policies),
        dst,
        isolationOf(dst, policies),
        { port, protocol: 'TCP', ...(name ? { name } : {}) },
        new Map(),
      );
    expect(check(8005)).toBe(true);
    expect(check(8011)).toBe(false);
    expect(check(9100, 'metrics')).toBe(true);
    expect(check(9100)).toBe(false);
  });

  it('agrees with the independent reference evaluator on every pair of the hand-made world', () => {
    const parties: Endpoint[] = [gw, iam, ai, ta, tb, ext('8.8.8.8'), ext('10.0.0.5')];
    for (const s of parties)
      for (const d of parties) {
        if (s === d || (s.kind === 'external' && d.kind === 'external')) continue;
        for (const port of [443, 8080, 8081]) {
          const party = (e: Endpoint) =>
            e.kind === 'pod'
              ? { pod: { namespace: e.namespace, labels: { ...e.labels }, policed: e.policed, sends: e.sends } }
              : { ranges: e.ranges };
          expect([s.id, d.id, port, allowed(s, d, port)]).toEqual([
            s.id,
            d.id,
            port,
            isAllowed(OBJECTS as never, party(s), party(d), port),
          ]);
        }
      }
  });

  it('checks CIDRs precisely', () => {
    expect(inCidr('10.255.0.1', '10.0.0.0/8')).toBe(true);
    expect(inCidr('11.0.0.1', '10.0.0.0/8')).toBe(false);
    expect(inCidr('1.2.3.4', '0.0.0.0/0')).toBe(true);
    expect(() => inCidr('1.2.3.4', '10.0.0.0/40')).toThrow('not an IPv4 CIDR');
  });
});
