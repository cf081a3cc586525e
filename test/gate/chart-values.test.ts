/**
 * The chart-values rule: merged values against the chart's schema, keys set against the chart's
 * reads, and chart versions without vendored files. Shipped Applications broken by hand, plus a
 * small synthetic chart for the exception kinds.
 */
import { CHART_PODS } from '../../config/chart-pods';
import { CHART_VALUES_EXCEPTIONS, CHARTS_NOT_IMPORTED } from '../../config/chart-values';
import { COMPONENTS } from '../../config/components';
import { contextOf, type Located } from '../../lib/gate';
import { ReadPaths } from '../../lib/gate/helm-values';
import { chartValuesRule } from '../../lib/gate/rules/chart-values';
import { chartKey, vendoredChart, vendoredChartKeys, type VendoredChart } from '../../lib/gate/vendored-chart';
import type { K8sObject } from '../../lib/k8s/object';
import { renderedTarget } from '../support/render';

type App = K8sObject & { spec: { source: { chart: string; targetRevision: string; helm: { valuesObject: Record<string, any> } } } };

/** The findings of the rule on prod-azure's Application `name` after `change` edits a copy of it. */
function findingsAfter(name: string, change: (app: App) => void, rule = chartValuesRule()): string[] {
  const rendered = renderedTarget('prod-azure');
  const app = structuredClone(rendered.files.get(`apps/${name}.yaml`)!.find((o) => o.kind === 'Application')!) as App;
  change(app);
  return rule(contextOf('prod-azure', [{ file: `apps/${name}.yaml`, object: app } as Located])).map((f) => f.message);
}

describe('chart-values rule on shipped Applications', () => {
  test('quiet on the shipped crossplane Application', () => {
    expect(findingsAfter('crossplane', () => undefined)).toEqual([]);
  });

  test('a key the chart never reads is reported, with the nearest key it does read', () => {
    expect(
      findingsAfter('crossplane', (app) => {
        app.spec.source.helm.valuesObject.resourcesCrosplane = {};
        app.spec.source.helm.valuesObject.rbacManager.podLabels = { a: 'b' };
      }),
    ).toEqual([
      'spec.source.helm: values key rbacManager.podLabels is never read by crossplane@2.3.4 (not in its template-refs.txt; Helm ignores it)',
      'spec.source.helm: values key resourcesCrosplane is never read by crossplane@2.3.4 (not in its template-refs.txt; Helm ignores it) (did you mean "resourcesCrossplane"?)',
    ]);
  });

  test('a key anywhere under a subtree the chart uses whole (`*`) counts as read', () => {
    expect(
      findingsAfter('crossplane', (app) => {
        app.spec.source.helm.valuesObject.affinity = { nodeAffinity: { anything: { deeper: true } } };
        app.spec.source.helm.valuesObject.securityContextCrossplane.notAKubernetesField = true;
      }),
    ).toEqual([]);
  });

  test('a value of the wrong type fails the chart schema (merged with the chart defaults)', () => {
    expect(
      findingsAfter('jupyterhub', (app) => {
        app.spec.source.helm.valuesObject.singleuser.uid = 'root';
        app.spec.source.helm.valuesObject.singleuser.tolerations = [];
      }),
    ).toEqual([
      'spec.source.helm: values of jupyterhub@3.3.8 fail its values.schema.json: singleuser.uid: expected integer or null, found string "root"',
      'spec.source.helm: values of jupyterhub@3.3.8 fail its values.schema.json: singleuser.tolerations: unknown key',
    ]);
  });

  test('null deletes a chart default before the schema sees it, as in Helm (jupyterhub requires its debug section)', () => {
    expect(findingsAfter('jupyterhub', (app) => void (app.spec.source.helm.valuesObject.debug = null))).toEqual([
      'spec.source.helm: values of jupyterhub@3.3.8 fail its values.schema.json: debug: required key is missing',
    ]);
  });

  test('a chart version without vendored files is an error unless excepted', () => {
    expect(findingsAfter('crossplane', (app) => void (app.spec.source.targetRevision = '2.3.5'))).toEqual([
      'spec.source: chart crossplane@2.3.5 has no vendored values (../shared/charts/crossplane/2.3.5, npm run import -- --charts) and no exception in config/chart-values.ts',
    ]);
    const excepted = chartValuesRule({ exceptions: [{ chart: 'crossplane@2.3.5', skip: 'unvendored', reason: 'test' }] });
    expect(findingsAfter('crossplane', (app) => void (app.spec.source.targetRevision = '2.3.5'), excepted)).toEqual([]);
  });
});

