/**
 * The structural validator over the shipped schemas (imports/schemas/): strict on unknown fields
 * in built-in kinds and custom resources, types, required fields, int-or-string, list uniqueness,
 * CRD bounds, and the port range.
 */
import { shippedSchemas } from '../../lib/gate/schemas';

const registry = shippedSchemas();

function deployment(spec: Record<string, unknown> = {}, container: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'apps', labels: { app: 'web' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', ...container }] } },
      ...spec,
    },
  };
}

test('a valid Deployment passes', () => {
  expect(
    registry.validate(
      deployment({}, { ports: [{ name: 'http', containerPort: 8080 }], resources: { limits: { cpu: '500m', memory: 1024 } } }),
    ),
  ).toEqual([]);
});

test('an unknown field in a Deployment spec fails with its path and a suggestion', () => {
  const bad = deployment({ replicass: 3 });
  expect(registry.validate(bad)).toEqual(['spec.replicass: unknown field (did you mean "replicas"?)']);
});

test('unknown fields deep in a pod template fail', () => {
  expect(registry.validate(deployment({}, { securityContext: { runAsNonRooot: true } }))).toEqual([
    'spec.template.spec.containers[0].securityContext.runAsNonRooot: unknown field (did you mean "runAsNonRoot"?)',
  ]);
});

test('wrong types and missing required fields fail', () => {
  const bad = deployment({ replicas: 'two' }, { ports: [{ containerPort: 8080.5 }] });
  delete (bad.spec as Record<string, unknown>).selector;
  expect(registry.validate(bad)).toEqual([
    'spec.selector: required field is missing',
    'spec.replicas: expected integer, found string "two"',
    'spec.template.spec.containers[0].ports[0].containerPort: expected integer, found number 8080.5',
  ]);
});

test('enum values of a CRD are enforced', () => {
  const user = (type: string) => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: { name: 'u' },
    spec: { authentication: { type } },
  });
  expect(registry.validate(user('tls'))).toEqual([]);
  expect(registry.validate(user('kerberos'))?.[0]).toMatch(/^spec\.authentication\.type: string "kerberos" is not one of "tls"/);
});

test('duplicate keys of a map-type list fail (two Service ports 80/TCP)', () => {
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 's' },
    spec: {
      ports: [
        { name: 'a', port: 80, protocol: 'TCP' },
        { name: 'b', port: 80, protocol: 'TCP' },
      ],
    },
  };
  expect(registry.validate(service)).toEqual(['spec.ports: duplicate entry with port=80, protocol="TCP"']);
});

test('int-or-string accepts both and rejects others; ports must be 1-65535', () => {
  const service = (port: unknown, targetPort: unknown) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 's', namespace: 'apps' },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port, targetPort }] },
  });
  expect(registry.validate(service(80, 'http'))).toEqual([]);
  expect(registry.validate(service(80, 8080))).toEqual([]);
  expect(registry.validate(service(80, true))).toEqual(['spec.ports[0].targetPort: expected string or integer, found boolean true']);
  expect(registry.validate(service(99999, 8080))).toEqual(['spec.ports[0].port: 99999 is not a port number (1-65535)']);
});

test('undefined values (a binding given a plain value instead of a class) fail', () => {
  expect(registry.validate(deployment({}, { resources: { limits: { cpu: undefined } } }))).toEqual([
    'spec.template.spec.containers[0].resources.limits.cpu: value is undefined (a construct passed a plain value where the binding expects e.g. Quantity.fromString(...))',
  ]);
});

test('an unknown field inside a CRD spec fails (KafkaTopic, RayCluster pod template)', () => {
  const topic = {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't', namespace: 'k' },
    spec: { partitions: 3, replicas: 3, retention: 7 },
  };
  expect(registry.validate(topic)).toEqual(['spec.retention: unknown field (known fields: config, partitions, replicas, topicName)']);
  const ray = {
    apiVersion: 'ray.io/v1',
    kind: 'RayCluster',
    metadata: { name: 'r', namespace: 'ml' },
    spec: {
      headGroupSpec: {
        rayStartParams: {},
        template: { spec: { containers: [{ name: 'head', image: 'ray', securityContext: { readOnlyRootFilesytem: true } }] } },
      },
    },
  };
  expect(registry.validate(ray)).toEqual([
    'spec.headGroupSpec.template.spec.containers[0].securityContext.readOnlyRootFilesytem: unknown field (did you mean "readOnlyRootFilesystem"?)',
  ]);
});

test('CRD bounds and free-form fields: minimum fails, preserve-unknown-fields passes', () => {
  const topic = (spec: Record<string, unknown>) => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't' },
    spec,
  });
  expect(registry.validate(topic({ partitions: 0 }))).toEqual(['spec.partitions: 0 is below the minimum 1']);
  expect(registry.validate(topic({ partitions: 1, config: { 'retention.ms': 1000, anything: 'goes' } }))).toEqual([]);
});

test('metadata of a custom resource is checked as ObjectMeta', () => {
  const topic = {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't', label: { a: 'b' } },
    spec: { partitions: 1 },
  };
  expect(registry.validate(topic)).toEqual(['metadata.label: unknown field (did you mean "labels"?)']);
});

test('served versions only: the not-served ESO v1beta1 has no schema, v1 has', () => {
  expect(registry.has('external-secrets.io/v1', 'ExternalSecret')).toBe(true);
  expect(registry.has('external-secrets.io/v1beta1', 'ExternalSecret')).toBe(false);
  expect(registry.validate({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } })).toBeUndefined();
});
