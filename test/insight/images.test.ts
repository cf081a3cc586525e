import { INVENTORY_FILE } from '../../lib/insight';
import { chartImages, mutableTagWarning, valuesImages } from '../../lib/insight/images';
import type { K8sObject } from '../../lib/k8s/object';
import { CHART_DEFAULT_IMAGES, TEMPLATE_TAG_DEFAULTS } from '../../config/chart-images';
import { CHART_VALUES_EXCEPTIONS } from '../../config/chart-values';
import { allObjects, renderedTarget, TARGET_NAMES } from '../support/render';

describe('image references', () => {
  test('a missing tag or a moving one is mutable; a version or a digest is not', () => {
    expect(mutableTagWarning('busybox')).toBe('mutable: no tag (pulls latest)');
    expect(mutableTagWarning('localhost:5000/busybox')).toBe('mutable: no tag (pulls latest)');
    expect(mutableTagWarning('lmcache/lmstack-router:latest')).toBe('mutable tag: latest');
    expect(mutableTagWarning('ghcr.io/x/y:main')).toBe('mutable tag: main');
    expect(mutableTagWarning('trinodb/trino:458')).toBeUndefined();
    expect(mutableTagWarning(`x/y@sha256:${'a'.repeat(64)}`)).toBeUndefined();
  });

  test('chart value conventions: repository/tag, registry/image/digest, z2jh names, chart-wide prefixes, appVersion', () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(
      valuesImages(
        {
          imageRegistry: 'quay.io',
          imageNamespace: 'jetstack',
          image: { name: 'cert-manager-controller', repository: '' },
          controller: { image: { registry: 'registry.k8s.io', image: 'ingress-nginx/controller', tag: 'v1', digest } },
          hub: { image: { name: 'quay.io/jupyterhub/k8s-hub', tag: 'set-by-chartpress' } },
          router: { repository: 'lmcache/lmstack-router', tag: 'v0.1.12' },
          off: { enabled: false, image: { repository: 'never/runs', tag: '1' } },
          models: [{ name: 'llm', repository: 'vllm/vllm-openai', tag: 'v0.9.1' }],
          operations: { image: 'neo4j/helm-charts-operations:5.26.21' },
          'kube-state-metrics': { image: { registry: 'registry.k8s.io', repository: 'kube-state-metrics/kube-state-metrics', tag: '' } },
        },
        '1.2.3',
        { 'kube-state-metrics': '2.13.0' },
      ),
    ).toEqual([
      { image: 'quay.io/jetstack/cert-manager-controller:1.2.3', path: 'image', fromAppVersion: true },
      { image: `registry.k8s.io/ingress-nginx/controller@${digest}`, path: 'controller.image' },
      { image: 'quay.io/jupyterhub/k8s-hub:1.2.3', path: 'hub.image', fromAppVersion: true },
      { image: 'lmcache/lmstack-router:v0.1.12', path: 'router' },
      { image: 'vllm/vllm-openai:v0.9.1', path: 'models[0]' },
      { image: 'neo4j/helm-charts-operations:5.26.21', path: 'operations.image' },
      { image: 'registry.k8s.io/kube-state-metrics/kube-state-metrics:2.13.0', path: 'kube-state-metrics.image', fromAppVersion: true },
    ]);
  });

  test("Strimzi's default registry, repository and tag", () => {
    expect(
      valuesImages({
        defaultImageRegistry: 'quay.io',
        defaultImageRepository: 'strimzi',
        defaultImageTag: '1.2.0',
        image: { registry: '', repository: '', name: 'operator', tag: '' },
      }),
    ).toEqual([{ image: 'quay.io/strimzi/operator:1.2.0', path: 'image' }]);
  });

  test('a Helm Application: chart defaults merged with its valuesObject, with a warning for a mutable override', () => {
    const app = (values: Record<string, unknown>) =>
      ({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name: 'temporal-operator', namespace: 'argocd' },
        spec: { source: { chart: 'temporal-operator', targetRevision: '0.6.0', helm: { valuesObject: values } } },
      }) as K8sObject;
    expect(chartImages(app({}))).toEqual([
      {
        image: 'ghcr.io/alexandrevilain/temporal-operator:v0.20.0',
        application: 'temporal-operator',
        source: 'values: manager.image (tag: appVersion)',
      },
    ]);
    expect(chartImages(app({ manager: { image: { tag: 'latest' } } }))).toEqual([
      {
        image: 'ghcr.io/alexandrevilain/temporal-operator:latest',
        application: 'temporal-operator',
        source: 'values: manager.image',
        warning: 'mutable tag: latest',
      },
    ]);
  });
});

