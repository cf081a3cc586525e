/**
 * The compiled validator (lib/gate/compiled.ts, the default) against the plain
 * interpreter it replaces: the same problems, in the same order, for deliberately broken objects,
 * including objects shaped exactly like a valid one that was validated first (the compiled
 * schema is reused, the values must still be checked), and for mutated shipped objects.
 */
import type { K8sObject } from '../../lib/k8s/object';
import { contextOf, type Located } from '../../lib/gate/context';
import { schemaRule } from '../../lib/gate/rules/schema';
import { SchemaRegistry } from '../../lib/gate/structural';
import { loadCrdSchemas, loadK8sSchema } from '../../lib/gate/schemas';
import { renderedTarget } from '../support/render';

const k8s = loadK8sSchema();
const crds = loadCrdSchemas();
const plain = new SchemaRegistry(k8s, crds, { compiled: false });
const compiled = new SchemaRegistry(k8s, crds);

type Obj = Record<string, unknown>;

const service = (port: unknown, targetPort: unknown, protocol: unknown = 'TCP'): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 's', namespace: 't1' },
  spec: { selector: { app: 'web' }, ports: [{ name: 'http', port, targetPort, protocol }] },
});
const quota = (cpu: unknown): Obj => ({
  apiVersion: 'v1',
  kind: 'ResourceQuota',
  metadata: { name: 'q', namespace: 't1' },
  spec: { hard: { 'limits.cpu': cpu, pods: '10' } },
});
const topic = (partitions: unknown, replicas: unknown = 3): Obj => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaTopic',
  metadata: { name: 't', namespace: 'k' },
  spec: { partitions, replicas },
});
const kafkaUser = (type: unknown): Obj => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaUser',
  metadata: { name: 'u', namespace: 'k' },
  spec: { authentication: { type } },
});
const policy = (port: unknown, protocol: unknown): Obj => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'dns', namespace: 't1' },
  spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port, protocol }] }] },
});

/** [valid, broken with the same shape (only scalar values differ), what the broken one must report]. */
const SAME_SHAPE: Array<[string, Obj, Obj, string[]]> = [
  ['port out of range', service(80, 8080), service(70000, 8080), ['spec.ports[0].port: 70000 is not a port number (1-65535)']],
  [
    'int-or-string given a fraction',
    service(80, 'http'),
    service(80, 1.5),
    ['spec.ports[0].targetPort: expected string or integer, found number 1.5'],
  ],
  ['quantity given a boolean', quota('4'), quota(true), ['spec.hard.limits.cpu: expected string or number, found boolean true']],
  ['CRD minimum', topic(3), topic(0), ['spec.partitions: 0 is below the minimum 1']],
  [
    'CRD enum',
    kafkaUser('tls'),
    kafkaUser('kerberos'),
    [expect.stringMatching(/^spec\.authentication\.type: string "kerberos" is not one of "tls"/) as unknown as string],
  ],
  [
    'int-or-string port in a NetworkPolicy',
    policy(53, 'UDP'),
    policy(false, 'UDP'),
    ['spec.egress[0].ports[0].port: expected string or integer, found boolean false'],
  ],
];

describe.each(SAME_SHAPE)('a broken object shaped like a valid one: %s', (_name, valid, broken, expected) => {
  test('the valid one passes and the broken one reports the same problems on both paths', () => {
    // The valid object first: the compiled path has compiled this exact shape before it sees the broken one.
    expect(compiled.validate(valid)).toEqual([]);
    expect(plain.validate(valid)).toEqual([]);
    const problems = compiled.validate(broken);
    expect(problems).toEqual(expected);
    expect(problems).toEqual(plain.validate(broken));
  });
});

