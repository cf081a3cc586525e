/**
 * Every gate rule stays quiet on the shipped output of every target, and fires on a shipped target
 * with one object broken by hand (the smallest change that makes the rule's point).
 */
import type { K8sObject } from '../../lib/k8s/object';
import { buildContext, contextOf, type Located, RULES, runRules, validateRendered } from '../../lib/gate';
import { GATE_TEST_TARGETS, shippedBuild } from '../support/render';

type Mutable = K8sObject & Record<string, any>;

function shipped(target: string) {
  const build = shippedBuild();
  const rendered = build.rendered.find((r) => r.target === target)!;
  const model = build.model.targets.find((t) => t.target.name === target)!;
  return { rendered, model };
}

/** The messages of `rule` on `target` after `change` edits a deep copy of its objects. */
function messagesAfter(rule: string, change: (objects: Array<{ file: string; object: Mutable }>) => void, target = 'prod-azure'): string[] {
  const { rendered, model } = shipped(target);
  const objects = [...rendered.files].flatMap(([file, list]) => list.map((o) => ({ file, object: structuredClone(o) as Mutable })));
  change(objects);
  const files = new Set([...objects.map((o) => o.file), ...rendered.extraFiles.keys()]);
  const ctx = contextOf(target, objects as Located[], files, model);
  return runRules(ctx, { [rule]: RULES[rule] }).map((p) => `${p.object}: ${p.message}`);
}

function find(objects: Array<{ object: Mutable }>, kind: string, name: string, namespace?: string): Mutable {
  const found = objects.find(
    (o) =>
      o.object.kind === kind && o.object.metadata.name === name && (namespace === undefined || o.object.metadata.namespace === namespace),
  );
  if (!found) throw new Error(`test fixture: ${kind} ${namespace ?? ''}/${name} is not rendered`);
  return found.object;
}

const gatewayPod = (objects: Array<{ object: Mutable }>) => find(objects, 'Deployment', 'api-gateway').spec.template.spec;

