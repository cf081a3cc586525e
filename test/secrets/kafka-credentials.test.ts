import { Testing } from 'cdk8s';
import { KAFKA_CA_SECRET } from '../../config/secrets';
import type { ResolvedTarget, ServiceComponent } from '../../config/types';
import { SECRET_LIKE_ENV } from '../../lib/model/validate';
import { baseline, ServiceWorkload } from '../../constructs/k8s/baseline';
import { FOLDERS } from '../../constructs/k8s/core/layout';
import { PlatformCharts } from '../../lib/render/platform-charts';
import type { K8sObject } from '../../lib/k8s/object';
import { renderTarget } from '../../lib/render/render';
import {
  KAFKA_CREDENTIALS_STORE,
  KAFKA_TLS_CONFIG,
  KafkaCredentialsStore,
  kafkaUserSecretName,
  renderKafkaCredentials,
  secretProducers,
  secretReferences,
} from '../../constructs/k8s/secrets';
import { COMPONENTS, fixtureModel, service } from '../baseline/fixture';
import { allObjects, renderedTarget, shippedBuild, TARGET_NAMES } from '../support/render';

type Obj = K8sObject & { __file: string; spec?: any; data?: Record<string, string> };

const TLS_PATH = '/etc/kafka/tls';
const USER_KEYS = ['user.crt', 'user.key', 'user.p12', 'user.password'];
const at = (o: K8sObject) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const usesKafka = (c: ServiceComponent) => c.kafka.produces.length > 0 || c.kafka.consumes.length > 0;

/** Written out here instead of calling kafkaUserSecretName, so a change of the scheme fails the test. */
const expectedUserSecret = (service: string, namespace: string, kafkaNamespace: string) =>
  namespace === kafkaNamespace ? service : `kafka-user-${service}`;

function kafkaVolume(deployment: Obj) {
  const pod = deployment.spec.template.spec;
  const mount = pod.containers[0].volumeMounts.find((m: any) => m.mountPath === TLS_PATH);
  const volume = mount && pod.volumes.find((v: any) => v.name === mount.name);
  return { mount, volume, sources: (volume?.projected?.sources ?? []).map((s: any) => s.secret) };
}

