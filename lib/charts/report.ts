/** The charts:verify report: counts per kind, and every finding per target and Application. */
import { describeException } from './exceptions';
import type { ChartFinding, FindingKind, TargetReport } from './verify';

/** Kinds in the order the report lists them, with what each means. */
export const FINDING_KINDS: ReadonlyArray<{ readonly kind: FindingKind; readonly title: string }> = [
  { kind: 'render', title: 'render failures (chart missing, helm error, output that is not Kubernetes objects)' },
  { kind: 'pod-security', title: 'pods rejected by Pod Security admission (the namespace enforces restricted)' },
  { kind: 'hook', title: 'hooks whose pods are rejected (the sync never completes)' },
  { kind: 'schema', title: 'objects the Kubernetes 1.29 or CRD schema rejects' },
  { kind: 'gate', title: 'other gate rules (references, duplicates across Applications and dist/, RBAC, secrets, ...)' },
  { kind: 'image', title: 'images that are mutable (latest, no tag) or withdrawn' },
  { kind: 'inventory', title: 'images a chart runs that INVENTORY.md does not list for its Application' },
  { kind: 'hardening', title: "the project's hardening beyond Pod Security (read-only root filesystem)" },
  { kind: 'lookup', title: 'templates that call lookup (always empty under Argo CD)' },
  { kind: 'random', title: 'objects that change between two renders (random Secrets, generated certificates)' },
  { kind: 'unread-value', title: 'values keys the chart never reads' },
  { kind: 'stand-in', title: 'renders in which a stand-in subchart takes part' },
];

export function countsByKind(findings: readonly ChartFinding[]): Map<FindingKind, number> {
  const counts = new Map<FindingKind, number>(FINDING_KINDS.map(({ kind }) => [kind, 0]));
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return counts;
}

function countsLine(findings: readonly ChartFinding[]): string {
  return [...countsByKind(findings)].map(([kind, n]) => `${kind} ${n}`).join(', ');
}

/** Distinct objects with a finding of `kind` (a pod spec rejected for three reasons is one workload). */
export function objectsWith(findings: readonly ChartFinding[], kind: FindingKind): number {
  return new Set(findings.filter((f) => f.kind === kind).map((f) => `${f.target} ${f.application} ${f.object}`)).size;
}

/** One line per target. */
export function summaryLine(report: TargetReport): string {
  const rendered = report.applications.filter((a) => a.status === 'rendered').length;
  const rejected = objectsWith(report.findings, 'pod-security');
  const charts = new Set(report.findings.filter((f) => f.kind === 'pod-security').map((f) => f.application)).size;
  return `${report.target}: ${report.applications.length} Helm Applications (${rendered} rendered, ${report.applications.length - rendered} not), ${report.findings.length} findings (${countsLine(report.findings)}); ${rejected} workloads in ${charts} Applications rejected by Pod Security; ${report.accepted.length} accepted by config/chart-exceptions.ts; Kubernetes ${report.kubeVersion}, ${report.apiVersions.length} extra API versions`;
}

export function findingLine(f: ChartFinding): string {
  const where = [f.object, f.source ? `(${f.source})` : undefined].filter(Boolean).join(' ');
  return `${f.target}/${f.application} [${f.kind}${f.rule && f.rule !== f.kind ? `:${f.rule}` : ''}] ${where ? `${where}: ` : ''}${f.message}`;
}

/** The report as Markdown: totals, then per target and Application every finding, grouped by kind. */
export function markdownReport(reports: readonly TargetReport[], header: string, unused: readonly string[] = []): string {
  const all = reports.flatMap((r) => r.findings);
  const lines = [
    header,
    '',
    `| target | Applications | rendered | findings | rejected workloads | ${FINDING_KINDS.map((k) => k.kind).join(' | ')} |`,
  ];
  lines.push(`|---|---|---|---|---|${FINDING_KINDS.map(() => '---').join('|')}|`);
  for (const r of reports) {
    const counts = countsByKind(r.findings);
    const rendered = r.applications.filter((a) => a.status === 'rendered').length;
    lines.push(
      `| ${r.target} | ${r.applications.length} | ${rendered} | ${r.findings.length} | ${objectsWith(r.findings, 'pod-security')} | ${FINDING_KINDS.map((k) => counts.get(k.kind)).join(' | ')} |`,
    );
  }
  const totals = countsByKind(all);
  lines.push(
    `| **all** | | | **${all.length}** | ${objectsWith(all, 'pod-security')} | ${FINDING_KINDS.map((k) => totals.get(k.kind)).join(' | ')} |`,
    '',
  );
  lines.push(
    'Kinds (a finding is one message; a workload rejected for three reasons counts once under rejected workloads):',
    '',
    ...FINDING_KINDS.map((k) => `- \`${k.kind}\`: ${k.title}`),
    '',
  );
  const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  if (unused.length > 0)
    lines.push('## Entries of config/chart-exceptions.ts that accepted nothing', '', ...unused.map((u) => `- ${escape(u)}`), '');
  for (const r of reports) {
    lines.push(`## ${r.target}`, '');
    for (const app of r.applications) {
      const own = r.findings.filter((f) => f.application === app.application);
      const version = app.rendered && app.rendered !== app.version ? `${app.version} (rendered ${app.rendered})` : app.version;
      lines.push(
        `### ${app.application} (${app.chart} ${version}, ${app.namespace || 'no namespace'}): ${app.status}, ${app.objects} objects, ${app.hooks} hooks, ${own.length} findings`,
        '',
      );
      for (const { kind } of FINDING_KINDS) {
        const list = own.filter((f) => f.kind === kind);
        if (list.length === 0) continue;
        lines.push(`- **${kind}** (${list.length})`);
        for (const f of list) {
          const where = [f.object ? `\`${f.object}\`` : undefined, f.source ? `(${f.source})` : undefined].filter(Boolean).join(' ');
          lines.push(`  - ${where ? `${where}: ` : ''}${escape(f.message)}${f.rule && f.rule !== kind ? ` [${f.rule}]` : ''}`);
        }
      }
      for (const { finding, exception } of r.accepted.filter((a) => a.finding.application === app.application)) {
        const where = [finding.object ? `\`${finding.object}\`` : undefined, finding.source ? `(${finding.source})` : undefined]
          .filter(Boolean)
          .join(' ');
        lines.push(
          `- accepted [${exception.rule}] ${where ? `${where}: ` : ''}${escape(finding.message)}; because ${escape(exception.reason)}`,
        );
      }
      for (const note of app.notes) lines.push(`- note: ${escape(note)}`);
      lines.push('');
    }
    const dist = r.findings.filter((f) => f.application === '(dist)');
    if (dist.length > 0) {
      lines.push("### (dist): objects of the target's own manifests", '');
      for (const f of dist) lines.push(`- [${f.kind}] \`${f.object}\` (${f.source}): ${escape(f.message)}`);
      lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The line for an allow-list entry that accepted no finding in a full run. */
export function unusedExceptionLine(e: Parameters<typeof describeException>[0]): string {
  return `config/chart-exceptions.ts: ${describeException(e)} accepts no finding of this run: remove it`;
}
