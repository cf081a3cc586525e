import type { Measurement } from './measure';

/** One synthetic tenant set synthesized into one target. */
export interface SizeResult {
  readonly tenants: number;
  readonly status: 'ok' | 'failed' | 'timed out';
  readonly wallMs: number;
  readonly cpuMs: number | null;
  readonly peakRssMb: number | null;
  readonly files: number;
  readonly bytes: number;
  readonly objects: number | null;
  /** What apps/k8s.ts reports about itself (render+insight+validate, write, total), when it printed it. */
  readonly app: {
    readonly renderMs?: number;
    readonly validateMs?: number;
    readonly writeMs?: number;
    readonly graphvizMs?: number;
    readonly totalMs?: number;
  };
  readonly floorMs: number | null;
  readonly floorCpuMs: number | null;
  /** wallMs / floorMs: the whole synth process against serializing the same objects once. */
  readonly ratio: number | null;
  /** cpuMs / floorCpuMs: the same in CPU time (steadier than wall time on a loaded machine). */
  readonly cpuRatio: number | null;
  /** Marginal wall ms per tenant against the smallest size: (wall(N) - wall(base)) / (N - base). */
  readonly perTenantMs: number | null;
  readonly perTenantCpuMs: number | null;
  readonly error?: string;
}

export interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  readonly verdict: 'pass' | 'FAIL' | 'not measured';
}

const fmt = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function sizeTable(results: readonly SizeResult[]): string {
  return table(
    [
      'tenants',
      'status',
      'wall ms',
      'cpu ms',
      'rss MB',
      'objects',
      'files',
      'MB out',
      'app ms',
      'floor ms',
      'floor cpu',
      'wall/floor',
      'cpu/floor',
      'ms/tenant',
      'cpu/tenant',
    ],
    results.map((r) => [
      String(r.tenants),
      r.status,
      fmt(r.wallMs),
      fmt(r.cpuMs),
      fmt(r.peakRssMb),
      fmt(r.objects),
      String(r.files),
      fmt(r.bytes / 1024 / 1024, 1),
      fmt(r.app.totalMs),
      fmt(r.floorMs),
      fmt(r.floorCpuMs),
      fmt(r.ratio, 2),
      fmt(r.cpuRatio, 2),
      fmt(r.perTenantMs, 3),
      fmt(r.perTenantCpuMs, 3),
    ]),
  );
}

export function commandTable(measurements: readonly Measurement[]): string {
  return table(
    ['command', 'exit', 'wall ms', 'cpu ms', 'rss MB', 'node procs'],
    measurements.map((m) => [
      m.label,
      m.timedOut ? 'timeout' : String(m.exitCode),
      fmt(m.wallMs),
      fmt(m.cpuMs),
      fmt(m.peakRssMb),
      String(m.nodeProcesses),
    ]),
  );
}

export function budgetTable(budgets: readonly Budget[]): string {
  return table(
    ['budget', 'limit', 'measured', 'verdict'],
    budgets.map((b) => [b.name, b.limit, b.measured, b.verdict]),
  );
}

function verdict(measured: number | null | undefined, limit: number): Budget['verdict'] {
  if (measured === null || measured === undefined || !Number.isFinite(measured)) return 'not measured';
  return measured <= limit ? 'pass' : 'FAIL';
}

/** The performance budgets (README, "Performance budgets") against what was measured. */
export function budgets(sizes: readonly SizeResult[], commands: ReadonlyMap<string, Measurement>): Budget[] {
  const ok = (m: Measurement | undefined) => (m && m.exitCode === 0 && !m.timedOut ? m : undefined);
  const full = ok(commands.get('npm run synth'));
  const test = ok(commands.get('npm test'));
  const typecheck = ok(commands.get('npm run typecheck'));
  const largest = sizes.find((s) => s.tenants === 10_000 && s.status === 'ok');
  const thousand = sizes.find((s) => s.tenants === 1_000 && s.status === 'ok');
  const linearity = largest?.perTenantMs && thousand?.perTenantMs ? largest.perTenantMs / thousand.perTenantMs : null;
  const cpuLinearity = largest?.perTenantCpuMs && thousand?.perTenantCpuMs ? largest.perTenantCpuMs / thousand.perTenantCpuMs : null;
  return [
    { name: 'full synth (npm run synth)', limit: '3000 ms', measured: `${fmt(full?.wallMs)} ms`, verdict: verdict(full?.wallMs, 3000) },
    { name: '10,000 tenants: synth / floor (wall)', limit: '2.5', measured: fmt(largest?.ratio, 2), verdict: verdict(largest?.ratio, 2.5) },
    {
      name: '10,000 tenants: synth / floor (cpu)',
      limit: '2.5',
      measured: fmt(largest?.cpuRatio, 2),
      verdict: verdict(largest?.cpuRatio, 2.5),
    },
    {
      name: '10,000 tenants: ms/tenant vs 1,000 (wall)',
      limit: '1.3x',
      measured: `${fmt(linearity, 2)}x`,
      verdict: verdict(linearity, 1.3),
    },
    {
      name: '10,000 tenants: ms/tenant vs 1,000 (cpu)',
      limit: '1.3x',
      measured: `${fmt(cpuLinearity, 2)}x`,
      verdict: verdict(cpuLinearity, 1.3),
    },
    {
      name: '10,000 tenants: peak RSS',
      limit: '1024 MB',
      measured: `${fmt(largest?.peakRssMb)} MB`,
      verdict: verdict(largest?.peakRssMb, 1024),
    },
    { name: 'npm test', limit: '30000 ms', measured: `${fmt(test?.wallMs)} ms`, verdict: verdict(test?.wallMs, 30_000) },
    { name: 'npm run typecheck', limit: '10000 ms', measured: `${fmt(typecheck?.wallMs)} ms`, verdict: verdict(typecheck?.wallMs, 10_000) },
  ];
}
