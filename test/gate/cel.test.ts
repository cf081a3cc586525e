/**
 * The CEL validation rules of the vendored CRDs, evaluated by the gate as the API server would on
 * create: real rules fail on shipped objects broken by hand, on any schema node (root, nested,
 * list item, map value), with defaults applied, schema-typed values, messageExpression, transition
 * rules skipped, and an exact list of the rules the gate cannot compile.
 */
import type { K8sObject } from '../../lib/k8s/object';
import { compileRule, evaluate, formatted, UNCOMPILABLE_RULES } from '../../lib/gate/cel';
import { escapePropertyName, toCel } from '../../lib/gate/cel-values';
import type { CrdSchemaFile, SchemaNode } from '../../lib/gate/compact-schema';
import { contextOf, type Located, RULES, runRules } from '../../lib/gate';
import { celRule } from '../../lib/gate/rules/cel-rules';
import { loadCrdSchemas, loadK8sSchema } from '../../lib/gate/schemas';
import { SchemaRegistry } from '../../lib/gate/structural';
import { renderedTarget, shippedBuild } from '../support/render';

type Mutable = K8sObject & Record<string, any>;

/**
 * The messages of the cel-rules rule on `target` after `change` edits objects found by kind (and
 * name): each found object is a deep copy, the others are the shipped ones, untouched.
 */
function celAfter(change: (find: (kind: string, name?: string) => Mutable) => void, target = 'prod-azure'): string[] {
  const objects = [...renderedTarget(target).files].flatMap(([file, list]) => list.map((object) => ({ file, object: object as Mutable })));
  const changed: typeof objects = [];
  const find = (kind: string, name?: string) => {
    const found = objects.find((o) => o.object.kind === kind && (name === undefined || o.object.metadata.name === name));
    if (!found) throw new Error(`test fixture: ${target} renders no ${kind} ${name ?? ''}`);
    found.object = structuredClone(found.object);
    changed.push(found);
    return found.object;
  };
  change(find);
  // The rule judges each object alone (against the schemas, the XRDs' included): a change is judged on the
  // objects it touched and the XRDs, the whole target when it touched none.
  const judged = changed.length
    ? [...changed, ...objects.filter((o) => o.object.kind === 'CompositeResourceDefinition' && !changed.includes(o))]
    : objects;
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
  return runRules(contextOf(target, judged as Located[], undefined, model), { 'cel-rules': RULES['cel-rules'] }).map(
    (p) => `${p.object}: ${p.message}`,
  );
}