describe.each(GATE_TEST_TARGETS.map((t) => [t]))('shipped %s', (target) => {
  // One context for every rule of the target, as the gate builds it (rules are pure functions of it).
  let context: ReturnType<typeof buildContext> | undefined;
  const contextOfTarget = () => {
    const { rendered, model } = shipped(target);
    return (context ??= buildContext(rendered, model));
  };

  test.each(Object.keys(RULES).map((r) => [r]))('rule %s finds nothing', (rule) => {
    // Warnings (test/scheduling covers the scheduling rule's) do not stop a synth.
    expect(runRules(contextOfTarget(), { [rule]: RULES[rule] }).filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  // A mutation run (stryker.config.mjs) leaves this one out: the rules' own tests above run each mutated rule
  // on this target, and a second pass over every rule would only double the cost of each mutant.
  (process.env.MATIH_MUTATION_TARGETS ? test.skip : test)('the synth ran the same gate (buildK8s problems are empty)', () => {
    const { rendered, model } = shipped(target);
    expect(validateRendered(rendered, model)).toEqual([]);
    expect(shippedBuild().problems.filter((p) => p.target === target)).toEqual([]);
  });
});

test('every rule of the issue is registered', () => {
  expect(Object.keys(RULES)).toEqual([
    'schema',
    'cel-rules',
    'pod-security',
    'operator-pods',
    'images',
    'service-account-tokens',
    'namespace-isolation',
    'namespace-pod-security',
    'rbac',
    'sensitive-api',
    'no-secrets',
    'secret-references',
    'service-references',
    'service-account-references',
    'issuer-store-references',
    'role-references',
    'kafka-cluster-references',
    'namespace-references',
    'service-target-ports',
    'connection-endpoints',
    'connection-policies',
    'duplicates',
    'argocd-paths',
    'argocd-object-limit',
    'chart-values',
    'storage-classes',
    'scheduling',
  ]);
});

describe('schema', () => {
  test('an unknown field fails', () => {
    expect(messagesAfter('schema', (o) => (find(o, 'Deployment', 'api-gateway').spec.replicass = 3))).toEqual([
      'Deployment matih-control-plane/api-gateway: spec.replicass: unknown field (did you mean "replicas"?)',
    ]);
  });

  test('a kind without schema fails; Crossplane kinds once allow-listed untyped are validated by their CRDs', () => {
    const messages = messagesAfter('schema', (o) => {
      o.push({
        file: 'data/x.yaml',
        object: { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'matih-data-plane' } },
      });
      o.push({
        file: 'data/x.yaml',
        object: { apiVersion: 'pkg.crossplane.io/v1', kind: 'Function', metadata: { name: 'f', labelz: {} } } as unknown as Mutable,
      });
    });
    expect(messages).toEqual([
      expect.stringMatching(/^Widget matih-data-plane\/w: no schema for example.com\/v1 Widget/),
      'Function f: metadata.labelz: unknown field (did you mean "labels"?)',
    ]);
  });
});

describe('operator-pods (pods operators build from resources without a pod template)', () => {
  const cluster = (o: Array<{ object: Mutable }>) => find(o, 'Cluster', 'matih-pg', 'matih-control-plane').spec;
  const redis = (o: Array<{ object: Mutable }>) => find(o, 'RedisReplication', 'redis', 'matih-control-plane').spec;
  const sentinel = (o: Array<{ object: Mutable }>) => find(o, 'RedisSentinel', 'redis', 'matih-control-plane').spec;

  test.each([
    [
      'CloudNativePG: escalation allowed in the container context',
      (o: Array<{ object: Mutable }>) => (cluster(o).securityContext.allowPrivilegeEscalation = true),
      [
        'Cluster matih-control-plane/matih-pg: spec (instance pods).initContainers[0] (bootstrap-controller): securityContext.allowPrivilegeEscalation must be false',
        'Cluster matih-control-plane/matih-pg: spec (instance pods).containers[0] (postgres): securityContext.allowPrivilegeEscalation must be false',
      ],
    ],
    [
      'CloudNativePG: unconfined seccomp for the pods',
      (o: Array<{ object: Mutable }>) => (cluster(o).podSecurityContext.seccompProfile = { type: 'Unconfined' }),
      [
        'Cluster matih-control-plane/matih-pg: spec (instance pods).securityContext.seccompProfile.type: Unconfined is not RuntimeDefault or Localhost',
      ],
    ],
    [
      'OT Redis: no pod security context (the operator sets none of its own)',
      (o: Array<{ object: Mutable }>) => {
        delete redis(o).podSecurityContext;
        delete redis(o).securityContext.seccompProfile;
      },
      [
        'RedisReplication matih-control-plane/redis: spec (pods).containers[0] (redis): seccompProfile.type must be RuntimeDefault or Localhost (container or pod securityContext)',
      ],
    ],
    [
      'OT Redis: an exporter without a security context',
      (o: Array<{ object: Mutable }>) => (redis(o).redisExporter = { enabled: true, image: 'quay.io/opstree/redis-exporter:v1.44.0' }),
      [
        'RedisReplication matih-control-plane/redis: spec (pods).containers[1] (redis-exporter): securityContext.allowPrivilegeEscalation must be false',
        'RedisReplication matih-control-plane/redis: spec (pods).containers[1] (redis-exporter): securityContext.capabilities.drop must include ALL',
        'RedisReplication matih-control-plane/redis: spec (pods).containers[1] (redis-exporter): securityContext.readOnlyRootFilesystem must be true',
      ],
    ],
    [
      'OT Sentinel: root user',
      (o: Array<{ object: Mutable }>) => (sentinel(o).securityContext.runAsUser = 0),
      [
        'RedisSentinel matih-control-plane/redis: spec (pods).containers[0] (redis-sentinel): securityContext.runAsUser must not be 0 (root)',
      ],
    ],
  ])('%s fails', (_name, change, expected) => {
    expect(messagesAfter('operator-pods', change)).toEqual(expected);
  });

  test('the writable root filesystem of the Redis images is a recorded exception, and only for their own containers', () => {
    expect(messagesAfter('operator-pods', () => undefined)).toEqual([]);
    const renamed = messagesAfter('operator-pods', (o) => (find(o, 'RedisReplication', 'redis').metadata.name = 'cache'));
    expect(renamed).toEqual([
      'RedisReplication matih-control-plane/cache: spec (pods).containers[0] (cache): securityContext.readOnlyRootFilesystem must be true',
    ]);
  });
});

describe('pod-security', () => {
  test.each([
    ['hostNetwork', (p: Mutable) => (p.hostNetwork = true), 'spec.template.spec.hostNetwork: must not be true'],
    ['root user', (p: Mutable) => (p.containers[0].securityContext.runAsUser = 0), 'securityContext.runAsUser must not be 0 (root)'],
    [
      'privilege escalation',
      (p: Mutable) => delete p.containers[0].securityContext.allowPrivilegeEscalation,
      'securityContext.allowPrivilegeEscalation must be false',
    ],
    [
      'capabilities kept',
      (p: Mutable) => (p.containers[0].securityContext.capabilities = { drop: ['NET_RAW'] }),
      'securityContext.capabilities.drop must include ALL',
    ],
    [
      'capability added',
      (p: Mutable) => (p.containers[0].securityContext.capabilities.add = ['SYS_ADMIN']),
      'capability SYS_ADMIN must not be added',
    ],
    ['privileged', (p: Mutable) => (p.containers[0].securityContext.privileged = true), 'securityContext.privileged must not be true'],
    ['hostPath', (p: Mutable) => p.volumes.push({ name: 'host', hostPath: { path: '/' } }), 'hostPath volumes are forbidden'],
    [
      'seccomp unconfined',
      (p: Mutable) => (p.containers[0].securityContext.seccompProfile = { type: 'Unconfined' }),
      'seccompProfile.type Unconfined is not RuntimeDefault or Localhost',
    ],
    [
      'writable root',
      (p: Mutable) => (p.containers[0].securityContext.readOnlyRootFilesystem = false),
      'securityContext.readOnlyRootFilesystem must be true',
    ],
    [
      'non-root not required',
      (p: Mutable) => {
        delete p.securityContext.runAsNonRoot;
        delete p.containers[0].securityContext.runAsNonRoot;
      },
      'runAsNonRoot must be true',
    ],
  ])('%s fails', (_name, change, expected) => {
    const messages = messagesAfter('pod-security', (o) => change(gatewayPod(o)));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Deployment matih-control-plane/api-gateway: spec.template.spec');
    expect(messages[0]).toContain(expected);
  });

  test('custom resource pod templates are checked, a read-only root filesystem included (no container is excepted)', () => {
    const messages = messagesAfter('pod-security', (o) => {
      const ray = o.find((x) => x.object.kind === 'RayCluster')!.object;
      ray.spec.headGroupSpec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = true;
      ray.spec.workerGroupSpecs[0].template.spec.containers[0].securityContext.readOnlyRootFilesystem = false;
      const temporal = o.find((x) => x.object.kind === 'TemporalCluster')!.object;
      temporal.spec.services.overrides.deployment.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false;
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /RayCluster .*: spec\.headGroupSpec\.template\.spec\.containers\[0\] \(ray-head\): securityContext\.allowPrivilegeEscalation must be false$/,
      ),
      expect.stringMatching(
        /RayCluster .*: spec\.workerGroupSpecs\[0\]\.template\.spec\.containers\[0\] \(ray-worker\): securityContext\.readOnlyRootFilesystem must be true$/,
      ),
      expect.stringMatching(
        /TemporalCluster .*: spec\.services\.overrides\.deployment\.spec\.template\.spec\.containers\[0\] \(service\): securityContext\.readOnlyRootFilesystem must be true$/,
      ),
    ]);
  });
});

describe('service-account-tokens', () => {
  test("a pod that leaves the token to Kubernetes' default fails (workload and custom resource template alike)", () => {
    const messages = messagesAfter('service-account-tokens', (o) => {
      delete gatewayPod(o).automountServiceAccountToken;
      delete find(o, 'ServiceAccount', 'api-gateway').automountServiceAccountToken;
      delete o.find((x) => x.object.kind === 'TemporalCluster')!.object.spec.services.overrides.deployment.spec.template.spec
        .automountServiceAccountToken;
    });
    expect(messages.sort()).toEqual([
      expect.stringMatching(/^Deployment matih-control-plane\/api-gateway: spec\.template\.spec\.automountServiceAccountToken: unset/),
      expect.stringMatching(
        /^TemporalCluster matih-data-plane\/temporal: spec\.services\.overrides\.deployment\.spec\.template\.spec\.automountServiceAccountToken: unset/,
      ),
    ]);
  });

  test('a token mounted for a ServiceAccount no role is bound to fails; a ServiceAccount that opts out suffices', () => {
    expect(messagesAfter('service-account-tokens', (o) => (gatewayPod(o).automountServiceAccountToken = true))).toEqual([
      'Deployment matih-control-plane/api-gateway: spec.template.spec: mounts the token of ServiceAccount matih-control-plane/api-gateway, which no RoleBinding grants anything; set automountServiceAccountToken: false',
    ]);
    expect(messagesAfter('service-account-tokens', (o) => delete gatewayPod(o).automountServiceAccountToken)).toEqual([]);
  });

  test("a workload that names no ServiceAccount runs as the namespace's default one: its opt-out counts, its absence fails", () => {
    const unnamed = (o: Array<{ object: Mutable }>) => {
      delete gatewayPod(o).serviceAccountName;
      delete gatewayPod(o).automountServiceAccountToken;
    };
    expect(messagesAfter('service-account-tokens', unnamed)).toEqual([]);
    expect(
      messagesAfter('service-account-tokens', (o) => {
        unnamed(o);
        o.splice(
          o.indexOf(
            o.find(
              (x) =>
                x.object.kind === 'ServiceAccount' &&
                x.object.metadata.name === 'default' &&
                x.object.metadata.namespace === 'matih-control-plane',
            )!,
          ),
          1,
        );
      }),
    ).toEqual([
      expect.stringMatching(/^Deployment matih-control-plane\/api-gateway: spec\.template\.spec\.automountServiceAccountToken: unset/),
    ]);
  });
});

describe('namespace-isolation and namespace-pod-security', () => {
  const policiesOf = (o: Array<{ object: Mutable }>, ns: string) =>
    o.filter((x) => x.object.kind === 'NetworkPolicy' && x.object.metadata.namespace === ns);

  test('a namespace without default deny fails', () => {
    const messages = messagesAfter('namespace-isolation', (o) => {
      for (const p of policiesOf(o, 'matih-frontend'))
        if (p.object.spec.egress === undefined || p.object.spec.egress.length === 0) p.object.spec.egress = [{}];
    });
    expect(messages).toEqual([
      'Namespace matih-frontend: namespace matih-frontend has no default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress, Egress], no rules)',
    ]);
  });

  test('a namespace without DNS egress over both protocols fails', () => {
    const messages = messagesAfter('namespace-isolation', (o) => {
      for (const p of policiesOf(o, 'tenant-acme')) {
        for (const rule of p.object.spec.egress ?? [])
          rule.ports = (rule.ports ?? []).filter(
            (port: { protocol?: string; port?: number }) => !(port.port === 53 && port.protocol === 'TCP'),
          );
      }
    });
    expect(messages).toEqual([
      'Namespace tenant-acme: namespace tenant-acme has no NetworkPolicy allowing DNS egress (port 53 over UDP and TCP, podSelector {})',
    ]);
  });

  test('a namespace not enforcing restricted fails', () => {
    const messages = messagesAfter('namespace-pod-security', (o) => {
      find(o, 'Namespace', 'matih-data-plane').metadata.labels!['pod-security.kubernetes.io/enforce'] = 'baseline';
    });
    expect(messages).toEqual([
      'Namespace matih-data-plane: label pod-security.kubernetes.io/enforce must be "restricted" (no exception in config/namespaces.ts), found "baseline"',
    ]);
  });
});

describe('rbac', () => {
  test('wildcards, cluster-admin for a ServiceAccount and system:masters fail', () => {
    const messages = messagesAfter('rbac', (o) => {
      const role = o.find((x) => x.object.kind === 'Role')!.object;
      role.rules[0].verbs = ['*'];
      o.push({
        file: 'platform/x.yaml',
        object: {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRoleBinding',
          metadata: { name: 'oops' },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
          subjects: [
            { kind: 'ServiceAccount', name: 'api-gateway', namespace: 'matih-control-plane' },
            { kind: 'Group', name: 'system:masters', apiGroup: 'rbac.authorization.k8s.io' },
          ],
        },
      });
    });
    expect(messages).toEqual([
      expect.stringMatching(/^Role .*: rules\[0\]\.verbs: wildcard "\*"/),
      'ClusterRoleBinding oops: subjects[0]: ServiceAccount matih-control-plane/api-gateway is bound to cluster-admin',
      'ClusterRoleBinding oops: subjects[1]: binding to group system:masters is forbidden',
      'ClusterRoleBinding oops: ClusterRoleBinding to cluster-admin: grant a scoped role instead',
    ]);
  });
});

test('no-secrets: a Secret with data fails', () => {
  const messages = messagesAfter('no-secrets', (o) =>
    o.push({
      file: 'workloads/x.yaml',
      object: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'db', namespace: 'matih-control-plane' },
        data: { password: 'aHVudGVyMg==' },
      },
    }),
  );
  expect(messages).toEqual([
    'Secret matih-control-plane/db: Secret carries data (secret values in git); produce it with an ExternalSecret (config/secrets.ts), a Certificate or an operator instead',
  ]);
});

