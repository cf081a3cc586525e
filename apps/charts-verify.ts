/**
 * `npm run charts:verify`: renders every Helm Application of the targets the way Argo CD does
 * (`helm template` of the cached chart with the Application's release name, namespace and values,
 * the cluster's Kubernetes version, the API versions the platform installs, CRDs and hooks) and
 * puts the output through the safety gate together with the target's own manifests.
 *
 *   tsx apps/charts-verify.ts [--target T ...] [--chart NAME ...] [--cache DIR] [--report FILE.md]
 *                             [--stand-in CHART@PINNED=VERSION ...] [--concurrency N] [--quiet]
 *
 * Offline: charts come from the cache `npm run charts:pull` fills (a missing chart is a render
 * finding naming the chart and the pull command). Exit code 0 without findings, 1 with findings,
 * 3 when the tool itself failed (no helm binary, bad arguments).
 */
import * as fs from 'node:fs';
import { flag, flagList, parseArgs } from './cli/args';
import { buildK8s } from '../lib/synth/k8s';
import { ChartCache, defaultChartCacheDir } from '../lib/charts/cache';
import { parseStandIns } from '../lib/charts/applications';
import { helmBinary, helmVersion } from '../lib/charts/helm-binary';
import { ChartVerifier, type TargetReport } from '../lib/charts/verify';
import { findingLine, markdownReport, summaryLine } from '../lib/charts/report';

export async function runChartsVerify(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  let reports: TargetReport[];
  let quiet: boolean;
  let reportFile: string | undefined;
  let helm: string;
  try {
    const args = parseArgs(argv, ['quiet']);
    quiet = flag(args, 'quiet') !== undefined;
    reportFile = flag(args, 'report');
    const concurrency = flag(args, 'concurrency');
    if (concurrency !== undefined && !/^[1-9]\d*$/.test(concurrency))
      throw new Error(`--concurrency ${concurrency}: expected a positive integer`);
    const standIns = parseStandIns(args.flags.get('stand-in') ?? []);
    helm = `${helmBinary()} (${helmVersion()})`;
    const build = buildK8s({ targets: flagList(args, 'target') });
    if (build.problems.length > 0)
      throw new Error(`the safety gate rejects the target's own manifests (${build.problems.length} problems): run npm run validate`);
    const verifier = new ChartVerifier({
      cache: new ChartCache(flag(args, 'cache') ?? defaultChartCacheDir()),
      only: flagList(args, 'chart'),
      standIns,
      concurrency: concurrency ? Number(concurrency) : undefined,
    });
    reports = [];
    for (let i = 0; i < build.rendered.length; i++) reports.push(await verifier.verifyTarget(build.rendered[i], build.model.targets[i]));
  } catch (error) {
    console.error(`charts:verify: error: ${(error as Error).message}`);
    return 3;
  }
  const findings = reports.flatMap((r) => r.findings);
  if (!quiet) for (const f of findings) console.log(findingLine(f));
  for (const r of reports) console.log(`charts:verify ${summaryLine(r)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`charts:verify: ${findings.length} findings on ${reports.length} targets in ${seconds} s (${helm})`);
  if (reportFile) {
    fs.writeFileSync(
      reportFile,
      markdownReport(reports, `# charts:verify report\n\nhelm ${helm}; ${findings.length} findings on ${reports.length} targets.`),
    );
    console.log(`charts:verify: report written to ${reportFile}`);
  }
  return findings.length > 0 ? 1 : 0;
}

if (require.main === module) void runChartsVerify(process.argv.slice(2)).then((code) => (process.exitCode = code));
