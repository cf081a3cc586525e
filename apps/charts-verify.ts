/**
 * `npm run charts:verify`: renders every Helm Application of the targets the way Argo CD does
 * (`helm template` of the cached chart with the Application's release name, namespace and values,
 * the cluster's Kubernetes version, the API versions the platform installs, CRDs and hooks) and
 * puts the output through the safety gate together with the target's own manifests.
 *
 * Offline: charts come from the cache `npm run charts:pull` fills (a missing chart is a render
 * finding naming the chart and the pull command). Exit code 0 without findings, 1 with findings,
 * 3 when the tool itself failed (no helm binary, bad arguments).
 */
import * as fs from 'node:fs';
import { Option } from 'commander';
import { parseStandIns } from '../lib/charts/applications';
import { ChartCache, defaultChartCacheDir } from '../lib/charts/cache';
import { chartImages } from '../lib/insight/images';
import { helmBinary, helmVersion } from '../lib/charts/helm-binary';
import { unusedExceptions } from '../lib/charts/exceptions';
import { findingLine, markdownReport, summaryLine, unusedExceptionLine } from '../lib/charts/report';
import { ChartVerifier, type TargetReport } from '../lib/charts/verify';
import { buildK8s } from '../lib/synth/k8s';
import { InputError, ModelError } from '../lib/model/errors';
import { collectList, defineCommand, EXIT, main, quietOption, targetOption } from './cli/command';

interface Flags {
  readonly target?: string[];
  readonly chart?: string[];
  readonly cache?: string;
  readonly report?: string;
  readonly standIn?: string[];
  readonly concurrency?: string;
  readonly quiet?: boolean;
}

export const runChartsVerify = defineCommand<Flags>({
  name: 'charts:verify',
  description: "Render every Helm Application as Argo CD does and put the charts' output through the safety gate with dist/.",
  examples: [
    ['npm run charts:verify', 'every Application of every target, from the chart cache'],
    [
      'npm run charts:verify -- --target prod-azure --chart trino --report /tmp/trino.md',
      'one chart on one target, with a Markdown report',
    ],
  ],
  exitCodes: 'Exit codes: 0 no findings, 1 findings (or invalid input), 3 the tool itself failed.',
  options: (command) => {
    targetOption(command);
    command.addOption(new Option('--chart <name>', 'only these charts or Applications; repeat or comma-separate').argParser(collectList));
    command.addOption(new Option('--cache <dir>', 'chart cache (default: node_modules/.cache/matih-charts or $MATIH_CHART_CACHE)'));
    command.addOption(new Option('--report <file>', 'also write the findings as Markdown'));
    command.addOption(
      new Option('--stand-in <chart@pinned=version>', 'render another cached version in place of a missing pin').argParser(collectList),
    );
    command.addOption(new Option('--concurrency <n>', 'helm processes at a time (default: the CPU count)'));
    quietOption(command);
  },
  run: async (ctx, flags) => {
    const started = performance.now();
    let reports: TargetReport[];
    let helm: string;
    try {
      if (flags.concurrency !== undefined && !/^[1-9]\d*$/.test(flags.concurrency))
        throw new InputError(`--concurrency ${flags.concurrency}: expected a positive integer`);
      const standIns = parseStandIns(flags.standIn ?? []);
      helm = `${helmBinary()} (${helmVersion()})`;
      const build = buildK8s({ targets: flags.target });
      if (build.problems.length > 0)
        throw new Error(`the safety gate rejects the target's own manifests (${build.problems.length} problems): run npm run validate`);
      const verifier = new ChartVerifier({
        cache: new ChartCache(flags.cache ? ctx.resolve(flags.cache) : defaultChartCacheDir()),
        only: flags.chart,
        standIns,
        concurrency: flags.concurrency ? Number(flags.concurrency) : undefined,
        inventoryImages: (application) => chartImages(application).map((u) => u.image),
      });
      reports = [];
      for (let i = 0; i < build.rendered.length; i++) {
        ctx.progress.update(`charts:verify ${build.rendered[i].target}`);
        reports.push(await verifier.verifyTarget(build.rendered[i], build.model.targets[i]));
      }
      ctx.progress.stop();
    } catch (error) {
      // Bad input (the model, a target, a flag) exits 1 naming it; anything else is the tool failing (exit 3).
      if (error instanceof ModelError || error instanceof InputError) throw error;
      throw new Error(`charts:verify: ${(error as Error).message}`, { cause: error });
    }
    const findings = reports.flatMap((r) => r.findings);
    if (!flags.quiet) for (const f of findings) ctx.out(findingLine(f));
    for (const r of reports) ctx.out(`charts:verify ${summaryLine(r)}`);
    // Only a run over every target and chart can tell that an allow-list entry accepts nothing anywhere.
    const unused =
      flags.target || flags.chart
        ? []
        : unusedExceptions(
            new Set(
              reports.flatMap((r) =>
                r.applications
                  .filter((a) => a.status === 'rendered' && (a.rendered ?? a.version) === a.version)
                  .map((a) => `${a.chart}@${a.version}`),
              ),
            ),
            reports.flatMap((r) => r.accepted),
          ).map(unusedExceptionLine);
    for (const line of unused) ctx.out(`charts:verify: ${line}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    ctx.out(`charts:verify: ${findings.length + unused.length} findings on ${reports.length} targets in ${seconds} s (${helm})`);
    if (flags.report) {
      fs.writeFileSync(
        ctx.resolve(flags.report),
        markdownReport(
          reports,
          `# charts:verify report\n\nhelm ${helm}; ${findings.length + unused.length} findings on ${reports.length} targets.`,
          unused,
        ),
      );
      ctx.out(`charts:verify: report written to ${flags.report}`);
    }
    return findings.length + unused.length > 0 ? EXIT.invalid : EXIT.ok;
  },
});

if (require.main === module) main(runChartsVerify);
