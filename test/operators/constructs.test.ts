import { Chart, Testing } from 'cdk8s';
import { BASE_SETTINGS } from '../../config/environments';
import type { KafkaSizing, RaySizing } from '../../config/types';
import { KafkaCluster, kafkaAcls, KafkaTopics } from '../../constructs/k8s/operators/strimzi';
import { MatihRayCluster } from '../../constructs/k8s/operators/kuberay';
import { tenantBucketName } from '../../constructs/k8s/operators/crossplane';
import { PlaneAlertRules } from '../../constructs/k8s/operators/monitoring';
import { targetSpec } from './helpers';

const chart = () => new Chart(Testing.app(), 'test');
const sizing = (o: Partial<KafkaSizing>): KafkaSizing => ({ ...BASE_SETTINGS.kafka, ...o });
const kafka = (o: Partial<KafkaSizing>, storageClass = 'gp3') =>
  new KafkaCluster(chart(), 'k', { name: 'k', namespace: 'ns', sizing: sizing(o), storageClass, labels: {} });

describe('input checks', () => {
  test('Kafka sizing that cannot work is refused with the reason', () => {
    expect(() => kafka({ replicationFactor: 4 })).toThrow('replicationFactor 4 exceeds the 3 broker(s)');
    expect(() => kafka({ minInsyncReplicas: 3, replicationFactor: 2 })).toThrow('minInsyncReplicas 3 exceeds replicationFactor 2');
    expect(() => kafka({ controllers: 2 })).toThrow('controllers must be odd');
    expect(() => kafka({ brokerStorage: '100 GB' })).toThrow('brokerStorage "100 GB" is not a Kubernetes quantity');
    expect(() => kafka({}, '')).toThrow('storageClass must not be empty');
    expect(() => kafka({})).not.toThrow();
  });

  test('topics whose Kubernetes names collide are refused', () => {
    const topics = [
      { name: 'a.b', partitions: 1, source: '' },
      { name: 'a-b', partitions: 1, source: '' },
    ];
    expect(() => new KafkaTopics(chart(), 't', { cluster: 'k', namespace: 'ns', topics, settings: BASE_SETTINGS, labels: {} })).toThrow(
      '"a.b" and "a-b" both map to the KafkaTopic name "a-b"',
    );
  });

  test('ACLs: produce and consume the same topic merge into one entry; producers get no group', () => {
    expect(kafkaAcls({ user: 'svc', produces: ['t'], consumes: [] })).toEqual([
      { resource: { type: 'topic', name: 't', patternType: 'literal' }, operations: ['Describe', 'Write'] },
    ]);
    const both = kafkaAcls({ user: 'svc', produces: ['t'], consumes: ['t'] });
    expect(both).toHaveLength(2);
    expect(both[0].operations).toEqual(['Describe', 'Read', 'Write']);
    expect(both[1]).toEqual({ resource: { type: 'group', name: 'svc', patternType: 'literal' }, operations: ['Read'] });
  });

  test('Ray worker groups with impossible bounds are refused', () => {
    const ray: RaySizing = { ...BASE_SETTINGS.ray, gpuWorkers: { ...BASE_SETTINGS.ray.gpuWorkers!, minReplicas: 5, maxReplicas: 4 } };
    expect(() => new MatihRayCluster(chart(), 'r', { name: 'r', namespace: 'ns', sizing: ray, labels: {} })).toThrow(
      'Ray gpuWorkers: maxReplicas 4 must be at least 1 and at least minReplicas 5',
    );
  });

  test('bucket names the cloud would reject are refused', () => {
    expect(tenantBucketName(targetSpec('prod-aws'), 'tenant-acme')).toBe('matih-prod-aws-tenant-acme');
    expect(tenantBucketName(targetSpec('prod-azure'), 'tenant-acme')).toBe('tenant-acme');
    expect(() => tenantBucketName(targetSpec('prod-gcp'), `tenant-${'x'.repeat(45)}`)).toThrow('must be 3-63 characters');
  });

  test('alert rules: duplicates and bad durations are refused', () => {
    const rule = { alert: 'A', expr: 'up == 0', for: '5m', severity: 'warning' as const, summary: 's', description: 'd' };
    expect(() => new PlaneAlertRules(chart(), 'p', { plane: 'x', namespace: 'm', rules: [rule, rule], labels: {} })).toThrow(
      'alert A is defined twice',
    );
    expect(() => new PlaneAlertRules(chart(), 'p', { plane: 'x', namespace: 'm', rules: [{ ...rule, for: 'five' }], labels: {} })).toThrow(
      '"for" must be a duration',
    );
  });
});