describe('chart-values rule on a synthetic chart', () => {
  const chart = (reads: string[] | null): VendoredChart => ({
    key: 'demo@1.0.0',
    chart: 'demo',
    version: '1.0.0',
    defaults: { replicas: 1, image: { tag: 'v1' } },
    schemas: [{ path: '', schema: { properties: { replicas: { type: 'integer' } } } }],
    reads,
    ...(reads ? { readPaths: new ReadPaths(reads) } : {}),
  });
  const app = (values: Record<string, unknown>): Located => ({
    file: 'apps/demo.yaml',
    object: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'demo', namespace: 'argocd' },
      spec: { source: { chart: 'demo', targetRevision: '1.0.0', helm: { valuesObject: values } } },
    } as K8sObject,
  });
  const run = (reads: string[] | null, values: Record<string, unknown>, skip?: 'unread-keys' | 'findings') =>
    chartValuesRule({ lookup: () => chart(reads), exceptions: skip ? [{ chart: 'demo@1.0.0', skip, reason: 'test' }] : [] })(
      contextOf('t', [app(values)]),
    ).map((f) => f.message);

  test('without template-refs.txt, keys set are an error unless excepted; the schema is checked either way', () => {
    expect(run(null, { replicas: 2 })).toEqual([
      'spec.source.helm: demo@1.0.0 has no vendored template-refs.txt, so the keys set cannot be checked: vendor it, or add an "unread-keys" exception to config/chart-values.ts',
    ]);
    expect(run(null, { replicas: 'two' }, 'unread-keys')).toEqual([
      'spec.source.helm: values of demo@1.0.0 fail its values.schema.json: replicas: expected integer, found string "two"',
    ]);
    expect(run(null, {})).toEqual([]);
  });

  test('a `findings` exception silences the chart entirely', () => {
    expect(run(['replicas *'], { replicas: 'two', other: 1 })).toHaveLength(2);
    expect(run(['replicas *'], { replicas: 'two', other: 1 }, 'findings')).toEqual([]);
  });
});

describe('the exceptions of config/chart-values.ts', () => {
  const pinned = Object.values(COMPONENTS).flatMap((c) => (c.kind === 'chart' ? [chartKey(c.chart.name, c.chart.version)] : []));

  test('every exception names a chart version the catalog pins (a stale one fails here)', () => {
    expect(CHART_VALUES_EXCEPTIONS.map((e) => e.chart).filter((k) => !pinned.includes(k))).toEqual([]);
  });

  test('every pinned chart version is vendored, or excepted as unvendored (and never both)', () => {
    const unvendored = new Set(CHART_VALUES_EXCEPTIONS.filter((e) => e.skip === 'unvendored').map((e) => e.chart));
    const vendored = new Set(vendoredChartKeys());
    expect(pinned.filter((k) => vendored.has(k) === unvendored.has(k as never))).toEqual([]);
  });

  test("every imported chart version is pinned, or is the version its pinned chart's pod map is checked against (no leftovers)", () => {
    const pinnedCharts = new Set(pinned.map((k) => k.slice(0, k.lastIndexOf('@'))));
    const podMapReferences = Object.entries(CHART_PODS).map(([chart, map]) => chartKey(chart, map.versions[0]));
    const leftovers = vendoredChartKeys().filter(
      (k) => !pinned.includes(k) && !(podMapReferences.includes(k) && pinnedCharts.has(k.slice(0, k.lastIndexOf('@')))),
    );
    expect(leftovers).toEqual([]);
  });

  test('every pod map is of a chart the catalog pins, and no pinned version is listed as not imported', () => {
    const pinnedCharts = new Set(pinned.map((k) => k.slice(0, k.lastIndexOf('@'))));
    expect(Object.keys(CHART_PODS).filter((chart) => !pinnedCharts.has(chart))).toEqual([]);
    expect(pinned.filter((k) => Object.hasOwn(CHARTS_NOT_IMPORTED, k))).toEqual([]);
  });

  test('the vendored data loads once per process', () => {
    expect(vendoredChart('crossplane', '2.3.4')).toBe(vendoredChart('crossplane', '2.3.4'));
    expect(vendoredChart('crossplane', '9.9.9')).toBeUndefined();
  });
});
