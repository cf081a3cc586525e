import { Chart, Testing } from 'cdk8s';
import { NODE_POOL_LABEL, poolTolerations } from '../../config/node-pools';
import { KAFKA_CA_SECRET } from '../../config/secrets';
import type { OperatedComponent } from '../../config/types';
import { isPruneProtected } from '../../constructs/k8s/core/argocd';
import { MatihClickHouse } from '../../constructs/k8s/operators/clickhouse';
import { shippedSchemas } from '../../lib/gate/schemas';
import { FlinkSqlGateway } from '../../constructs/k8s/operators/flink';
import { KafkaConnectCluster } from '../../constructs/k8s/operators/strimzi';
import { shippedBuild } from '../support/render';
import { type Obj, objects, ofKind, one, restrictedViolations, TARGET_NAMES, targetSpec } from './helpers';

/** The four operated data components this file covers (the others have their own tests). */
const COVERED = ['kafka-connect', 'clickhouse', 'spark-connect', 'flink-sql-gateway'];

function model(target: string) {
  const m = shippedBuild().model.targets.find((t) => t.target.name === target);
  if (!m) throw new Error(`no model for ${target}`);
  return m;
}

function operated(target: string): Array<[string, OperatedComponent]> {
  return Object.entries(model(target).components).filter((e): e is [string, OperatedComponent] => e[1].kind === 'operated' && e[1].enabled);
}

const groupKind = (o: Obj) => `${o.apiVersion.split('/')[0]}/${o.kind}`;

interface PodTemplate {
  readonly where: string;
  readonly labels: Record<string, string>;
  readonly pod: any;
  readonly containers: any[];
  readonly nodeSelector?: Record<string, string>;
  readonly affinity?: any;
  readonly tolerations: any[];
}

/** Every pod template a custom resource of the covered components embeds, in one shape. */
function podTemplates(o: Obj): PodTemplate[] {
  const fromPodSpec = (where: string, t: any): PodTemplate => ({
    where,
    labels: t?.metadata?.labels ?? {},
    pod: t?.spec?.securityContext,
    containers: t?.spec?.containers ?? [],
    nodeSelector: t?.spec?.nodeSelector,
    tolerations: t?.spec?.tolerations ?? [],
  });
  switch (o.kind) {
    case 'KafkaConnect': {
      const t = o.spec.template;
      return [
        {
          where: 'template.pod',
          labels: t.pod.metadata?.labels ?? {},
          pod: t.pod.securityContext,
          containers: [t.connectContainer, t.initContainer],
          affinity: t.pod.affinity,
          tolerations: t.pod.tolerations ?? [],
        },
      ];
    }
    case 'ClickHouseInstallation':
    case 'ClickHouseKeeperInstallation':
      return o.spec.templates.podTemplates.map((t: any) => fromPodSpec(`podTemplates.${t.name}`, t));
    case 'SparkConnect':
      return [fromPodSpec('server.template', o.spec.server.template), fromPodSpec('executor.template', o.spec.executor.template)];
    case 'FlinkDeployment':
      return [
        fromPodSpec('jobManager.podTemplate', o.spec.jobManager.podTemplate),
        fromPodSpec('taskManager.podTemplate', o.spec.taskManager.podTemplate),
      ];
    default:
      return [];
  }
}

function poolOf(t: PodTemplate): string | undefined {
  if (t.nodeSelector) return t.nodeSelector[NODE_POOL_LABEL];
  const terms = t.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const values = terms.flatMap((term: any) =>
    term.matchExpressions.filter((e: any) => e.key === NODE_POOL_LABEL && e.operator === 'In').flatMap((e: any) => e.values),
  );
  return values.length === 1 ? values[0] : undefined;
}

/** Every `secretKeyRef.name` anywhere inside an object. */
function secretKeyRefs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(secretKeyRefs);
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, any>;
  return Object.entries(v).flatMap(([k, x]) => (k === 'secretKeyRef' ? [x.name] : secretKeyRefs(x)));
}