describe('real CRD rules reject what the API server would', () => {
  test('the shipped output passes every rule (the gate runs them on every synth)', () => {
    expect(celAfter(() => undefined)).toEqual([]);
  });

  test('Strimzi KafkaUser: validityDays without renewalDays', () => {
    expect(celAfter((find) => (find('KafkaUser', 'kafka-connect').spec.authentication.validityDays = 30))).toEqual([
      "KafkaUser matih-data-plane/kafka-connect: spec.authentication: Both 'validityDays' and 'renewalDays' must be set together, or both must be unset. (rule: self.type != 'tls' || (has(self.renewalDays) == has(self.validityDays)))",
    ]);
  });

  test('Strimzi KafkaUser: renewalDays not below validityDays (a third rule of the same node)', () => {
    const messages = celAfter((find) =>
      Object.assign(find('KafkaUser', 'kafka-connect').spec.authentication, { validityDays: 30, renewalDays: 30 }),
    );
    expect(messages).toEqual([expect.stringMatching(/spec\.authentication: 'renewalDays' must be less than 'validityDays'\./)]);
  });

  test('Crossplane Function: a package without its registry (regex matches())', () => {
    expect(celAfter((find) => (find('Function').spec.package = 'function-patch-and-transform:v0.10.9'))).toEqual([
      expect.stringMatching(/^Function function-patch-and-transform: spec\.package: must be a fully qualified image name/),
    ]);
  });

  test('Crossplane XRD v2: claim names are refused (root-level rule of spec)', () => {
    const messages = celAfter((find) => (find('CompositeResourceDefinition').spec.claimNames = { kind: 'Bucket', plural: 'buckets' }));
    expect(messages).toEqual([
      "CompositeResourceDefinition tenantbuckets.platform.matih.ai: spec: Claims aren't supported in apiextensions.crossplane.io/v2 (rule: !has(self.claimNames))",
    ]);
  });

  test('Crossplane Composition: a rule on list items (pipeline[].credentials[])', () => {
    const messages = celAfter((find) => (find('Composition').spec.pipeline[0].credentials = [{ name: 'creds', source: 'Secret' }]));
    expect(messages).toEqual([expect.stringMatching(/spec\.pipeline\[0\]\.credentials\[0\]: the Secret source requires a secretRef/)]);
  });

  test('Crossplane Composition: a defaulted field counts as set (mode defaults to Pipeline), a missing pipeline does not', () => {
    expect(celAfter((find) => delete find('Composition').spec.mode)).toEqual([]);
    expect(celAfter((find) => delete find('Composition').spec.pipeline)).toEqual([
      expect.stringMatching(/^Composition tenantbucket-azure: spec: an array of pipeline steps is required in Pipeline mode/),
    ]);
  });

  test('Strimzi Kafka: a rule reading an absent field errors, and an error rejects like a false', () => {
    const messages = celAfter((find) => (find('Kafka').spec.kafka.rack = { type: 'topology-label' }));
    expect(messages).toEqual([
      expect.stringMatching(/^Kafka matih-data-plane\/matih-kafka: spec\.kafka\.rack: .*topologyKey.* evaluating rule: /),
    ]);
  });

  test('upjet AWS ClusterProviderConfig: duration() comparisons', () => {
    const messages = celAfter(
      (find) => (find('ClusterProviderConfig').spec.reconciliationPolicy = { exponentialFailureRateLimiter: { baseDelay: '500ms' } }),
      'prod-aws',
    );
    expect(messages).toEqual([expect.stringMatching(/exponentialFailureRateLimiter\.baseDelay: baseDelay must be at least 1s/)]);
  });

  test('External Secrets: a rule on a map (`in` over additionalProperties keys)', () => {
    const messages = celAfter(
      (find) => (find('ClusterSecretStore', 'matih-secret-store').spec.provider.aws.customSessionTags = { esoNamespace: 'x' }),
      'prod-aws',
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /spec\.provider\.aws\.customSessionTags: customSessionTags cannot contain automatically injected reserved keys/,
      ),
    ]);
  });

  test('KubeRay: managedBy outside the allowed controllers', () => {
    expect(celAfter((find) => (find('RayCluster').spec.managedBy = 'example.com/controller'))).toEqual([
      expect.stringMatching(/^RayCluster matih-data-plane\/matih-ray: spec\.managedBy: the managedBy field value must be either/),
    ]);
  });
});

/** A one-CRD registry over a hand-written schema (kind Thing, group example.com). */
function registryWith(spec: SchemaNode, definitions?: Record<string, SchemaNode>): SchemaRegistry {
  const crd: CrdSchemaFile = {
    group: 'example.com',
    kind: 'Thing',
    scope: 'Namespaced',
    versions: {
      v1: { type: 'object', properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec } },
    },
    ...(definitions ? { definitions } : {}),
  };
  return new SchemaRegistry(loadK8sSchema(), [crd]);
}

function thing(spec: unknown, registry: SchemaRegistry, uncompilable?: Record<string, string>): string[] {
  const object = { apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 't', namespace: 'n' }, spec } as Mutable;
  return runRules(contextOf('t', [{ file: 'x.yaml', object }]), { cel: celRule({ registry, uncompilable }) }).map((p) => p.message);
}

