import {
  cidrContains,
  componentPolicies,
  externalPeer,
  platformNamespacePolicies,
  PRIVATE_RANGES,
  tenantPolicies,
} from '../../constructs/k8s/network/network-policies';
import { COMPONENTS, fixtureModel } from './fixture';

const model = fixtureModel();
const byName = (name: string) => componentPolicies(model).find((p) => p.name === name)!;
const ports = (rules: readonly { ports?: readonly { port: number }[] }[]) =>
  rules.flatMap((r) => (r.ports ?? []).map((p) => p.port)).sort((a, b) => a - b);

describe('network policy builder', () => {
  test('cidrContains and externalPeer', () => {
    expect(cidrContains('0.0.0.0/0', '10.0.0.0/8')).toBe(true);
    expect(cidrContains('10.0.0.0/8', '10.2.0.0/16')).toBe(true);
    expect(cidrContains('52.0.0.0/8', '10.0.0.0/8')).toBe(false);
    expect(cidrContains('10.2.0.0/16', '10.0.0.0/8')).toBe(false);
    expect(externalPeer('0.0.0.0/0')).toEqual({ ipBlock: { cidr: '0.0.0.0/0', except: [...PRIVATE_RANGES] } });
    expect(externalPeer('52.10.0.0/16')).toEqual({ ipBlock: { cidr: '52.10.0.0/16' } });
    expect(() => cidrContains('bogus', '10.0.0.0/8')).toThrow(/not an IPv4 CIDR/);
  });

  test('a service gets egress to each dependency on all its ports, and its dependants get ingress', () => {
    const ai = byName('ai-service');
    expect(ports(ai.egress)).toEqual([443, 443, 5432, 6443, 9092, 9093]);
    const pg = byName('postgresql');
    const fromAi = pg.ingress.find((r) => r.peers.some((p) => p.podSelector?.matchLabels['app.kubernetes.io/name'] === 'ai-service'));
    expect(fromAi?.ports).toEqual([{ protocol: 'TCP', port: 5432 }]);
    expect(fromAi?.peers[0].namespaceSelector?.matchLabels).toEqual({ 'kubernetes.io/metadata.name': 'matih-data-plane' });
  });

  test('internet egress excludes private ranges', () => {
    const llm = byName('ai-service').egress.find((r) => r.peers[0].ipBlock?.except);
    expect(llm?.peers[0].ipBlock).toEqual({ cidr: '0.0.0.0/0', except: [...PRIVATE_RANGES] });
    expect(llm?.ports).toEqual([{ protocol: 'TCP', port: 443 }]);
  });

  test('hosted services accept the ingress controller on http; the controller accepts the world and reaches them', () => {
    const gw = byName('api-gateway');
    expect(gw.ingress[0]).toEqual({
      peers: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'matih-ingress' } },
          podSelector: { matchLabels: { 'app.kubernetes.io/name': 'nginx-ingress' } },
        },
      ],
      ports: [{ protocol: 'TCP', port: 8080 }],
    });
    const nginx = byName('nginx-ingress');
    expect(nginx.ingress.some((r) => r.peers[0].ipBlock?.cidr === '0.0.0.0/0')).toBe(true);
    expect(nginx.egress.some((r) => r.peers[0].podSelector?.matchLabels['app.kubernetes.io/name'] === 'api-gateway')).toBe(true);
    expect(nginx.egress.some((r) => r.peers[0].podSelector?.matchLabels['app.kubernetes.io/name'] === 'bi-workbench')).toBe(false);
  });

  test('the operator reaches what it operates and is let in', () => {
    const kafka = byName('kafka');
    expect(
      kafka.ingress.some((r) => r.peers[0].podSelector?.matchLabels['app.kubernetes.io/name'] === 'strimzi-kafka-operator' && !r.ports),
    ).toBe(true);
    expect(
      byName('strimzi-kafka-operator').egress.some((r) => r.peers[0].podSelector?.matchLabels['strimzi.io/cluster'] === 'matih-kafka'),
    ).toBe(true);
  });

  test('every namespace gets deny and DNS; namespace allowances follow config/namespaces.ts', () => {
    const policies = platformNamespacePolicies(model);
    for (const ns of ['matih-system', 'matih-ingress', 'matih-data-plane']) {
      expect(policies.filter((p) => p.namespace === ns).map((p) => p.name)).toEqual(
        expect.arrayContaining(['default-deny-all', 'allow-dns-egress']),
      );
    }
    expect(policies.filter((p) => p.namespace === 'matih-system').map((p) => p.name)).toEqual([
      'default-deny-all',
      'allow-dns-egress',
      'allow-apiserver-egress',
      'allow-internet-egress',
      'allow-webhooks',
    ]);
    expect(policies.filter((p) => p.namespace === 'matih-data-plane').map((p) => p.name)).toEqual(['default-deny-all', 'allow-dns-egress']);
  });

  test('tenants reach the platform only on the declared ports; platform entry points accept tenants', () => {
    const allow = tenantPolicies('CC', 'acme').find((p) => p.name === 'tenant-allow-platform')!;
    expect(ports(allow.egress)).toEqual([5432, 6379, 8080]);
    expect(
      byName('postgresql').ingress.some((r) => r.peers[0].namespaceSelector?.matchLabels['matih.ai/namespace-type'] === 'tenant'),
    ).toBe(true);
    expect(
      byName('ai-service').ingress.some((r) => r.peers[0].namespaceSelector?.matchLabels['matih.ai/namespace-type'] === 'tenant'),
    ).toBe(false);
  });

  test('a dependency on a disabled component is an error', () => {
    const broken = fixtureModel({ components: { ...COMPONENTS, 'api-gateway': { ...COMPONENTS['api-gateway'], dependsOn: ['nope'] } } });
    expect(() => componentPolicies(broken)).toThrow(/component "api-gateway" depends on "nope", which is not enabled in test-azure/);
  });
});

