import type { K8sObject } from '../../lib/k8s/object';
import { secretProducers, secretReferences, unresolvedReferences } from '../../constructs/k8s/secrets/references';

const container = (name: string, extra: Record<string, unknown> = {}) => ({ name, image: 'x:1', ...extra });
const obj = (kind: string, name: string, spec: Record<string, unknown>, apiVersion = 'apps/v1', namespace = 'ns'): K8sObject => ({
  apiVersion,
  kind,
  metadata: { name, namespace },
  spec,
});

const deployment = obj('Deployment', 'api', {
  template: {
    spec: {
      initContainers: [container('init', { envFrom: [{ secretRef: { name: 'init-env' } }] })],
      containers: [
        container('main', {
          env: [
            { name: 'PLAIN', value: 'x' },
            { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'OPT', valueFrom: { secretKeyRef: { name: 'maybe', key: 'k', optional: true } } },
            { name: 'CM', valueFrom: { configMapKeyRef: { name: 'cm', key: 'k' } } },
          ],
        }),
      ],
      volumes: [
        { name: 'tls', secret: { secretName: 'api-tls' } },
        { name: 'p', projected: { sources: [{ configMap: { name: 'cm' } }, { secret: { name: 'proj' } }] } },
      ],
      imagePullSecrets: [{ name: 'pull' }],
    },
  },
});
const cronJob = obj(
  'CronJob',
  'nightly',
  { jobTemplate: { spec: { template: { spec: { containers: [container('c', { envFrom: [{ secretRef: { name: 'cron-env' } }] })] } } } } },
  'batch/v1',
);
const rayCluster = obj(
  'RayCluster',
  'ray',
  {
    headGroupSpec: {
      template: {
        spec: { containers: [container('head', { env: [{ name: 'T', valueFrom: { secretKeyRef: { name: 'ray-head', key: 't' } } }] })] },
      },
    },
    workerGroupSpecs: [
      { template: { spec: { containers: [container('w')], volumes: [{ name: 'v', secret: { secretName: 'ray-worker' } }] } } },
    ],
  },
  'ray.io/v1',
);

describe('secretReferences', () => {
  it('finds env, envFrom, volume, projected and pull-secret references in any pod template', () => {
    const refs = secretReferences([deployment, cronJob, rayCluster]);
    expect(refs.map((r) => `${r.from} ${r.kind} ${r.secret}${r.optional ? ' (optional)' : ''}`).sort()).toEqual([
      'CronJob/nightly envFrom cron-env',
      'Deployment/api envFrom init-env',
      'Deployment/api imagePullSecret pull',
      'Deployment/api projected proj',
      'Deployment/api secretKeyRef db',
      'Deployment/api secretKeyRef maybe (optional)',
      'Deployment/api volume api-tls',
      'RayCluster/ray secretKeyRef ray-head',
      'RayCluster/ray volume ray-worker',
    ]);
    const db = refs.find((r) => r.secret === 'db')!;
    expect(db).toMatchObject({ namespace: 'ns', key: 'password', path: 'spec.template.spec.containers[0].env[1]' });
  });

  it('ignores objects without pod specs', () => {
    expect(secretReferences([obj('ConfigMap', 'c', {}, 'v1'), obj('Service', 's', { ports: [] }, 'v1')])).toEqual([]);
  });
});

describe('secretProducers / unresolvedReferences', () => {
  const es = obj('ExternalSecret', 'db', { target: { name: 'db' } }, 'external-secrets.io/v1');
  const esDefaultTarget = obj('ExternalSecret', 'init-env', {}, 'external-secrets.io/v1');
  const cert = obj('Certificate', 'api-tls', { secretName: 'api-tls' }, 'cert-manager.io/v1');
  const kafka = obj('Kafka', 'matih-kafka', {}, 'kafka.strimzi.io/v1');
  const user = obj('KafkaUser', 'ai-service', {}, 'kafka.strimzi.io/v1');

  it('knows what ESO, cert-manager and Strimzi create', () => {
    expect(secretProducers([es, esDefaultTarget, cert, kafka, user]).map((p) => `${p.kind} ${p.namespace}/${p.secret}`)).toEqual([
      'ExternalSecret ns/db',
      'ExternalSecret ns/init-env',
      'Certificate ns/api-tls',
      'Strimzi ns/matih-kafka-cluster-ca-cert',
      'Strimzi ns/matih-kafka-clients-ca-cert',
      'Strimzi ns/ai-service',
    ]);
  });

  it('reports references without a producer in the same namespace', () => {
    const elsewhere = { ...cert, metadata: { name: 'api-tls', namespace: 'other' } };
    const unresolved = unresolvedReferences([deployment, es, esDefaultTarget, elsewhere])
      .map((r) => r.secret)
      .sort();
    expect(unresolved).toEqual(['api-tls', 'maybe', 'proj', 'pull']);
  });

  it('does not count a plain Secret object as a producer', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'ns' } } as K8sObject;
    expect(unresolvedReferences([deployment, secret]).some((r) => r.secret === 'db')).toBe(true);
  });
});
