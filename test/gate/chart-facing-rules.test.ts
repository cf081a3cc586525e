/**
 * What the gate learned from rendering upstream charts (npm run charts:verify): image references,
 * RBAC object names, the API server's built-in roles, and Secrets a target renders itself.
 */
import { contextOf, type Located, RULES, runRules } from '../../lib/gate';
import { imageProblem, parseImage } from '../../lib/gate/rules/images';

const pod = (image: string, name = 'c') => ({
  file: 'x.yaml',
  object: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd', namespace: 'ns' },
    spec: { template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name, image }] } } },
  },
});

function run(rule: string, objects: Located[]): string[] {
  return runRules(contextOf('t', objects), { [rule]: RULES[rule] }).map((p) => `${p.object}: ${p.message}`);
}

describe('images', () => {
  test.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx', tag: undefined, digest: undefined }],
    ['quay.io/okdp/hive-metastore:latest', { registry: 'quay.io', repository: 'okdp/hive-metastore', tag: 'latest', digest: undefined }],
    ['localhost:5000/a/b:1.0@sha256:abc', { registry: 'localhost:5000', repository: 'a/b', tag: '1.0', digest: 'sha256:abc' }],
    ['registry-1.docker.io/bitnami/redis:7.2', { registry: 'docker.io', repository: 'bitnami/redis', tag: '7.2', digest: undefined }],
  ])('parses %s', (image, expected) => expect(parseImage(image)).toEqual(expected));

  test.each([
    ['busybox', /has no tag/],
    ['lmcache/lmstack-router:latest', /mutable tag latest/],
    ['ghcr.io/example/app:main', /mutable tag main/],
    ['example/app:nightly', /mutable tag nightly/],
    ['docker.io/bitnami/postgresql:16.3.0-debian-12-r14', /withdrew its versioned docker.io\/bitnami/],
    ['bitnami/redis:7.2.4', /withdrew/],
    ['bitnamilegacy/redis:7.2.4', /receives no updates/],
  ])('rejects %s', (image, message) => expect(imageProblem(image)).toMatch(message));

  test.each(['busybox:1.36.1', 'ghcr.io/bitnami/x:1.0', 'nginx@sha256:0123', 'quay.io/bitnami/sealed-secrets:0.27.0'])(
    'accepts %s',
    (image) => expect(imageProblem(image)).toBeUndefined(),
  );

  test('the rule names the container; a container without image (filled in by an operator) is left alone', () => {
    expect(run('images', [pod('busybox:latest', 'init'), pod('nginx:1.27.0')])).toEqual([
      'Deployment ns/d: spec.template.spec.containers[0] (init): image busybox:latest uses the mutable tag latest: pin a release tag or a digest',
    ]);
    const noImage = pod('x');
    delete (noImage.object.spec.template.spec.containers[0] as { image?: string }).image;
    expect(run('images', [noImage])).toEqual([]);
  });

  test("an operator's resource is held to the same images outside its pod templates, once", () => {
    const resource = (apiVersion: string, kind: string, spec: object) => ({
      file: 'data.yaml',
      object: { apiVersion, kind, metadata: { name: 'x', namespace: 'ns' }, spec } as never,
    });
    expect(
      run('images', [
        resource('postgresql.cnpg.io/v1', 'Cluster', { imageName: 'ghcr.io/cloudnative-pg/postgresql:latest' }),
        resource('redis.redis.opstreelabs.in/v1beta2', 'RedisReplication', {
          kubernetesConfig: { image: 'quay.io/opstree/redis:v8.2.2' },
          redisExporter: { image: 'quay.io/opstree/redis-exporter:main' },
        }),
        resource('flink.apache.org/v1beta1', 'FlinkDeployment', {
          image: 'flink:1.20.3',
          podTemplate: { spec: { containers: [{ name: 'c', image: 'flink:1.20.3' }] } },
        }),
      ]),
    ).toEqual([
      'Cluster ns/x: spec.imageName: image ghcr.io/cloudnative-pg/postgresql:latest uses the mutable tag latest: pin a release tag or a digest',
      'RedisReplication ns/x: spec.redisExporter.image: image quay.io/opstree/redis-exporter:main uses the mutable tag main: pin a release tag or a digest',
    ]);
  });
});

describe('schema: object names as the API server validates them', () => {
  const role = (kind: string, name: string) => ({
    file: 'r.yaml',
    object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name }, rules: [] },
  });
  test('RBAC names are path segments (colons allowed), other kinds DNS-1123 subdomains', () => {
    const messages = run('schema', [
      role('ClusterRole', 'cert-manager-webhook:subjectaccessreviews'),
      role('ClusterRole', 'a/b'),
      role('ClusterRole', '..'),
      { file: 'c.yaml', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a:b', namespace: 'ns' } } },
    ]);
    expect(messages).toEqual([
      'ClusterRole a/b: metadata.name "a/b" is not a valid path segment',
      'ClusterRole ..: metadata.name ".." is not a valid path segment',
      'ConfigMap ns/a:b: metadata.name "a:b" is not a DNS-1123 subdomain',
    ]);
  });
});

describe('references to what the API server or the target itself provides', () => {
  const binding = (kind: string, roleKind: string, name: string, namespace?: string) => ({
    file: 'b.yaml',
    object: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind,
      metadata: { name: 'b', ...(namespace ? { namespace } : {}) },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name },
      subjects: [],
    },
  });
  test('bootstrap ClusterRoles and kube-system Roles resolve; an unknown one does not', () => {
    expect(
      run('role-references', [
        binding('ClusterRoleBinding', 'ClusterRole', 'system:auth-delegator'),
        binding('RoleBinding', 'Role', 'extension-apiserver-authentication-reader', 'kube-system'),
        binding('RoleBinding', 'Role', 'extension-apiserver-authentication-reader', 'matih-system'),
        binding('ClusterRoleBinding', 'ClusterRole', 'system:made-up'),
      ]),
    ).toEqual([
      'RoleBinding matih-system/b: roleRef: Role extension-apiserver-authentication-reader is not rendered',
      'ClusterRoleBinding b: roleRef: ClusterRole system:made-up is not rendered',
    ]);
  });

  test('a reference to a Secret the target renders resolves (the no-secrets rule judges the Secret)', () => {
    const user = pod('nginx:1.27.0');
    (user.object.spec.template.spec.containers[0] as Record<string, unknown>).envFrom = [{ secretRef: { name: 'hub' } }];
    const secret = { file: 's.yaml', object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'hub', namespace: 'ns' } } };
    expect(run('secret-references', [user])).toEqual([expect.stringContaining('Secret ns/hub is produced by no')]);
    expect(run('secret-references', [user, secret])).toEqual([]);
  });
});

test('Services find the pods the Prometheus operator runs for a Prometheus or Alertmanager resource', () => {
  const service = (selector: Record<string, string>) => ({
    file: 's.yaml',
    object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'mon' }, spec: { selector, ports: [{ port: 9093 }] } },
  });
  const alertmanager = {
    file: 'a.yaml',
    object: { apiVersion: 'monitoring.coreos.com/v1', kind: 'Alertmanager', metadata: { name: 'main', namespace: 'mon' }, spec: {} },
  };
  const selector = { 'app.kubernetes.io/name': 'alertmanager', alertmanager: 'main' };
  expect(run('service-references', [service(selector)])).toEqual([expect.stringContaining('matches no pod template in mon')]);
  expect(run('service-references', [service(selector), alertmanager])).toEqual([]);
  expect(run('service-references', [service({ ...selector, alertmanager: 'other' }), alertmanager])).toHaveLength(1);
});