describe('API server and webhook traffic', () => {
  it('stays inside the cluster network and the master range, never the internet', async () => {
    const { platformNamespacePolicies } = await import('../../constructs/k8s/network/network-policies');
    const { loadPlatform } = await import('../../lib/model/load');
    for (const model of loadPlatform().targets) {
      const policies = platformNamespacePolicies(model);
      const cidrs = policies
        .filter((p) => p.name === 'allow-apiserver-egress' || p.name === 'allow-webhooks')
        .flatMap((p) => [...p.ingress, ...p.egress])
        .flatMap((r) => r.peers.map((peer) => peer.ipBlock?.cidr));
      expect(cidrs.length).toBeGreaterThan(0);
      expect(new Set(cidrs)).toEqual(new Set([model.target.cluster.vnetCidr, model.target.cluster.masterCidr]));
      // Where the API server's in-cluster address lives on each cloud must be inside those ranges.
      const { cidrContains } = await import('../../constructs/k8s/network/network-policies');
      expect(cidrContains(model.target.cluster.vnetCidr, model.target.cluster.apiServerCidr)).toBe(true); // AKS VNet integration
      expect(cidrContains(model.target.cluster.vnetCidr, model.target.cluster.nodeCidr)).toBe(true); // EKS endpoint ENIs in the VPC
    }
  });
});

describe('components that call the Kubernetes API', () => {
  it('get API server egress (cluster network only) exactly when the model says so', async () => {
    const { componentPolicies } = await import('../../constructs/k8s/network/network-policies');
    const { loadPlatform } = await import('../../lib/model/load');
    const model = loadPlatform({ targets: ['prod-aws'] }).targets[0];
    const apiEgress = (name: string) =>
      componentPolicies(model)
        .find((p) => p.name === name)!
        .egress.some((r) => r.ports?.some((p) => p.port === 6443) && r.peers.every((peer) => peer.ipBlock !== undefined));
    // postgresql: CloudNativePG's instance manager and the Barman Cloud sidecar watch their Cluster and ObjectStore.
    for (const name of ['spark-connect', 'flink-sql-gateway', 'airflow', 'ray', 'jupyterhub', 'postgresql'])
      expect([name, apiEgress(name)]).toEqual([name, true]);
    for (const name of ['redis', 'kafka', 'trino', 'qdrant']) expect([name, apiEgress(name)]).toEqual([name, false]);
  });
});