/** Structural breakage: unknown and missing fields, wrong types, null, undefined, duplicates, bad metadata. */
const BROKEN: Obj[] = [
  {
    ...service(80, 8080),
    spec: {
      ports: [
        { name: 'a', port: 80, protocol: 'TCP' },
        { name: 'b', port: 80, protocol: 'TCP' },
      ],
      selectr: {},
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd', namespace: 't1', labelz: {} },
    spec: {
      replicas: 'two',
      template: {
        spec: {
          containers: [
            {
              name: 'c',
              image: 'i',
              ports: [{ containerPort: 0 }],
              securityContext: { runAsNonRooot: true },
              resources: { limits: { cpu: undefined } },
            },
          ],
        },
      },
    },
  },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', labels: { a: 1 } }, spec: { finalizers: 'kubernetes' } },
  {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't' },
    spec: { partitions: null, retention: 7, config: { anything: 'goes' } },
  },
  {
    apiVersion: 'ray.io/v1',
    kind: 'RayCluster',
    metadata: { name: 'r', namespace: 'ml' },
    spec: {
      headGroupSpec: {
        rayStartParams: {},
        template: { spec: { containers: [{ name: 'h', image: 'ray', securityContext: { readOnlyRootFilesytem: true } }] } },
      },
    },
  },
  {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: 'e', namespace: 't1' },
    spec: { secretStoreRef: { name: 's', kind: 'Vault' }, data: [{ secretKey: 1 }] },
  },
  {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'c', namespace: 't1' },
    kind2: 1,
    spec: { secretName: 's', dnsNames: 'x', issuerRef: {} },
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'r', namespace: 't1' },
    rules: [{ verbs: ['get', 7], apiGroups: [''], resources: {} }],
  },
];

test.each(BROKEN.map((o, i) => [i, o] as const))('broken object %i: both paths report the same (non-empty) problems', (_i, object) => {
  const expected = plain.validate(object);
  expect(expected?.length).toBeGreaterThan(0);
  expect(compiled.validate(object)).toEqual(expected);
});

/** A small deterministic PRNG: the mutations are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) & 0x7fffffff;
    return a / 0x7fffffff;
  };
}

const REPLACEMENTS: unknown[] = [null, undefined, 0, -1, 70000, 1.5, '', 'x', true, [], {}, ['a', 'a'], { bogus: 1 }];

/** One random edit somewhere inside the object: a scalar replaced, a key removed or added, a list item doubled. */
function mutate(source: object, random: () => number): Obj {
  const object = structuredClone(source) as Obj;
  const slots: Array<[Record<string | number, unknown>, string | number]> = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        slots.push([value as unknown as Record<number, unknown>, i]);
        collect(v);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        slots.push([value as Obj, k]);
        collect(v);
      }
    }
  };
  collect(object.spec ?? object);
  if (slots.length === 0) return object;
  const [parent, key] = slots[Math.floor(random() * slots.length)];
  const roll = random();
  const replacement = structuredClone(REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)]);
  const child = parent[key];
  if (roll < 0.5) parent[key] = replacement;
  else if (roll < 0.65 && !Array.isArray(parent)) delete parent[key];
  else if (roll < 0.85 && child && typeof child === 'object' && !Array.isArray(child))
    (child as Obj)[random() < 0.5 ? 'port' : 'bogus'] = replacement;
  else if (Array.isArray(child) && child.length > 0) child.push(structuredClone(child[0]));
  else parent[key] = typeof child === 'string' ? `${child}X` : replacement;
  return object;
}

test('mutated shipped objects of every kind: the schema rule reports the same on both paths', () => {
  const firstOfKind = new Map<string, Located>();
  for (const [file, objects] of renderedTarget('prod-azure').files) {
    for (const object of objects)
      if (!firstOfKind.has(`${object.apiVersion}/${object.kind}`)) firstOfKind.set(`${object.apiVersion}/${object.kind}`, { file, object });
  }
  const random = prng(8);
  const located = [...firstOfKind.values()].flatMap(({ file, object }) =>
    Array.from({ length: 12 }, () => ({ file, object: mutate(object, random) as K8sObject })),
  );
  const ctx = contextOf('prod-azure', located);
  const compiledFindings = schemaRule({ registry: compiled })(ctx).map((f) => f.message);
  const plainFindings = schemaRule({ registry: plain })(ctx).map((f) => f.message);
  expect(firstOfKind.size).toBeGreaterThan(20);
  expect(plainFindings.length).toBeGreaterThan(located.length / 4);
  expect(compiledFindings).toEqual(plainFindings);
});
