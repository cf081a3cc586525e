/**
 * The per-chart allow-list of config/chart-exceptions.ts applied to what charts:verify finds in a
 * chart's output (never to dist/: the platform's own manifests get no exception here). A finding is
 * accepted when an entry names the chart version that rendered it, its rule, its object (kind and
 * name) and, where given, text its message contains; accepted findings stay in the report, with
 * the entry's reason. An entry that accepts nothing in a whole run is itself a finding, so the list
 * shrinks when a chart bump or a values fix makes an entry obsolete.
 */
import { CHART_OUTPUT_EXCEPTIONS, type ChartOutputException } from '../../config/chart-exceptions';

/** What the allow-list reads of a charts:verify finding (ChartFinding of verify.ts). */
export interface ChartFinding {
  readonly application: string;
  readonly kind: string;
  readonly object?: string;
  readonly rule?: string;
  readonly source?: string;
  readonly message: string;
}

/** A finding the allow-list accepts, with the entry that accepts it. */
export interface AcceptedFinding<F extends ChartFinding = ChartFinding> {
  readonly finding: F;
  readonly exception: ChartOutputException;
}

/** `Kind ns/name` or `Kind name` (describeObject) -> kind and name. */
function kindAndName(object: string | undefined): { kind: string; name: string } | undefined {
  if (!object) return undefined;
  const space = object.indexOf(' ');
  if (space < 0) return undefined;
  const rest = object.slice(space + 1);
  return { kind: object.slice(0, space), name: rest.slice(rest.lastIndexOf('/') + 1) };
}

/** The rule of an entry as the finding names it: writable roots are the `hardening` findings of pod-security. */
function ruleMatches(exception: ChartOutputException, finding: ChartFinding): boolean {
  if (exception.rule === 'writable-root') return finding.kind === 'hardening' && finding.rule === 'pod-security';
  if (exception.rule === 'lookup') return finding.kind === 'lookup';
  // A pod Pod Security admission rejects stays rejected whatever this list says: no entry can accept one; a writable
  // root is accepted only by a writable-root entry naming its container.
  if (finding.kind === 'pod-security' || finding.kind === 'hook' || finding.kind === 'hardening') return false;
  return finding.rule === exception.rule;
}

/** True when `exception` accepts `finding`, a finding of an Application that rendered chart version `chart`. */
export function accepts(exception: ChartOutputException, chart: string, finding: ChartFinding): boolean {
  if (exception.chart !== chart || !ruleMatches(exception, finding)) return false;
  if (exception.rule === 'lookup') {
    // Lookups are findings about a template, not an object: `object` names the template file.
    return finding.source === exception.object && (exception.match === undefined || finding.message.includes(exception.match));
  }
  const target = kindAndName(finding.object);
  const wanted = kindAndName(exception.object);
  if (!target || !wanted || target.kind !== wanted.kind || target.name !== wanted.name) return false;
  if (exception.rule === 'writable-root')
    return finding.message.includes(`(${exception.container}): securityContext.readOnlyRootFilesystem`);
  return exception.match === undefined || finding.message.includes(exception.match);
}

/** Splits findings into those that stay and those an entry accepts; `chartOf` gives the chart version an Application rendered. */
export function applyChartExceptions<F extends ChartFinding>(
  findings: readonly F[],
  chartOf: (application: string) => string | undefined,
  exceptions: readonly ChartOutputException[] = CHART_OUTPUT_EXCEPTIONS,
): { kept: F[]; accepted: Array<AcceptedFinding<F>> } {
  const kept: F[] = [];
  const accepted: Array<AcceptedFinding<F>> = [];
  for (const finding of findings) {
    const chart = finding.application === '(dist)' ? undefined : chartOf(finding.application);
    const exception = chart === undefined ? undefined : exceptions.find((e) => accepts(e, chart, finding));
    if (exception) accepted.push({ finding, exception });
    else kept.push(finding);
  }
  return { kept, accepted };
}

/** Entries for charts rendered in the run that accepted nothing on any target. */
export function unusedExceptions(
  rendered: ReadonlySet<string>,
  accepted: readonly AcceptedFinding[],
  exceptions: readonly ChartOutputException[] = CHART_OUTPUT_EXCEPTIONS,
): ChartOutputException[] {
  const used = new Set(accepted.map((a) => a.exception));
  return exceptions.filter((e) => rendered.has(e.chart) && !used.has(e));
}

/** One line naming an entry (for the report and the unused-entry finding). */
export function describeException(e: ChartOutputException): string {
  const what = e.rule === 'writable-root' ? `${e.object} container ${e.container}` : `${e.object}${e.match ? ` "${e.match}"` : ''}`;
  return `${e.chart} ${e.rule} ${what}`;
}
