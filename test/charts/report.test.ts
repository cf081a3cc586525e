/** The charts:verify report: counts per kind, rejected workloads counted once per target, every finding listed under its Application. */
import { markdownReport, summaryLine } from '../../lib/charts/report';
import type { ChartFinding, TargetReport } from '../../lib/charts/verify';

const finding = (target: string, kind: ChartFinding['kind'], object: string, message: string): ChartFinding => ({
  target,
  application: 'app',
  kind,
  object,
  message,
});

const report = (target: string): TargetReport => ({
  target,
  kubeVersion: '1.34',
  apiVersions: ['x.io/v1', 'x.io/v1/X'],
  applications: [
    { application: 'app', chart: 'c', version: '1.0.0', namespace: 'ns', status: 'rendered', objects: 2, hooks: 1, notes: ['a note'] },
  ],
  findings: [
    finding(target, 'pod-security', 'Deployment ns/d', 'runAsNonRoot must be true'),
    finding(target, 'pod-security', 'Deployment ns/d', 'securityContext.capabilities.drop must include ALL'),
    finding(target, 'unread-value', undefined as unknown as string, 'values key a.b: no template of c 1.0.0 reads it'),
  ],
  accepted: [],
});

test('the summary line counts findings per kind and each rejected workload once', () => {
  expect(summaryLine(report('t1'))).toBe(
    't1: 1 Helm Applications (1 rendered, 0 not), 3 findings (render 0, pod-security 2, hook 0, schema 0, gate 0, image 0, inventory 0, hardening 0, lookup 0, random 0, unread-value 1, stand-in 0); 1 workloads in 1 Applications rejected by Pod Security; 0 accepted by config/chart-exceptions.ts; Kubernetes 1.34, 2 extra API versions',
  );
});

test('the Markdown report has a row per target, totals, and every finding and note per Application', () => {
  const text = markdownReport([report('t1'), report('t2')], '# title');
  expect(text).toContain('| t1 | 1 | 1 | 3 | 1 | 0 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 |');
  expect(text).toContain('| **all** | | | **6** | 2 | 0 | 4 |');
  expect(text).toContain('### app (c 1.0.0, ns): rendered, 2 objects, 1 hooks, 3 findings');
  expect(text).toContain('- **pod-security** (2)\n  - `Deployment ns/d`: runAsNonRoot must be true');
  expect(text).toContain('- note: a note');
});

test("an accepted finding is listed under its Application with the allow-list entry's rule and reason", () => {
  const hardening: TargetReport['findings'][number] = {
    ...finding('t1', 'hardening', 'Deployment ns/d', 'container c: readOnlyRootFilesystem is not true'),
    rule: 'pod-security',
  };
  const accepted: TargetReport = {
    ...report('t1'),
    accepted: [
      {
        finding: hardening,
        exception: { chart: 'c@1.0.0', rule: 'writable-root', object: 'Deployment d', container: 'c', reason: 'it writes' },
      },
    ],
  };
  expect(markdownReport([accepted], '# title')).toContain(
    '- accepted [writable-root] `Deployment ns/d`: container c: readOnlyRootFilesystem is not true; because it writes',
  );
});