describe('evaluation semantics', () => {
  test('messageExpression words the failure; a failing messageExpression falls back to message', () => {
    const spec: SchemaNode = {
      type: 'object',
      properties: { replicas: { type: 'integer' } },
      'x-kubernetes-validations': [
        { rule: 'self.replicas <= 3', messageExpression: "'replicas ' + string(self.replicas) + ' exceeds 3'" },
        { rule: 'self.replicas % 2 == 1', message: 'replicas must be odd', messageExpression: 'self.nope' },
      ],
    };
    expect(thing({ replicas: 4 }, registryWith(spec))).toEqual([
      'spec: replicas 4 exceeds 3 (rule: self.replicas <= 3)',
      'spec: replicas must be odd (rule: self.replicas % 2 == 1)',
    ]);
  });

  test('self is bound to the node: map values (additionalProperties) and nested list items', () => {
    const spec: SchemaNode = {
      type: 'object',
      properties: {
        limits: {
          type: 'object',
          additionalProperties: { type: 'integer', 'x-kubernetes-validations': [{ rule: 'self >= 0', message: 'negative' }] },
        },
        groups: {
          type: 'array',
          items: {
            type: 'object',
            properties: { min: { type: 'integer' }, max: { type: 'integer' } },
            'x-kubernetes-validations': [{ rule: 'self.min <= self.max', message: 'min above max', fieldPath: '.min' }],
          },
        },
      },
    };
    expect(
      thing(
        {
          limits: { a: 1, b: -1 },
          groups: [
            { min: 1, max: 2 },
            { min: 3, max: 2 },
          ],
        },
        registryWith(spec),
      ),
    ).toEqual(['spec.limits.b: negative (rule: self >= 0)', 'spec.groups[1].min: min above max (rule: self.min <= self.max)']);
  });

  test('rules under a $ref (hoisted shared definitions) are found', () => {
    const shared: SchemaNode = { type: 'string', 'x-kubernetes-validations': [{ rule: "self != ''", message: 'empty' }] };
    const registry = registryWith(
      { type: 'object', properties: { a: { $ref: '#/definitions/s' }, b: { $ref: '#/definitions/s' } } },
      { s: shared },
    );
    expect(thing({ a: 'x', b: '' }, registry)).toEqual(["spec.b: empty (rule: self != '')"]);
  });

  test('values are typed by the schema: integer is int, number is double, int-or-string either, formats convert', () => {
    const spec: SchemaNode = {
      type: 'object',
      properties: {
        count: { type: 'integer' },
        ratio: { type: 'number' },
        port: { 'x-kubernetes-int-or-string': true },
        timeout: { type: 'string', format: 'duration' },
        until: { type: 'string', format: 'date-time' },
        day: { type: 'string', format: 'date' },
      },
      'x-kubernetes-validations': [
        { rule: 'self.count + 1 == 3', message: 'int arithmetic' },
        { rule: 'self.ratio * 2.0 == 1.0', message: 'double arithmetic' },
        { rule: "type(self.port) == int || self.port.endsWith('http')", message: 'int or string' },
        { rule: "self.timeout < duration('1m')", message: 'duration' },
        { rule: "self.until < timestamp('2031-01-01T00:00:00Z')", message: 'timestamp' },
        { rule: 'self.day.getFullYear() == 2030', message: 'date' },
      ],
    };
    const registry = registryWith(spec);
    expect(thing({ count: 2, ratio: 0.5, port: 8080, timeout: '30s', until: '2030-06-01T00:00:00Z', day: '2030-02-03' }, registry)).toEqual(
      [],
    );
    expect(
      thing({ count: 2, ratio: 0.5, port: 'web-http', timeout: '2m', until: '2032-01-01T00:00:00Z', day: '2029-02-03' }, registry),
    ).toEqual([
      "spec: duration (rule: self.timeout < duration('1m'))",
      "spec: timestamp (rule: self.until < timestamp('2031-01-01T00:00:00Z'))",
      'spec: date (rule: self.day.getFullYear() == 2030)',
    ]);
  });

  test('declared property names are escaped as the API server escapes them; map keys are not', () => {
    expect(['namespace', 'a-b', 'x.y', 'k/v', 'a__b', 'plain', 'ünicode'].map(escapePropertyName)).toEqual([
      '__namespace__',
      'a__dash__b',
      'x__dot__y',
      'k__slash__v',
      'a__underscores__b',
      'plain',
      undefined,
    ]);
    const spec: SchemaNode = {
      type: 'object',
      properties: {
        namespace: { type: 'string' },
        'max-size': { type: 'integer' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
      },
      'x-kubernetes-validations': [
        { rule: "self.__namespace__ == 'a' && self.max__dash__size == 1 && 'app-name' in self.labels", message: 'escaped' },
      ],
    };
    expect(thing({ namespace: 'a', 'max-size': 1, labels: { 'app-name': 'x' } }, registryWith(spec))).toEqual([]);
  });

  test('a transition rule (oldSelf) is never run on create', () => {
    const spec: SchemaNode = {
      type: 'object',
      properties: { a: { type: 'string' } },
      'x-kubernetes-validations': [{ rule: 'self == oldSelf', message: 'immutable' }],
    };
    expect(compileRule('self == oldSelf').kind).toBe('transition');
    expect(thing({ a: 'x' }, registryWith(spec))).toEqual([]);
  });

  test('a rule the gate cannot compile is a finding unless listed with a reason, then skipped', () => {
    const spec: SchemaNode = {
      type: 'object',
      properties: { a: { type: 'string' } },
      'x-kubernetes-validations': [{ rule: "url(self.a).getHost() == 'x'" }, { rule: 'self.?a.orValue("") == ""' }],
    };
    const registry = registryWith(spec);
    expect(thing({ a: 'https://x' }, registry)).toEqual([
      expect.stringMatching(
        /^spec: the gate cannot evaluate rule "url\(self\.a\)\.getHost\(\) == 'x'" \(functions the evaluator lacks: getHost, url\)/,
      ),
      expect.stringMatching(/^spec: the gate cannot evaluate rule .*orValue.* \(syntax the evaluator does not parse/),
    ]);
    const listed = {
      "url(self.a).getHost() == 'x'": 'url() objects are not implemented',
      'self.?a.orValue("") == ""': 'no optional syntax',
    };
    expect(thing({ a: 'https://x' }, registry, listed)).toEqual([]);
  });

  test('each rule is compiled once per process', () => {
    expect(compileRule('self.size() > 0')).toBe(compileRule('self.size() > 0'));
  });

  test('formatted() rejects text that is not of its format', () => {
    expect(() => formatted('soon', 'duration')).toThrow('"soon" is not a valid duration');
    expect(formatted('soon', undefined)).toBe('soon');
  });
});

describe('Kubernetes CEL library functions', () => {
  const run = (rule: string, self: unknown) => {
    const compiled = compileRule(rule);
    if (compiled.kind !== 'program') throw new Error(`${rule}: ${compiled.kind}`);
    return evaluate(compiled.run, toCel(self, undefined, { definitions: {}, crd: true }));
  };

  test.each([
    ['[1, 2, 2, 3].isSorted() && ![2, 1].isSorted()', null],
    ['[1, 2, 3].sum() == 6 && [1.5, 2.5].sum() == 4.0 && [].sum() == 0', null],
    ["[3, 1, 2].min() == 1 && [3, 1, 2].max() == 3 && ['b', 'a'].min() == 'a'", null],
    ['[1, 2, 1].indexOf(1) == 0 && [1, 2, 1].lastIndexOf(1) == 2 && [1].indexOf(5) == -1', null],
    ["'abc123def456'.find('[0-9]+') == '123' && 'abc'.find('[0-9]+') == ''", null],
    ["'a1b22c333'.findAll('[0-9]+') == ['1', '22', '333'] && 'a1b22c333'.findAll('[0-9]+', 2) == ['1', '22']", null],
    ['sets.contains([1, 2, 3], [3, 1]) && !sets.contains([1], [2])', null],
    ['sets.equivalent([1, 2], [2, 1, 1]) && sets.intersects([1, 2], [2, 5]) && !sets.intersects([1], [2])', null],
    ["isURL('https://example.com/x?y=1') && !isURL('example.com') && !isURL('not a url')", null],
    ["isQuantity('500m') && isQuantity('1Gi') && !isQuantity('1GB!')", null],
    ["self.name.lowerAscii() == 'abc' && self.name.upperAscii() == 'ABC' && self.name.matches('^[A-Za-z]+$')", { name: 'AbC' }],
    // RE2 syntax JavaScript rejects (a Python-style named group) goes to the built-in RE2 matcher.
    ["'ab'.matches('(?P<first>a)b') && !'b'.matches('(?P<first>a)') && matches('xa', 'a$')", null],
  ])('%s', (rule, self) => {
    expect(run(rule, self ?? {})).toEqual({ ok: true });
  });

  test('min() of an empty list is an error, as in Kubernetes', () => {
    expect(run('[].min() == 0', {})).toEqual({ ok: false, error: expect.stringContaining('min called on empty list') });
  });
});

describe('the vendored rules and the exception list', () => {
  const vendored = (() => {
    const rules = new Set<string>();
    const visit = (node: SchemaNode | undefined) => {
      if (!node) return;
      for (const r of node['x-kubernetes-validations'] ?? []) rules.add(r.rule);
      Object.values(node.properties ?? {}).forEach(visit);
      visit(node.items);
      if (typeof node.additionalProperties === 'object') visit(node.additionalProperties);
    };
    for (const crd of loadCrdSchemas()) {
      Object.values(crd.versions).forEach(visit);
      Object.values(crd.definitions ?? {}).forEach(visit);
    }
    return [...rules].sort();
  })();

  test('the gate evaluates every vendored rule but the transition rules, which it skips on create', () => {
    const kinds = vendored.map((rule) => compileRule(rule).kind);
    expect(vendored.length).toBeGreaterThanOrEqual(35);
    expect(kinds.filter((k) => k === 'program').length).toBeGreaterThanOrEqual(30);
    expect(vendored.filter((rule) => compileRule(rule).kind === 'transition')).toEqual(['self == oldSelf']);
  });

  test('UNCOMPILABLE_RULES is exactly the vendored rules the gate cannot compile, each with a reason', () => {
    const uncompilable = vendored.filter((rule) => compileRule(rule).kind === 'uncompilable');
    expect(Object.keys(UNCOMPILABLE_RULES).sort()).toEqual(uncompilable);
    for (const reason of Object.values(UNCOMPILABLE_RULES)) expect(reason.length).toBeGreaterThan(10);
  });
});