describe('references', () => {
  test('secretKeyRef to a Secret nobody produces fails; optional references do not', () => {
    const messages = messagesAfter('secret-references', (o) => {
      const env = gatewayPod(o).containers[0].env;
      env.push({ name: 'X', valueFrom: { secretKeyRef: { name: 'nobody-makes-this', key: 'k' } } });
      env.push({ name: 'Y', valueFrom: { secretKeyRef: { name: 'nobody-makes-this-either', key: 'k', optional: true } } });
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^Deployment matih-control-plane\/api-gateway: spec\.template\.spec\.containers\[0\]\.env\[\d+\]: Secret matih-control-plane\/nobody-makes-this is produced by no/,
      ),
    ]);
  });

  test('an Ingress TLS secret without its Certificate fails', () => {
    const messages = messagesAfter('secret-references', (o) => {
      const i = o.findIndex((x) => x.object.kind === 'Certificate' && x.object.spec.secretName === 'api-gateway-tls');
      o.splice(i, 1);
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^Ingress matih-control-plane\/.*: spec\.tls\[0\]\.secretName: Secret matih-control-plane\/api-gateway-tls is produced by no/,
      ),
    ]);
  });

  test('Ingress backends, Service selectors and HPA targets must resolve', () => {
    const messages = messagesAfter('service-references', (o) => {
      const ingress = o.find((x) => x.object.kind === 'Ingress' && x.object.metadata.namespace === 'matih-control-plane')!.object;
      ingress.spec.rules[0].http.paths[0].backend.service.port = { name: 'no-such-port' };
      find(o, 'Service', 'iam-service').spec.selector = { 'app.kubernetes.io/name': 'iam-servic' };
      find(o, 'HorizontalPodAutoscaler', 'ai-service').spec.scaleTargetRef.name = 'ai-servic';
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^Ingress matih-control-plane\/.*: spec\.rules\[0\]\.http\.paths\[0\]\.backend: Service matih-control-plane\/.* has no port "no-such-port"$/,
      ),
      expect.stringMatching(/^Service matih-control-plane\/iam-service: spec\.selector .* matches no pod template in matih-control-plane/),
      'HorizontalPodAutoscaler matih-data-plane/ai-service: spec.scaleTargetRef: Deployment matih-data-plane/ai-servic is not rendered',
    ]);
  });

  test('a missing ServiceAccount, issuer, secret store, Role, Kafka cluster or namespace fails', () => {
    const check = (rule: string, change: (o: Array<{ file: string; object: Mutable }>) => void, expected: RegExp) => {
      const messages = messagesAfter(rule, change);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(expected);
    };
    check(
      'service-account-references',
      (o) => (gatewayPod(o).serviceAccountName = 'ghost'),
      /spec\.template\.spec\.serviceAccountName: ServiceAccount matih-control-plane\/ghost is not rendered/,
    );
    check(
      'issuer-store-references',
      (o) => (o.find((x) => x.object.kind === 'Certificate')!.object.spec.issuerRef.name = 'letsencrypt-nope'),
      /spec\.issuerRef: ClusterIssuer letsencrypt-nope is not rendered/,
    );
    check(
      'issuer-store-references',
      (o) => (o.find((x) => x.object.kind === 'ExternalSecret')!.object.spec.secretStoreRef.name = 'vault-nope'),
      /spec\.secretStoreRef: \w+ vault-nope is not rendered/,
    );
    check(
      'role-references',
      (o) => (o.find((x) => x.object.kind === 'RoleBinding' && x.object.roleRef.kind === 'Role')!.object.roleRef.name = 'ghost'),
      /roleRef: Role ghost is not rendered/,
    );
    check(
      'kafka-cluster-references',
      (o) => (o.find((x) => x.object.kind === 'KafkaTopic')!.object.metadata.labels!['strimzi.io/cluster'] = 'other'),
      /label strimzi\.io\/cluster: Kafka .*\/other is not rendered/,
    );
    check(
      'namespace-references',
      (o) => (find(o, 'Deployment', 'api-gateway').metadata.namespace = 'matih-typo'),
      /metadata\.namespace: Namespace matih-typo is not rendered/,
    );
  });
});

