/**
 * The per-chart allow-list of config/chart-exceptions.ts: an entry accepts exactly the findings it
 * names (chart version, rule, object, message text), never a pod Pod Security rejects, never an
 * object of dist/; an entry that accepts nothing is reported; every entry names a chart version
 * the catalog pins.
 */
import { CHART_OUTPUT_EXCEPTIONS, type ChartOutputException } from '../../config/chart-exceptions';
import { COMPONENTS } from '../../config/components';
import { applyChartExceptions, unusedExceptions } from '../../lib/charts/exceptions';
import type { ChartFinding } from '../../lib/charts/verify';

const finding = (application: string, kind: ChartFinding['kind'], object: string, message: string, rule?: string): ChartFinding => ({
  target: 't',
  application,
  kind,
  object,
  message,
  ...(rule ? { rule } : {}),
});

const LIST: ChartOutputException[] = [
  { chart: 'op@1.0.0', rule: 'rbac', object: 'ClusterRole op', match: 'rules[1].verbs', reason: 'r' },
  { chart: 'op@1.0.0', rule: 'writable-root', object: 'Deployment op', container: 'manager', reason: 'r' },
  { chart: 'op@1.0.0', rule: 'lookup', object: 'op/templates/_helpers.tpl', match: '"op.password"', reason: 'r' },
  // Written as if it could accept what Pod Security rejects: it must not.
  { chart: 'op@1.0.0', rule: 'pod-security' as never, object: 'Deployment op', reason: 'r' },
  { chart: 'op@1.0.0', rule: 'no-secrets', object: 'Secret never-rendered', reason: 'r' },
  { chart: 'op@1.0.0', rule: 'sensitive-api', object: 'Role op', match: 'rules[1]: grants get on secrets', reason: 'r' },
  // A sensitive grant the chart no longer renders: stale.
  { chart: 'op@1.0.0', rule: 'sensitive-api', object: 'ClusterRole op', match: 'rules[0]: grants create on pods/exec', reason: 'r' },
];
const UNDECLARED = 'to ServiceAccount ns/op, which the model does not declare';
const chartOf = (app: string) => ({ op: 'op@1.0.0', newer: 'op@2.0.0' })[app];

test('an entry accepts only the findings of its chart version, rule, object and message text', () => {
  const findings = [
    finding('op', 'gate', 'ClusterRole op', 'rules[1].verbs: wildcard "*"', 'rbac'),
    finding('op', 'gate', 'ClusterRole op', 'rules[2].verbs: wildcard "*"', 'rbac'),
    finding('op', 'gate', 'ClusterRole other', 'rules[1].verbs: wildcard "*"', 'rbac'),
    finding('newer', 'gate', 'ClusterRole op', 'rules[1].verbs: wildcard "*"', 'rbac'),
    finding(
      'op',
      'hardening',
      'Deployment ns/op',
      'spec.template.spec.containers[0] (manager): securityContext.readOnlyRootFilesystem must be true',
      'pod-security',
    ),
    finding(
      'op',
      'hardening',
      'Deployment ns/op',
      'spec.template.spec.containers[1] (sidecar): securityContext.readOnlyRootFilesystem must be true',
      'pod-security',
    ),
    finding(
      'op',
      'pod-security',
      'Deployment ns/op',
      'spec.template.spec.containers[0] (manager): runAsNonRoot must be true',
      'pod-security',
    ),
    { ...finding('op', 'lookup', '', 'calls lookup in "op.password" (line 3)'), object: undefined, source: 'op/templates/_helpers.tpl' },
    { ...finding('op', 'lookup', '', 'calls lookup (line 9)'), object: undefined, source: 'op/templates/pvc.yaml' },
    finding('(dist)', 'gate', 'ClusterRole op', 'rules[1].verbs: wildcard "*"', 'rbac'),
    finding('op', 'gate', 'Role ns/op', `rules[1]: grants get on secrets ${UNDECLARED}`, 'sensitive-api'),
    finding('op', 'gate', 'Role ns/op', `rules[10]: grants get on secrets ${UNDECLARED}`, 'sensitive-api'),
    finding('op', 'gate', 'Role ns/op', `rules[1]: grants create on pods/exec ${UNDECLARED}`, 'sensitive-api'),
    finding('op', 'gate', 'ClusterRole op', `rules[0]: grants create on pods/exec ${UNDECLARED}`, 'rbac'),
  ];
  const { kept, accepted } = applyChartExceptions(findings, chartOf, LIST);
  expect(accepted.map((a) => findings.indexOf(a.finding))).toEqual([0, 4, 7, 10]);
  expect(kept.map((f) => findings.indexOf(f))).toEqual([1, 2, 3, 5, 6, 8, 9, 11, 12, 13]);
  // An entry that matched nothing in the run is reported once its chart rendered; the Pod Security one never matches, and the
  // sensitive-api entry for ClusterRole op does not take an rbac finding with the same text.
  expect(unusedExceptions(new Set(['op@1.0.0']), accepted, LIST).map((e) => `${e.rule} ${e.object}`)).toEqual([
    'pod-security Deployment op',
    'no-secrets Secret never-rendered',
    'sensitive-api ClusterRole op',
  ]);
  expect(unusedExceptions(new Set(['other@1.0.0']), accepted, LIST)).toEqual([]);
});

test('every entry names a chart version the catalog pins, with a reason', () => {
  const pinned = new Set(Object.values(COMPONENTS).flatMap((c) => (c.kind === 'chart' ? [`${c.chart.name}@${c.chart.version}`] : [])));
  for (const e of CHART_OUTPUT_EXCEPTIONS) {
    expect({ entry: `${e.chart} ${e.object}`, pinned: pinned.has(e.chart) }).toEqual({ entry: `${e.chart} ${e.object}`, pinned: true });
    expect(e.reason.length).toBeGreaterThan(20);
  }
});
