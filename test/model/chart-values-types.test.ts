/**
 * Chart values are typed by the chart version (imports/charts): an unknown key is a compile error.
 * The `@ts-expect-error` lines are the test: `npm run typecheck` fails ("unused @ts-expect-error")
 * the day one of them compiles. The runtime assertions only keep the objects alive.
 */
import { billing, helmChart, operatorChart, placement } from '../../config/components/define';

const base = {
  category: 'operator',
  namespace: 'matih-system',
  nodePool: 'system',
  description: 'typing test',
  source: '[TEST]',
  ports: [],
  podSelector: { app: 'x' },
  billing: billing('CC-TEST', 'x', 'test'),
} as const;

test('keys the chart version reads compile; others do not', () => {
  const ok = helmChart({
    ...base,
    chart: { repoURL: 'https://charts.crossplane.io/stable', name: 'crossplane', version: '2.3.4' },
    values: { customLabels: { a: 'b' }, rbacManager: placement('system'), resourcesCrossplane: { limits: { cpu: '1' } } },
  });
  const unknownKey = helmChart({
    ...base,
    chart: { repoURL: 'https://charts.crossplane.io/stable', name: 'crossplane', version: '2.3.4' },
    // @ts-expect-error crossplane 2.3.4 reads no podLabels (its pod labels are customLabels)
    values: { podLabels: { a: 'b' } },
  });
  // @ts-expect-error temporal-operator 0.6.0 reads placement under manager only: a spread top-level nodeSelector is caught too
  const spreadKey = helmChart({
    ...base,
    chart: { repoURL: 'https://alexandrevilain.github.io/temporal-operator', name: 'temporal-operator', version: '0.6.0' },
    values: { manager: { replicas: 1 }, ...placement('system') },
  });
  const wrongType = helmChart({
    ...base,
    chart: { repoURL: 'https://hub.jupyter.org/helm-chart/', name: 'jupyterhub', version: '3.3.8' },
    // @ts-expect-error the jupyterhub schema types singleuser.uid as an integer
    values: { singleuser: { uid: 'root' } },
  });
  const notVendored = helmChart({
    ...base,
    chart: { repoURL: 'https://charts.crossplane.io/stable', name: 'crossplane', version: '9.9.9' },
    // @ts-expect-error crossplane 9.9.9 is not vendored and has no exception: its values have no type at all
    values: { metrics: { enabled: true } },
  });
  // @ts-expect-error the family helpers (operatorChart, dataChart, ...) check the keys the same way
  const family = operatorChart('temporal-operator', {
    description: 'typing test',
    source: '[TEST]',
    chart: { repoURL: 'https://alexandrevilain.github.io/temporal-operator', name: 'temporal-operator', version: '0.6.0' },
    ports: [],
    podSelector: { app: 'x' },
    values: { manager: { replicas: 1 }, ...placement('system') },
  });
  expect([ok, unknownKey, spreadKey, wrongType, notVendored, family].map((c) => c.chart.version)).toEqual([
    '2.3.4',
    '2.3.4',
    '0.6.0',
    '3.3.8',
    '9.9.9',
    '0.6.0',
  ]);
});