test('duplicates: the same object twice fails, whatever the apiVersion version', () => {
  const messages = messagesAfter('duplicates', (o) => {
    const copy = structuredClone(o.find((x) => x.object.kind === 'ConfigMap')!);
    copy.file = 'workloads/copy.yaml';
    o.push(copy);
  });
  expect(messages).toEqual([
    // The first ConfigMap may sit in a nested folder (a tenant's, tenants/shard-NN/<slug>.yaml).
    expect.stringMatching(/^ConfigMap .*: duplicate object: the same ConfigMap is also rendered in [a-z-]+(\/[a-z0-9-]+)*\/[^/]+\.yaml$/),
  ]);
});

describe('storage-classes', () => {
  test('a claim naming a class the cloud lacks fails, and on EKS the gp3 class exists only because the platform renders it', () => {
    expect(
      messagesAfter('storage-classes', (objects) => {
        find(objects, 'StatefulSet', 'dgraph').spec.volumeClaimTemplates[0].spec.storageClassName = 'fast-ssd';
      }),
    ).toEqual([
      'StatefulSet matih-data-plane/dgraph: spec.volumeClaimTemplates[0].spec.storageClassName: storage class "fast-ssd" does not exist on azure clusters (azurefile, azurefile-csi, azurefile-csi-premium, azurefile-premium, default, managed, managed-csi, managed-csi-premium, managed-premium): the claim stays Pending; render it in the cloud profile\'s storageClasses',
    ]);
    const withoutGp3 = messagesAfter(
      'storage-classes',
      (objects) =>
        objects.splice(
          objects.findIndex((o) => o.object.kind === 'StorageClass'),
          1,
        ),
      'prod-aws',
    );
    expect(withoutGp3.length).toBeGreaterThan(3);
    expect(withoutGp3.every((m) => m.includes('storage class "gp3" does not exist on aws clusters (gp2)'))).toBe(true);
  });

  test('a claim naming no class fails where the cluster has no default class (EKS without the rendered default gp3)', () => {
    const messages = messagesAfter(
      'storage-classes',
      (objects) => {
        delete find(objects, 'StorageClass', 'gp3').metadata.annotations;
        delete find(objects, 'StatefulSet', 'dgraph').spec.volumeClaimTemplates[0].spec.storageClassName;
      },
      'prod-aws',
    );
    expect(messages).toEqual([
      'StatefulSet matih-data-plane/dgraph: spec.volumeClaimTemplates[0].spec: names no storage class and aws clusters have no default one: the claim stays Pending',
    ]);
    // With the default class back, the same claim binds.
    expect(
      messagesAfter(
        'storage-classes',
        (objects) => delete find(objects, 'StatefulSet', 'dgraph').spec.volumeClaimTemplates[0].spec.storageClassName,
        'prod-aws',
      ),
    ).toEqual([]);
  });
});

describe('argocd-paths', () => {
  test('an Application reading a missing folder, a foreign target, or two Applications on one folder fail', () => {
    const messages = messagesAfter('argocd-paths', (o) => {
      const apps = o.filter((x) => x.object.kind === 'Application' && typeof x.object.spec.source?.path === 'string');
      apps[0].object.spec.source.path = 'dist/prod-azure/nowhere';
      apps[1].object.spec.source.path = 'dist/prod-aws/workloads';
    });
    expect(messages).toEqual([
      expect.stringMatching(/spec\.source\.path: dist\/prod-azure\/nowhere holds no rendered file$/),
      expect.stringMatching(
        /spec\.source\.path: "dist\/prod-aws\/workloads" is not a folder of this target \(expected dist\/prod-azure\/<folder>\)$/,
      ),
      expect.stringMatching(/folder \w+\/ is synced by no Application; expected exactly one$/),
      expect.stringMatching(/folder \w+\/ is synced by no Application; expected exactly one$/),
    ]);
  });
});