describe.each(TARGET_NAMES)('%s', (target) => {
  const objects = allObjects(renderedTarget(target)) as Obj[];
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
  const kafkaNamespace = model.components.kafka.namespace;
  const services = Object.entries(model.components).filter((e): e is [string, ServiceComponent] => e[1].kind === 'service');
  const clients = services.filter(([, c]) => usesKafka(c));
  const outside = clients.filter(([, c]) => c.namespace !== kafkaNamespace);
  const find = (kind: string, name: string, namespace?: string) =>
    objects.find((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === namespace);
  const kafkaUsers = new Set(objects.filter((o) => o.kind === 'KafkaUser').map((o) => o.metadata.name));
  const copies = objects.filter((o) => o.kind === 'ExternalSecret' && o.spec.secretStoreRef.name === KAFKA_CREDENTIALS_STORE);
  const store = find('ClusterSecretStore', KAFKA_CREDENTIALS_STORE)!;

  it('has Kafka clients on both sides of the namespace boundary (the checks below are not vacuous)', () => {
    expect(clients.length).toBeGreaterThan(outside.length);
    expect(outside.length).toBeGreaterThan(0);
  });

  it("mounts every Kafka client's own user Secret and the cluster CA read-only at /etc/kafka/tls", () => {
    for (const [name, c] of clients) {
      const deployment = find('Deployment', name, c.namespace)!;
      const userSecret = expectedUserSecret(name, c.namespace, kafkaNamespace);
      const { mount, sources } = kafkaVolume(deployment);
      expect([name, mount?.readOnly]).toEqual([name, true]);
      expect([name, sources]).toEqual([
        name,
        [
          { name: KAFKA_CA_SECRET, items: [{ key: 'ca.crt', path: 'ca.crt' }] },
          { name: userSecret, items: ['user.crt', 'user.key', 'user.p12'].map((k) => ({ key: k, path: k })) },
        ],
      ]);
      const env = deployment.spec.template.spec.containers[0].env.find((e: any) => e.name === 'KAFKA_SSL_KEYSTORE_PASSWORD');
      expect([name, env?.valueFrom]).toEqual([name, { secretKeyRef: { name: userSecret, key: 'user.password' } }]);
      const config = find('ConfigMap', `${name}-config`, c.namespace)!.data!;
      expect([name, config.KAFKA_SSL_TRUSTSTORE_CERT_PATH, config.KAFKA_SSL_KEYSTORE_LOCATION]).toEqual([
        name,
        `${TLS_PATH}/ca.crt`,
        `${TLS_PATH}/user.p12`,
      ]);
      for (const [key, value] of Object.entries(KAFKA_TLS_CONFIG)) expect([name, key, config[key]]).toEqual([name, key, value]);
    }
  });

  it('keeps the non-secret Kafka settings free of secret-looking names', () => {
    expect(Object.keys(KAFKA_TLS_CONFIG).filter((k) => SECRET_LIKE_ENV.test(k))).toEqual([]);
  });

  it('resolves each mounted Kafka Secret in its namespace: Strimzi in the Kafka namespace, a copy of the right source elsewhere', () => {
    const producers = new Map(secretProducers(objects).map((p) => [`${p.namespace}/${p.secret}`, p]));
    for (const [name, c] of clients) {
      const user = expectedUserSecret(name, c.namespace, kafkaNamespace);
      for (const [secret, source] of [
        [user, name],
        [KAFKA_CA_SECRET, KAFKA_CA_SECRET],
      ]) {
        const producer = producers.get(`${c.namespace}/${secret}`);
        if (c.namespace === kafkaNamespace) {
          expect([name, secret, producer?.kind]).toEqual([name, secret, 'Strimzi']);
          continue;
        }
        const copy = copies.find((e) => e.metadata.namespace === c.namespace && e.spec.target.name === secret);
        expect([name, secret, producer?.kind, copy?.spec.data.map((d: any) => d.remoteRef.key)]).toEqual([
          name,
          secret,
          'ExternalSecret',
          expect.arrayContaining([source]),
        ]);
        expect(new Set(copy!.spec.data.map((d: any) => d.remoteRef.key))).toEqual(new Set([source]));
      }
      expect([name, kafkaUsers.has(name)]).toEqual([name, true]);
    }
  });

  it("mounts no other service's KafkaUser Secret, and none at all in services that do not use Kafka", () => {
    const userSecrets = new Map<string, string>();
    for (const u of kafkaUsers) {
      userSecrets.set(u, u);
      userSecrets.set(`kafka-user-${u}`, u);
    }
    const wrong: string[] = [];
    for (const [name, c] of services) {
      const workload = find(c.storage ? 'StatefulSet' : 'Deployment', name, c.namespace)!;
      const refs = secretReferences([workload]);
      for (const r of refs) {
        const owner = userSecrets.get(r.secret);
        if (owner !== undefined && (owner !== name || !usesKafka(c))) wrong.push(`${name} mounts ${r.secret} (${r.kind})`);
      }
      if (!usesKafka(c)) expect([name, kafkaVolume(workload).mount]).toEqual([name, undefined]);
    }
    expect(wrong).toEqual([]);
  });

  it('copies exactly the needed Secrets, with every key a client needs, refreshed every 15m and owned by ESO', () => {
    const expected = outside.flatMap(([name, c]) => [`${c.namespace}/kafka-user-${name}`, `${c.namespace}/${KAFKA_CA_SECRET}`]);
    expect(copies.map((e) => `${e.metadata.namespace}/${e.metadata.name}`).sort()).toEqual([...new Set(expected)].sort());
    for (const e of copies) {
      expect([at(e), e.__file, e.spec.refreshInterval, e.spec.target.creationPolicy]).toEqual([
        at(e),
        'data/kafka-credentials.yaml',
        '15m',
        'Owner',
      ]);
      const keys = e.spec.data.map((d: any) => d.secretKey);
      expect([at(e), keys]).toEqual([at(e), e.metadata.name === KAFKA_CA_SECRET ? ['ca.crt'] : USER_KEYS]);
      for (const d of e.spec.data) expect(d.remoteRef.property).toBe(d.secretKey);
      expect(e.metadata.namespace).not.toBe(kafkaNamespace);
    }
  });

  it('reads the Kafka namespace as a dedicated ServiceAccount that may only get exactly the copied Secrets', () => {
    expect(store.__file).toBe('security/kafka-credentials.yaml');
    const provider = store.spec.provider.kubernetes;
    expect(provider).toEqual({
      remoteNamespace: kafkaNamespace,
      server: { caProvider: { type: 'ConfigMap', name: 'kube-root-ca.crt', key: 'ca.crt', namespace: kafkaNamespace } },
      auth: { serviceAccount: { name: 'matih-kafka-credentials-reader', namespace: 'matih-system' } },
    });
    const sa = find('ServiceAccount', 'matih-kafka-credentials-reader', 'matih-system')!;
    expect(sa.automountServiceAccountToken).toBe(false);
    const role = find('Role', 'matih-kafka-credentials-reader', kafkaNamespace)! as any;
    const sources = [...new Set(copies.flatMap((e) => e.spec.data.map((d: any) => d.remoteRef.key)))].sort();
    expect(sources).toEqual([KAFKA_CA_SECRET, ...outside.map(([name]) => name)].sort());
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: sources }]);
    const bindings = objects.filter((o: any) => o.kind === 'RoleBinding' && o.roleRef?.name === 'matih-kafka-credentials-reader') as any[];
    expect(bindings.map((b) => [b.metadata.namespace, b.roleRef.kind, b.subjects])).toEqual([
      [kafkaNamespace, 'Role', [{ kind: 'ServiceAccount', name: 'matih-kafka-credentials-reader', namespace: 'matih-system' }]],
    ]);
    // Nothing else grants the reader anything.
    const granting = objects.filter(
      (o: any) => /RoleBinding$/.test(o.kind) && (o.subjects ?? []).some((s: any) => s.name === 'matih-kafka-credentials-reader'),
    );
    expect(granting.map(at)).toEqual(bindings.map(at));
  });

  it('lets exactly the namespaces holding copies use the store', () => {
    const namespaces = [...new Set(copies.map((e) => e.metadata.namespace!))].sort();
    expect(namespaces).toEqual([...new Set(outside.map(([, c]) => c.namespace))].sort());
    expect(store.spec.conditions).toEqual([{ namespaces }]);
  });

  it('syncs the store before the copies, the copies with the KafkaUsers and before the workloads, and whitelists the store kind', () => {
    const folder = (o: Obj) => o.__file.split('/')[0] as keyof typeof FOLDERS;
    const users = objects.filter((o) => o.kind === 'KafkaUser');
    expect(new Set(users.map(folder))).toEqual(new Set(['data']));
    expect(FOLDERS.security.wave).toBeLessThan(FOLDERS.data.wave);
    expect(FOLDERS.data.wave).toBeLessThan(FOLDERS.workloads.wave);
    const project = objects.find((o) => o.kind === 'AppProject' && o.__file === 'apps/project.yaml')!;
    expect(project.spec.clusterResourceWhitelist).toContainEqual({ group: 'external-secrets.io', kind: 'ClusterSecretStore' });
  });
});

