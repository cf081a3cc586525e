/**
 * What charts:verify reproduces of Argo CD without running anything: which Applications are Helm
 * Applications and with which values, the exact `helm template` arguments, the `helm pull`
 * reference, how hooks map to sync phases, and how the output lands in the cluster.
 */
import type { K8sObject } from '../../lib/k8s/object';
import { helmApplications } from '../../lib/charts/applications';
import { templateArgs } from '../../lib/charts/helm-template';
import { parseK8sYaml } from '../../lib/charts/k8s-yaml';
import { hookOf, parseManifests } from '../../lib/charts/manifests';
import { pullArgs } from '../../lib/charts/pull';

const app = (name: string, spec: Record<string, unknown>): { file: string; object: K8sObject } => ({
  file: `apps/${name}.yaml`,
  object: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name, namespace: 'argocd' }, spec },
});
const source = (helm: Record<string, unknown>) => ({ repoURL: 'https://charts.example.com', chart: 'c', targetRevision: '1.0.0', helm });
const destination = { namespace: 'matih-system', server: 'https://kubernetes.default.svc' };

describe('Helm Applications', () => {
  const { applications, unsupported } = helmApplications(
    [
      app('both', { destination, source: source({ values: 'a: 1\n', valuesObject: { b: 2 } }) }),
      app('text', { destination, source: source({ values: 'enabled: yes\n', releaseName: 'rel', namespace: 'other' }) }),
      app('folder', { destination, source: { repoURL: 'https://github.com/x/y', path: 'dist/t/apps' } }),
      app('files', { destination, source: source({ valueFiles: ['values-prod.yaml'] }) }),
      app('multi', { destination, sources: [source({})] }),
    ],
    parseK8sYaml,
  );

  test('valuesObject replaces values (Argo CD passes one of them); release name and namespace default to the Application', () => {
    expect(applications.map((a) => [a.name, a.values, a.releaseName, a.namespace])).toEqual([
      ['both', { b: 2 }, 'both', 'matih-system'],
      ['text', { enabled: true }, 'rel', 'other'],
    ]);
  });

  test('sources this tool cannot reproduce are reported, folder sources are not Helm Applications', () => {
    expect(unsupported.map((u) => u.name)).toEqual(['files', 'multi']);
  });
});

describe('helm template arguments', () => {
  const application = {
    releaseName: 'rel',
    namespace: 'ns',
    parameters: [
      { name: 'a.b', value: '1', forceString: false },
      { name: 'c', value: 'true', forceString: true },
    ],
    skipCrds: false,
    skipSchemaValidation: false,
    skipTests: false,
  };

  test("Argo CD's order: name, namespace, kube version, --set, values, api versions, --include-crds", () => {
    expect(
      templateArgs({ chartPath: 'c.tgz', application, kubeVersion: '1.34', apiVersions: ['x.io/v1', 'x.io/v1/X'], valuesFile: 'v.json' }),
    ).toEqual([
      'template',
      'c.tgz',
      '--name-template',
      'rel',
      '--namespace',
      'ns',
      '--kube-version',
      '1.34',
      '--set',
      'a.b=1',
      '--set-string',
      'c=true',
      '--values',
      'v.json',
      '--api-versions',
      'x.io/v1',
      '--api-versions',
      'x.io/v1/X',
      '--include-crds',
    ]);
  });

  test("skipCrds drops --include-crds; the Application's kubeVersion and apiVersions win over the cluster's", () => {
    const args = templateArgs({
      chartPath: 'c.tgz',
      application: { ...application, parameters: [], skipCrds: true, skipTests: true, kubeVersion: '1.30', apiVersions: ['y.io/v2'] },
      kubeVersion: '1.34',
      apiVersions: ['x.io/v1'],
      valuesFile: 'v.json',
    });
    expect(args).not.toContain('--include-crds');
    expect(args.join(' ')).toContain('--kube-version 1.30 --values v.json --api-versions y.io/v2 --skip-tests');
  });
});

test.each([
  ['https://charts.jetstack.io', ['pull', 'cert-manager', '--repo', 'https://charts.jetstack.io']],
  ['oci://ghcr.io/org/charts/', ['pull', 'oci://ghcr.io/org/charts/cert-manager']],
  ['registry-1.docker.io/bitnamicharts', ['pull', 'oci://registry-1.docker.io/bitnamicharts/cert-manager']],
])('helm pull of %s', (repoURL, start) => {
  expect(pullArgs({ chart: 'cert-manager', version: 'v1.21.1', repoURL }, '/d')).toEqual([
    ...start,
    '--version',
    'v1.21.1',
    '--destination',
    '/d',
  ]);
});

describe('hooks as gitops-engine maps them', () => {
  const withAnnotations = (annotations: Record<string, string>): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', annotations },
  });
  test.each([
    [{ 'helm.sh/hook': 'pre-install,pre-upgrade' }, { annotation: 'helm.sh/hook: pre-install,pre-upgrade', phases: ['PreSync'] }],
    [{ 'helm.sh/hook': 'post-install' }, { annotation: 'helm.sh/hook: post-install', phases: ['PostSync'] }],
    [{ 'helm.sh/hook': 'test' }, { annotation: 'helm.sh/hook: test', phases: [] }],
    [{ 'helm.sh/hook': 'pre-delete' }, { annotation: 'helm.sh/hook: pre-delete', phases: [] }],
    [{ 'helm.sh/hook': 'crd-install' }, undefined],
    [
      { 'helm.sh/hook': 'pre-install', 'argocd.argoproj.io/hook': 'Sync' },
      { annotation: 'argocd.argoproj.io/hook: Sync', phases: ['Sync'] },
    ],
    [{ 'argocd.argoproj.io/hook': 'Skip' }, { annotation: 'argocd.argoproj.io/hook: Skip', phases: [] }],
    [{}, undefined],
  ])('%j', (annotations, expected) => expect(hookOf(withAnnotations(annotations))).toEqual(expected));
});

test('output lands as the API server stores it: namespace defaulted or dropped, Lists flattened, status dropped, YAML 1.1 scalars', () => {
  const output = [
    '---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  on: yes\n  mode: 0644\n',
    '---\n# Source: c/templates/b.yaml\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: b\n  namespace: ns\nrules: []\n',
    '---\n# Source: c/templates/list.yaml\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: example.com/v1\n    kind: Thing\n    metadata:\n      name: t\n    status:\n      ready: true\n',
    '---\n# Source: c/templates/empty.yaml\n',
    '---\n# Source: c/templates/bad.yaml\nfoo: bar\n',
  ].join('');
  const parsed = parseManifests(output, 'ns', new Set(['example.com/Thing']));
  expect(parsed.objects.map((o) => [o.source, o.object.kind, o.object.metadata.namespace])).toEqual([
    ['c/templates/a.yaml', 'ConfigMap', 'ns'],
    ['c/templates/b.yaml', 'ClusterRole', undefined],
    ['c/templates/list.yaml', 'Thing', undefined],
  ]);
  expect(parsed.objects[0].object.data).toEqual({ true: true, mode: 420 });
  expect(parsed.objects[2].object.status).toBeUndefined();
  expect(parsed.errors).toEqual([
    'c/templates/bad.yaml: a document that is not a Kubernetes object (apiVersion, kind and metadata are required)',
  ]);
});