describe('images the values do not show (config/chart-images.ts)', () => {
  const app = (chart: string, version: string, values: Record<string, unknown> = {}) =>
    ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: chart, namespace: 'argocd' },
      spec: { source: { chart, targetRevision: version, helm: { valuesObject: values } } },
    }) as K8sObject;
  const tables = {
    defaults: {
      'widget@1.0.0': [
        { image: 'quay.io/acme/widget:1.0.0', values: 'image' },
        { image: 'quay.io/acme/job:2.0.0', values: 'job.image' },
        { image: 'quay.io/acme/agent:3.0.0', note: 'agent of Widget pods' },
      ],
    },
    templateTags: {},
  };

  test("an unvendored chart's default images, overridden by its values the way Helm merges them", () => {
    expect(chartImages(app('widget', '1.0.0', { image: { tag: '1.0.1' }, job: { enabled: false } }), tables)).toEqual([
      { image: 'quay.io/acme/widget:1.0.1', application: 'widget', source: 'values: image' },
      { image: 'quay.io/acme/agent:3.0.0', application: 'widget', source: 'chart defaults (config/chart-images.ts): agent of Widget pods' },
    ]);
    expect(chartImages(app('widget', '1.0.0'), tables).map((u) => `${u.image} ${u.source}`)).toEqual([
      'quay.io/acme/widget:1.0.0 chart defaults (config/chart-images.ts): image',
      'quay.io/acme/job:2.0.0 chart defaults (config/chart-images.ts): job.image',
      'quay.io/acme/agent:3.0.0 chart defaults (config/chart-images.ts): agent of Widget pods',
    ]);
  });

  test('every unvendored chart an Application of any cluster pins has its default images listed; every table entry names a pinned version', () => {
    const unvendored = new Set<string>(CHART_VALUES_EXCEPTIONS.filter((e) => e.skip === 'unvendored').map((e) => e.chart));
    const pinned = new Set<string>();
    for (const target of TARGET_NAMES)
      for (const o of allObjects(renderedTarget(target))) {
        const source = (o as { spec?: { source?: { chart?: string; targetRevision?: string } } }).spec?.source;
        if (o.kind === 'Application' && source?.chart) pinned.add(`${source.chart}@${source.targetRevision}`);
      }
    expect([...pinned].filter((k) => unvendored.has(k) && !Object.hasOwn(CHART_DEFAULT_IMAGES, k))).toEqual([]);
    // A bumped chart leaves its entries behind, silently unused: they must name what is pinned.
    expect([...Object.keys(CHART_DEFAULT_IMAGES), ...Object.keys(TEMPLATE_TAG_DEFAULTS)].filter((k) => !pinned.has(k))).toEqual([]);
  });

  test("a template's own tag default wins over the appVersion, flagged when mutable and when the values never render it", () => {
    const loki = (values: Record<string, unknown>) =>
      chartImages(app('loki', '6.16.0', values)).find((u) => u.source.startsWith('values: kubectlImage'));
    expect(loki({})).toEqual({
      image: 'docker.io/bitnami/kubectl:latest',
      application: 'loki',
      source: 'values: kubectlImage (tag: template default)',
      warning: 'not run with these values (only with enterprise.enabled); mutable tag: latest',
    });
    expect(loki({ enterprise: { enabled: true } })?.warning).toBe('mutable tag: latest');
    expect(loki({ kubectlImage: { tag: '1.31.0' } })).toMatchObject({
      image: 'docker.io/bitnami/kubectl:1.31.0',
      source: 'values: kubectlImage',
    });
  });

  test("Strimzi's image-map prefixes get the operator's -kafka-<version> suffix and say what picks the version", () => {
    const kafka = chartImages(app('strimzi-kafka-operator', '1.2.0', {})).filter((u) => /^values: kafka(Connect)?\.image/.test(u.source));
    expect(kafka.map((u) => u.image)).toEqual(['quay.io/strimzi/kafka:1.2.0-kafka-4.3.1', 'quay.io/strimzi/kafka:1.2.0-kafka-4.3.1']);
    expect(kafka.every((u) => u.warning?.includes('the Kafka version a resource names'))).toBe(true);
  });
});

describe('the images section of INVENTORY.md', () => {
  const md = renderedTarget('prod-azure').extraFiles.get(INVENTORY_FILE)!;
  const rows = md
    .split('\n## ')
    .find((s) => s.startsWith('Images'))!
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.slice(2, -2).split(' | '));

  test('first-party pods by the folder Application that syncs them, and chart images by their Helm Application', () => {
    expect(rows).toContainEqual([
      '`matihlabsacr.azurecr.io/matih/api-gateway:1.3.0`',
      'matih-workloads',
      'Deployment/api-gateway api-gateway',
      '',
    ]);
    expect(rows).toContainEqual(['`trinodb/trino:458`', 'trino', 'values: image', '']);
    expect(rows).toContainEqual(['`lmcache/lmstack-router:v0.1.12`', 'vllm', 'values: routerSpec', '']);
    expect(rows).toContainEqual(['`quay.io/okdp/hive-metastore:4.0.1-1.4.0`', 'hive-metastore', 'values: image', '']);
  });

  test('the heading counts what the table warns about', () => {
    const heading = md.split('\n').find((l) => l.startsWith('## Images'))!;
    const mutable = rows.filter((r) => r[3].includes('mutable')).length;
    expect(heading).toBe(`## Images (${new Set(rows.map((r) => r[0])).size} distinct, ${mutable} mutable)`);
  });
});
