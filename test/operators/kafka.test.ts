import { COMPONENTS } from '../../config/components';
import { KAFKA_TOPICS } from '../../config/kafka-topics';
import { environmentOf, type Obj, ofKind, one, restrictedViolations, TARGET_NAMES, targetSpec } from './helpers';
import { loadPlatform } from '../../lib/model/load';
import {
  CDC_TOPIC_PREFIX,
  KAFKA_BACKUP_NAME,
  KAFKA_CONNECT_USER,
  KAFKA_VERSION,
  heapMiB,
  kafkaBackupAcls,
  kafkaDumpScript,
  KafkaTopicBackup,
  RESTORE_READER_PROPERTIES,
} from '../../constructs/k8s/operators/strimzi';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Chart, Testing } from 'cdk8s';
import { identityPolicyName } from '../../constructs/k8s/network/network-policies';

// Fact sheet §3.4 [KTOPO][DSKAFKA] per environment; staging mirrors prod at smaller scale (3 partitions, 7 days).
const EXPECTED = {
  dev: { brokers: 1, rf: 1, minIsr: 1, plain: true, partitionCap: 3, retentionMs: 7 * 24 * 3_600_000 },
  staging: { brokers: 3, rf: 3, minIsr: 2, plain: false, partitionCap: 3, retentionMs: 7 * 24 * 3_600_000 },
  prod: { brokers: 3, rf: 3, minIsr: 2, plain: false, partitionCap: Infinity, retentionMs: 30 * 24 * 3_600_000 },
} as const;