describe.each(TARGET_NAMES)('operated components on %s', (target) => {
  test('every enabled operated component renders a custom resource of a kind it declares', () => {
    const kinds = new Set(objects(target).map(groupKind));
    const missing = operated(target)
      .filter(([, c]) => !c.resources.some((k) => kinds.has(k)))
      .map(([name, c]) => `${name} (${c.resources.join(', ')})`);
    expect(missing).toEqual([]);
    // All four are enabled in the shipped catalog on every target: the wiring test must not pass vacuously.
    expect(operated(target).map(([n]) => n)).toEqual(expect.arrayContaining(COVERED));
  });

  describe.each(COVERED)('%s', (name) => {
    let component: OperatedComponent;
    let resources: Obj[];
    beforeAll(() => {
      component = model(target).components[name] as OperatedComponent;
      resources = objects(target).filter((o) => component.resources.includes(groupKind(o)));
    });

    test('its custom resources live in the component namespace, in data/<component>.yaml', () => {
      expect(resources.length).toBeGreaterThan(0);
      for (const o of resources) expect([o.__file, o.metadata.namespace]).toEqual([`data/${name}.yaml`, component.namespace]);
    });

    test('every pod template carries the podSelector labels, the node pool placement and the restricted profile', () => {
      const templates = resources.flatMap((o) => podTemplates(o).map((t) => ({ ...t, where: `${o.kind}/${o.metadata.name} ${t.where}` })));
      expect(templates.length).toBeGreaterThan(0);
      for (const t of templates) {
        expect({ where: t.where, labels: { ...t.labels, ...component.podSelector } }).toEqual({ where: t.where, labels: t.labels });
        expect({ where: t.where, pool: poolOf(t) }).toEqual({ where: t.where, pool: component.nodePool });
        for (const toleration of poolTolerations(component.nodePool)) expect(t.tolerations).toContainEqual(toleration);
        expect(t.pod.runAsUser).toBeGreaterThan(0);
        expect(t.containers.length).toBeGreaterThan(0);
        for (const c of t.containers) {
          expect({ where: t.where, problems: restrictedViolations(t.pod, c.securityContext) }).toEqual({ where: t.where, problems: [] });
          expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
        }
      }
    });

    test('a ServiceAccount token only in the pods that call the Kubernetes API (the Spark driver, the Flink JobManager)', () => {
      const CALLS_API = new Set(['SparkConnect server.template', 'FlinkDeployment jobManager.podTemplate']);
      const templates: Array<[string, any]> = resources.flatMap((o): Array<[string, any]> => {
        if (o.kind === 'ClickHouseInstallation' || o.kind === 'ClickHouseKeeperInstallation')
          return o.spec.templates.podTemplates.map((t: any) => [`${o.kind} podTemplates`, t.spec]);
        if (o.kind === 'SparkConnect')
          return [
            ['SparkConnect server.template', o.spec.server.template.spec],
            ['SparkConnect executor.template', o.spec.executor.template.spec],
          ];
        if (o.kind === 'FlinkDeployment')
          return [
            ['FlinkDeployment jobManager.podTemplate', o.spec.jobManager.podTemplate.spec],
            ['FlinkDeployment taskManager.podTemplate', o.spec.taskManager.podTemplate.spec],
          ];
        return [];
      });
      for (const [where, spec] of templates)
        expect({ where, token: spec.automountServiceAccountToken }).toEqual({ where, token: CALLS_API.has(where) });
      for (const [, spec] of templates.filter(([, s]) => s.serviceAccountName !== undefined)) {
        const account = objects(target).find(
          (o) => o.kind === 'ServiceAccount' && o.metadata.name === spec.serviceAccountName && o.metadata.namespace === component.namespace,
        );
        expect({ account: spec.serviceAccountName, rendered: account !== undefined }).toEqual({
          account: spec.serviceAccountName,
          rendered: true,
        });
      }
    });

    test('prune protection exactly when the component keeps state', () => {
      for (const o of resources)
        expect({ object: `${o.kind}/${o.metadata.name}`, protected: isPruneProtected(o.metadata) }).toEqual({
          object: `${o.kind}/${o.metadata.name}`,
          protected: component.stateful,
        });
    });

    test('every Secret read through secretKeyRef is produced in the same namespace', () => {
      const produced = new Set([
        ...ofKind(target, 'ExternalSecret', 'external-secrets.io')
          .filter((e) => e.metadata.namespace === component.namespace)
          .map((e) => e.spec.target?.name ?? e.metadata.name),
        ...ofKind(target, 'KafkaUser', 'kafka.strimzi.io')
          .filter((u) => u.metadata.namespace === component.namespace)
          .map((u) => u.metadata.name),
      ]);
      const refs = [...new Set(resources.flatMap((o) => secretKeyRefs(o.spec)))];
      for (const secret of refs) expect({ secret, produced: produced.has(secret) }).toEqual({ secret, produced: true });
    });

    test('every kind has a vendored CRD schema, so the safety gate validates it strictly', () => {
      for (const o of resources)
        expect({ kind: `${o.apiVersion} ${o.kind}`, schema: shippedSchemas().has(o.apiVersion, o.kind) }).toEqual({
          kind: `${o.apiVersion} ${o.kind}`,
          schema: true,
        });
    });
  });

  test('Kafka Connect: TLS client auth as KafkaUser kafka-connect with exactly the Connect ACLs', () => {
    const connect = one(target, 'KafkaConnect', 'kafka.strimzi.io');
    const user = ofKind(target, 'KafkaUser', 'kafka.strimzi.io').find((u) => u.metadata.name === 'kafka-connect')!;
    expect(connect.metadata.name).toBe(model(target).components['kafka-connect'].podSelector['strimzi.io/cluster']);
    expect(connect.metadata.annotations?.['strimzi.io/use-connector-resources']).toBe('true');
    expect(connect.spec.bootstrapServers).toBe('matih-kafka-kafka-bootstrap:9093');
    expect(connect.spec.tls.trustedCertificates).toEqual([{ secretName: KAFKA_CA_SECRET, certificate: 'ca.crt' }]);
    expect(connect.spec.authentication).toEqual({
      type: 'tls',
      certificateAndKey: { secretName: 'kafka-connect', certificate: 'user.crt', key: 'user.key' },
    });
    expect([
      connect.spec.groupId,
      connect.spec.configStorageTopic,
      connect.spec.offsetStorageTopic,
      connect.spec.statusStorageTopic,
    ]).toEqual(['matih-connect', 'matih-connect-configs', 'matih-connect-offsets', 'matih-connect-status']);
    expect(user.metadata.labels?.['strimzi.io/cluster']).toBe('matih-kafka');
    expect(user.spec.authentication).toEqual({ type: 'tls' });
    const internal = ['Create', 'Describe', 'DescribeConfigs', 'Read', 'Write'];
    expect(user.spec.authorization).toEqual({
      type: 'simple',
      acls: [
        { resource: { type: 'topic', name: 'matih-connect-configs', patternType: 'literal' }, operations: internal },
        { resource: { type: 'topic', name: 'matih-connect-offsets', patternType: 'literal' }, operations: internal },
        { resource: { type: 'topic', name: 'matih-connect-status', patternType: 'literal' }, operations: internal },
        { resource: { type: 'group', name: 'matih-connect', patternType: 'literal' }, operations: ['Read'] },
        { resource: { type: 'topic', name: 'cdc.', patternType: 'prefix' }, operations: ['Create', 'Describe', 'Write'] },
      ],
    });
  });

  test('Debezium connectors write cdc.<db>.<schema>.<table> and read the database login from env', () => {
    const connectors = ofKind(target, 'KafkaConnector', 'kafka.strimzi.io');
    expect(connectors.length).toBeGreaterThan(0);
    const env = one(target, 'KafkaConnect', 'kafka.strimzi.io').spec.template.connectContainer.env.map((e: any) => e.name);
    for (const c of connectors) {
      expect(c.metadata.labels?.['strimzi.io/cluster']).toBe('matih-connect');
      expect(c.spec.class).toBe('io.debezium.connector.postgresql.PostgresConnector');
      expect(c.spec.config['topic.prefix']).toBe(`cdc.${c.spec.config['database.dbname']}`);
      for (const key of ['database.user', 'database.password']) {
        const variable = /^\$\{env:([A-Z_]+)\}$/.exec(c.spec.config[key])?.[1];
        expect(env).toContain(variable);
      }
    }
  });

  test('ClickHouse: persistent volumes use the target storage class and are retained; the CHI finds its keeper', () => {
    const chi = one(target, 'ClickHouseInstallation', 'clickhouse.altinity.com');
    const chk = one(target, 'ClickHouseKeeperInstallation', 'clickhouse-keeper.altinity.com');
    for (const o of [chi, chk]) {
      for (const v of o.spec.templates.volumeClaimTemplates)
        expect([v.spec.storageClassName, v.reclaimPolicy]).toEqual([targetSpec(target).storageClass, 'Retain']);
    }
    expect(chi.spec.configuration.zookeeper.nodes).toEqual([{ host: `keeper-${chk.metadata.name}`, port: 2181 }]);
    expect(chk.spec.configuration.clusters[0].layout.replicasCount % 2).toBe(1);
  });

  test('Spark Connect: Service spark-connect on the catalog gRPC port, Spark 4', () => {
    const sc = one(target, 'SparkConnect', 'sparkoperator.k8s.io');
    expect(sc.spec.server.service.metadata.name).toBe('spark-connect');
    expect(sc.spec.sparkVersion).toMatch(/^4\.\d+\.\d+$/);
    const ports = sc.spec.server.template.spec.containers[0].ports.map((p: any) => p.containerPort);
    expect(model(target).components['spark-connect'].ports.map((p) => p.port)).toEqual(ports);
  });

  test('Flink: session cluster, 1 JobManager, 2-8 TaskManagers, RocksDB with S3 checkpoints every 60 s, gateway on 8083', () => {
    const fd = one(target, 'FlinkDeployment', 'flink.apache.org');
    const conf = fd.spec.flinkConfiguration;
    const slots = Number(conf['taskmanager.numberOfTaskSlots']);
    expect(fd.spec.job).toBeUndefined();
    expect(fd.spec.jobManager.replicas).toBe(1);
    expect([Number(conf['slotmanager.number-of-slots.min']) / slots, Number(conf['slotmanager.number-of-slots.max']) / slots]).toEqual([
      2, 8,
    ]);
    expect([conf['state.backend.type'], conf['execution.checkpointing.interval']]).toEqual(['rocksdb', '60s']);
    expect(conf['state.checkpoints.dir']).toMatch(/^s3:\/\/flink-checkpoints\//);
    const gateway = fd.spec.jobManager.podTemplate.spec.containers.find((c: any) => c.name === 'sql-gateway');
    expect(gateway.ports).toEqual([{ name: 'http', containerPort: 8083 }]);
    expect(model(target).components['flink-sql-gateway'].ports.map((p) => p.port)).toContain(8083);
  });
});

describe('constructs reject bad input', () => {
  const chart = () => new Chart(Testing.app(), 'c');
  const r = { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } };
  const connect = (sources: Array<{ database: string }>) => () =>
    new KafkaConnectCluster(chart(), 'k', {
      name: 'c',
      namespace: 'ns',
      kafkaCluster: 'k',
      caSecret: 'ca',
      user: 'u',
      image: 'repo/img:1',
      resources: r,
      nodePool: 'dataplane',
      database: { host: 'h', port: 5432, secret: 's', usernameKey: 'username', passwordKey: 'password' },
      sources,
      labels: {},
      podLabels: {},
    });

  test('Kafka Connect: duplicate or invalid CDC databases', () => {
    expect(connect([{ database: 'a' }, { database: 'a' }])).toThrow('CDC database "a" is listed twice');
    expect(connect([{ database: 'Bad-Name' }])).toThrow('is not a PostgreSQL identifier');
    expect(connect([{ database: 'ok' }])).not.toThrow();
  });

  test('ClickHouse: an even keeper ensemble has no quorum', () => {
    const sizing = (replicas: number) => ({ replicas, storage: '1Gi', resources: r });
    const build = (keeper: number) => () =>
      new MatihClickHouse(chart(), 'ch', {
        name: 'ch',
        namespace: 'ns',
        server: sizing(1),
        keeper: sizing(keeper),
        storageClass: 'sc',
        nodePool: 'dataplane',
        labels: {},
        podLabels: {},
      });
    expect(build(2)).toThrow('keeper replicas must be odd');
    expect(build(3)).not.toThrow();
  });

  test('Flink: TaskManager minimum above maximum', () => {
    expect(
      () =>
        new FlinkSqlGateway(chart(), 'f', {
          name: 'f',
          namespace: 'ns',
          serviceAccount: 'flink',
          jobManager: { cpu: 1, memory: '1g' },
          taskManager: { cpu: 1, memory: '1g', slots: 2, min: 4, max: 2 },
          checkpointIntervalSeconds: 60,
          checkpointUri: 's3://b/p',
          objectStore: { endpoint: 'http://m:9000', secret: 's' },
          nodePool: 'compute',
          labels: {},
          podLabels: {},
        }),
    ).toThrow('TaskManagers need 1 <= min <= max');
  });
});