describe('on a hand-made model', () => {
  const settings = { name: 'prod', secretsSource: 'cloud-vault', secretRefreshInterval: '1h' } as ResolvedTarget['settings'];
  const withClients = (components = COMPONENTS) =>
    fixtureModel({
      settings,
      components: {
        ...components,
        'api-gateway': { ...(COMPONENTS['api-gateway'] as ServiceComponent), kafka: { produces: ['audit.events'], consumes: [] } },
        'ai-service': { ...(COMPONENTS['ai-service'] as ServiceComponent), kafka: { produces: [], consumes: ['audit.events'] } },
      },
    });

  it('names the Secret after the KafkaUser in the Kafka namespace and kafka-user-<service> elsewhere', () => {
    expect(kafkaUserSecretName('ai-service', 'matih-data-plane', 'matih-data-plane')).toBe('ai-service');
    expect(kafkaUserSecretName('tenant-service', 'matih-control-plane', 'matih-data-plane')).toBe('kafka-user-tenant-service');
  });

  it('renders one store for the control plane and the copies of api-gateway only', () => {
    const files = renderTarget(withClients(), [baseline, renderKafkaCredentials]).files;
    const copies = files.get('data/kafka-credentials.yaml')!.map(at);
    expect(copies).toEqual([
      'ExternalSecret matih-control-plane/matih-kafka-cluster-ca-cert',
      'ExternalSecret matih-control-plane/kafka-user-api-gateway',
    ]);
    const role = files.get('security/kafka-credentials.yaml')!.find((o) => o.kind === 'Role') as any;
    expect(role.rules[0].resourceNames).toEqual(['api-gateway', KAFKA_CA_SECRET]);
    const ai = files.get('workloads/ai-service.yaml')!.find((o) => o.kind === 'Deployment') as Obj;
    expect(kafkaVolume(ai).sources.map((s: any) => s.name)).toEqual([KAFKA_CA_SECRET, 'ai-service']);
  });

  it('renders no store when every Kafka client runs in the Kafka namespace', () => {
    const model = fixtureModel({
      settings,
      components: {
        ...COMPONENTS,
        'ai-service': { ...(COMPONENTS['ai-service'] as ServiceComponent), kafka: { produces: ['x'], consumes: [] } },
      },
    });
    const files = renderTarget(model, [baseline, renderKafkaCredentials]).files;
    expect([...files.keys()].filter((f) => f.includes('kafka-credentials'))).toEqual([]);
  });

  it('refuses a Kafka client on a target without Kafka, a config or writable path that clashes with the mount', () => {
    const { kafka: _, ...rest } = withClients().components;
    const noKafka = { ...rest, 'ai-service': { ...(rest['ai-service'] as ServiceComponent), dependsOn: ['postgresql'] } };
    expect(() => renderTarget(fixtureModel({ settings, components: noKafka }), [baseline])).toThrow(
      'components.ai-service.kafka: the service produces or consumes topics, but the target renders no Kafka cluster (kafkaNamespace is unset)',
    );
    const workload = (o: Partial<ServiceComponent>) => () =>
      new ServiceWorkload(new PlatformCharts(fixtureModel()).group('workloads', 'x'), 'w', {
        name: 'x',
        component: service('x', { kafka: { produces: ['t'], consumes: [] }, ...o }),
        domain: 'example.test',
        kafkaNamespace: 'matih-data-plane',
      });
    expect(workload({})).not.toThrow();
    expect(workload({ config: { KAFKA_SSL_KEYSTORE_TYPE: 'JKS' } })).toThrow(
      'components.x.config.KAFKA_SSL_KEYSTORE_TYPE: set by the Kafka TLS mount',
    );
    expect(workload({ writablePaths: ['/etc/kafka/tls'] })).toThrow(
      'components.x.writablePaths: clashes with the read-only Kafka TLS mount /etc/kafka/tls',
    );
    expect(workload({ secrets: [{ secret: 's', env: { KAFKA_SSL_KEYSTORE_PASSWORD: 'p' } }] })).toThrow(
      'environment variable KAFKA_SSL_KEYSTORE_PASSWORD is set by two secrets',
    );
  });

  it('KafkaCredentialsStore refuses no namespaces, the Kafka namespace itself and an empty grant', () => {
    const props = {
      kafkaNamespace: 'matih-data-plane',
      secretNames: ['a'],
      namespaces: ['matih-control-plane'],
      billing: { costCenter: 'C', application: 'a', team: 't' },
    };
    const make = (o: Partial<typeof props>) => () => new KafkaCredentialsStore(Testing.chart(), 's', { ...props, ...o });
    expect(make({})).not.toThrow();
    expect(make({ namespaces: [] })).toThrow('ClusterSecretStore matih-kafka-credentials: no namespace may use the store');
    expect(make({ namespaces: ['matih-data-plane'] })).toThrow('namespace matih-data-plane is the Kafka namespace');
    expect(make({ secretNames: [] })).toThrow('secretNames must not be empty');
  });
});