describe.each(TARGET_NAMES)('Kafka on %s', (target) => {
  const e = EXPECTED[environmentOf(target)];
  let kafka: Obj;
  let pools: Obj[];
  beforeAll(() => {
    kafka = one(target, 'Kafka', 'kafka.strimzi.io');
    pools = ofKind(target, 'KafkaNodePool', 'kafka.strimzi.io');
  });

  test('sizing, replication and min ISR follow the environment', () => {
    const broker = pools.find((p) => p.spec.roles.includes('broker'));
    const controller = pools.find((p) => p.spec.roles.includes('controller'));
    expect(broker?.spec.replicas).toBe(e.brokers);
    expect(broker?.spec.roles).toEqual(['broker']);
    expect(controller?.spec.roles).toEqual(['controller']);
    expect(controller?.spec.replicas % 2).toBe(1);
    const config = kafka.spec.kafka.config;
    expect(config['default.replication.factor']).toBe(e.rf);
    expect(config['min.insync.replicas']).toBe(e.minIsr);
    expect(config['offsets.topic.replication.factor']).toBe(e.rf);
    expect(config['transaction.state.log.replication.factor']).toBe(e.rf);
    expect(config['compression.type']).toBe('snappy');
    expect(config['message.max.bytes']).toBe(1048576);
  });

  test('TLS 9093 with TLS client auth always; plain 9092 only in dev; simple authorization', () => {
    const listeners = kafka.spec.kafka.listeners as Array<{ name: string; port: number; tls: boolean; authentication?: { type: string } }>;
    expect(listeners.find((l) => l.port === 9093)).toMatchObject({ tls: true, authentication: { type: 'tls' } });
    expect(listeners.some((l) => l.port === 9092)).toBe(e.plain);
    expect(listeners.filter((l) => !l.tls).map((l) => l.port)).toEqual(e.plain ? [9092] : []);
    expect(kafka.spec.kafka.authorization).toEqual({ type: 'simple' });
  });

  test('persistent storage on the target storage class, claims kept on delete', () => {
    for (const pool of pools) {
      expect(pool.spec.storage).toMatchObject({ type: 'persistent-claim', class: targetSpec(target).storageClass, deleteClaim: false });
      expect(pool.metadata.labels?.['strimzi.io/cluster']).toBe(kafka.metadata.name);
    }
  });

  test('every Kafka and entity-operator container template is restricted', () => {
    const t = kafka.spec.kafka.template;
    const eo = kafka.spec.entityOperator.template;
    for (const [pod, container] of [
      [t.pod.securityContext, t.kafkaContainer.securityContext],
      [t.pod.securityContext, t.initContainer.securityContext],
      [eo.pod.securityContext, eo.topicOperatorContainer.securityContext],
      [eo.pod.securityContext, eo.userOperatorContainer.securityContext],
    ]) {
      expect(restrictedViolations(pod, container)).toEqual([]);
    }
    expect(t.pod.tolerations).toEqual([{ key: 'matih.ai/data-plane', operator: 'Equal', value: 'true', effect: 'NoSchedule' }]);
  });

  test('one KafkaTopic per declared topic with the environment partitions, replicas and retention', () => {
    const topics = ofKind(target, 'KafkaTopic', 'kafka.strimzi.io');
    expect(topics.map((t) => t.spec.topicName).sort()).toEqual(KAFKA_TOPICS.map((t) => t.name).sort());
    for (const declared of KAFKA_TOPICS) {
      const topic = topics.find((t) => t.spec.topicName === declared.name)!;
      expect(topic.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      expect(topic.metadata.namespace).toBe(kafka.metadata.namespace);
      expect(topic.metadata.labels?.['strimzi.io/cluster']).toBe(kafka.metadata.name);
      expect(topic.spec.partitions).toBe(Math.min(declared.partitions, e.partitionCap));
      expect(topic.spec.replicas).toBe(e.rf);
      expect(topic.spec.config['retention.ms']).toBe(e.retentionMs);
      expect(topic.spec.config['min.insync.replicas']).toBe(e.minIsr);
    }
  });

  test("each KafkaUser's ACLs cover exactly its service's declared topics and its own group", () => {
    const model = loadPlatform({ targets: [target] }).targets[0];
    const expected = new Map<string, Map<string, string[]>>();
    for (const [name, c] of Object.entries(COMPONENTS)) {
      if (c.kind !== 'service' || !model.components[name]) continue;
      const acl = new Map<string, Set<string>>();
      const add = (key: string, ...ops: string[]) => acl.set(key, new Set([...(acl.get(key) ?? []), ...ops]));
      c.kafka.produces.forEach((t) => add(`topic:${t}`, 'Write', 'Describe'));
      c.kafka.consumes.forEach((t) => add(`topic:${t}`, 'Read', 'Describe'));
      if (c.kafka.consumes.length > 0) add(`group:${name}`, 'Read');
      if (acl.size > 0) expected.set(name, new Map([...acl].map(([k, v]) => [k, [...v].sort()])));
    }
    // The Connect workers' user is not a service's (test/operators/operated-components.test.ts checks its ACLs), nor the backup's (below).
    const users = ofKind(target, 'KafkaUser', 'kafka.strimzi.io').filter(
      (u) => u.metadata.name !== KAFKA_CONNECT_USER && u.metadata.name !== KAFKA_BACKUP_NAME,
    );
    expect(users.map((u) => u.metadata.name).sort()).toEqual([...expected.keys()].sort());
    for (const user of users) {
      expect(user.spec.authentication).toEqual({ type: 'tls' });
      expect(user.spec.authorization.type).toBe('simple');
      const acls = user.spec.authorization.acls as Array<{
        resource: { type: string; name: string; patternType: string };
        operations: string[];
        type?: string;
      }>;
      expect(acls.every((a) => a.resource.patternType === 'literal' && (a.type ?? 'allow') === 'allow')).toBe(true);
      const actual = new Map(acls.map((a) => [`${a.resource.type}:${a.resource.name}`, [...a.operations].sort()]));
      expect(actual.size).toBe(acls.length);
      expect(actual).toEqual(expected.get(user.metadata.name!));
    }
  });
});

describe.each(TARGET_NAMES)('Kafka backup on %s', (target) => {
  let loaded: ReturnType<typeof loadPlatform>['targets'][number] | undefined;
  const model = () => (loaded ??= loadPlatform({ targets: [target] }).targets[0]);
  const policy = (name: string) =>
    ofKind(target, 'NetworkPolicy', 'networking.k8s.io').find(
      (p) => p.metadata.name === name && p.metadata.namespace === model().components.kafka.namespace,
    )!;

  test('its KafkaUser may only read and describe the declared topics and the CDC topics', () => {
    const user = ofKind(target, 'KafkaUser', 'kafka.strimzi.io').find((u) => u.metadata.name === KAFKA_BACKUP_NAME)!;
    const acls = user.spec.authorization.acls as Array<{
      resource: { type: string; name: string; patternType: string };
      operations: string[];
    }>;
    expect(acls.flatMap((a) => a.operations).every((op) => op === 'Read' || op === 'Describe')).toBe(true);
    expect(acls.every((a) => a.resource.type === 'topic')).toBe(true);
    const literal = acls.filter((a) => a.resource.patternType === 'literal').map((a) => a.resource.name);
    expect(literal.sort()).toEqual(
      model()
        .topics.map((t) => t.name)
        .sort(),
    );
    expect(acls.filter((a) => a.resource.patternType === 'prefix').map((a) => a.resource.name)).toEqual([CDC_TOPIC_PREFIX]);
  });

  test("the dump runs the operator's Kafka image with the user's certificate and reaches the brokers on the TLS port only", () => {
    const job = ofKind(target, 'CronJob', 'batch').find((j) => j.metadata.name === KAFKA_BACKUP_NAME)!;
    const pod = job.spec.jobTemplate.spec.template;
    const dump = pod.spec.initContainers[0];
    const operator = model().components['strimzi-kafka-operator'];
    expect(operator.kind === 'chart' && dump.image).toBe(
      `quay.io/strimzi/kafka:${operator.kind === 'chart' ? operator.chart.version : ''}-kafka-${KAFKA_VERSION}`,
    );
    // Strimzi's names for the rendered Kafka: its cluster CA Secret and bootstrap Service, on the TLS listener's port.
    const kafka = one(target, 'Kafka', 'kafka.strimzi.io');
    const { name, namespace } = kafka.metadata as { name: string; namespace: string };
    const tls = kafka.spec.kafka.listeners.find((l: any) => l.tls).port;
    const secrets = pod.spec.volumes.filter((v: any) => v.secret).map((v: any) => v.secret.secretName);
    expect(secrets.sort()).toEqual([KAFKA_BACKUP_NAME, `${name}-cluster-ca-cert`].sort());
    expect(dump.env.find((e: any) => e.name === 'BOOTSTRAP').value).toBe(`${name}-kafka-bootstrap.${namespace}.svc:${tls}`);
    // Only the dump container mounts the certificates; the upload container sees the dump folder only.
    expect(pod.spec.containers[0].volumeMounts.map((m: any) => m.mountPath)).not.toContain('/etc/kafka/user');
    // Kafka's policy admits the dump's identity on 9093, and the identity's policy lets it out there, not to other Kafka ports.
    const identity = pod.metadata.labels['matih.ai/cloud-identity'];
    expect(identity).toBe(KAFKA_BACKUP_NAME);
    const admitted = policy('kafka').spec.ingress.filter((r: any) =>
      r.from.some((f: any) => f.podSelector?.matchLabels?.['matih.ai/cloud-identity'] === identity),
    );
    expect(admitted.map((r: any) => r.ports.map((p: any) => p.port))).toEqual([[tls]]);
    const toKafka = policy(identityPolicyName(identity)).spec.egress.filter((r: any) =>
      r.to.some((t: any) => t.podSelector?.matchLabels?.['strimzi.io/kind'] === 'Kafka'),
    );
    expect(toKafka.map((r: any) => r.ports.map((p: any) => p.port))).toEqual([[tls]]);
    // The dump pod carries no Kafka label: Strimzi and the bootstrap Service must not take it for a broker.
    expect(Object.keys(pod.metadata.labels).some((k) => k.startsWith('strimzi.io/'))).toBe(false);
    expect(restrictedViolations(pod.spec.securityContext, dump.securityContext)).toEqual([]);
  });
});

describe('KafkaTopicBackup input', () => {
  const props = {
    name: 'kafka-backup',
    namespace: 'ns',
    cluster: 'c',
    caSecret: 'c-cluster-ca-cert',
    image: 'quay.io/strimzi/kafka:1.2.0-kafka-4.3.1',
    topics: ['a.b.c'],
    cdcPrefix: 'cdc.',
    schedule: '0 1 * * *',
    retentionDays: 7,
    serviceAccount: 'kafka-backup',
    upload: { env: [], destination: 'backup:x/kafka' },
    scratch: { size: '10Gi', storageClass: 'standard' },
    nodePool: 'dataplane',
    labels: {},
    podLabels: {},
  } as const;
  const build = (over: object) => () => new KafkaTopicBackup(new Chart(Testing.app(), 'c'), 'b', { ...props, ...over });

  test('refuses illegal topic names, an unpinned image and a bad schedule', () => {
    expect(build({ topics: ['ok', 'not ok'] })).toThrow(
      'Kafka backup kafka-backup: topic name(s) "not ok" are not legal Kafka topic names',
    );
    expect(build({ image: 'quay.io/strimzi/kafka:latest' })).toThrow('image "quay.io/strimzi/kafka:latest" must carry a pinned tag');
    expect(build({ image: 'quay.io/strimzi/kafka' })).toThrow('must carry a pinned tag');
    expect(build({ schedule: 'nightly' })).toThrow('kafka-backup');
    expect(build({})).not.toThrow();
  });

  test("the tools' heap is half the dump container's memory limit, never below 128 MiB", () => {
    expect(heapMiB({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } })).toBe(1024);
    expect(heapMiB({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1500Mi' } })).toBe(750);
    expect(kafkaDumpScript(1024)).toContain('KAFKA_HEAP_OPTS="-Xms128m -Xmx1024m"');
    expect(() => kafkaDumpScript(100)).toThrow("Kafka backup: a heap of 100 MiB is below the tools' 128 MiB");
    expect(build({ resources: { requests: { cpu: '1', memory: '128Mi' }, limits: { cpu: '1', memory: '200Mi' } } })).toThrow(
      'a heap of 100 MiB',
    );
  });

  test("README's restore reads the dump with the reader settings the format needs", () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const block = /cat > reader\.properties <<'EOF'\n([\s\S]*?)\nEOF\n/.exec(readme);
    expect(block?.[1].split('\n')).toEqual([...RESTORE_READER_PROPERTIES]);
  });

  test('the ACLs list each topic once, sorted, and the CDC prefix', () => {
    expect(kafkaBackupAcls(['b', 'a', 'b'], 'cdc.').map((a) => `${a.resource.patternType}:${a.resource.name}`)).toEqual([
      'literal:a',
      'literal:b',
      'prefix:cdc.',
    ]);
  });
});
