/**
 * `npm run bench`: how synth, tests and type checking scale. Not a test: it prints a
 * table and writes the figures as JSON outside the repository.
 *
 *   npm run bench -- [--sizes 10,100,1000,10000] [--target prod-azure] [--out FILE]
 *                    [--timeout SECONDS] [--skip-tests] [--skip-full] [--no-svg] [--keep]
 *   npm run bench -- --fleet [--fleet-sizes 1000,10000] [--target prod-azure] [--out FILE]
 *
 * Each tenant set is generated into a temporary data dir (config/tenants.yaml is never touched) and
 * synthesized by apps/k8s.ts in a fresh `node --import tsx` process; its output is then serialized
 * once more by apps/bench/floor.ts (js-yaml, sorted keys, one file) in a process of its own.
 * Full synth, cloud synth, typecheck and tests write only into the temporary folder too.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError, REPO_ROOT } from '../lib/model/load';
import { collectList, defineCommand, EXIT, main } from './cli/command';
import type { FloorResult } from './bench/floor';
import { folderSize, type Measurement, runMeasured } from './bench/measure';
import { budgetTable, budgets, commandTable, sizeTable, type SizeResult } from './bench/report';
import { fleetBudgets, fleetTable, runFleetBench, singleClusterOverrides } from './bench/fleet';
import { generateTenants, tenantsYaml } from '../lib/model/synthetic-tenants';
import { NODE_TS_ARGS } from '../lib/runtime/node-args';

const NODE = process.execPath;
const TS = NODE_TS_ARGS;

function fail(message: string): never {
  throw new InputError(`bench: ${message}`);
}

function number(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
}

function lastLines(text: string, count = 15): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

function synthSize(
  tenants: number,
  target: string,
  root: string,
  timeoutMs: number,
  app: string,
): Omit<SizeResult, 'perTenantMs' | 'perTenantCpuMs'> {
  const dataDir = path.join(root, `tenants-${tenants}`);
  const out = path.join(dataDir, 'dist');
  fs.mkdirSync(dataDir, { recursive: true });
  // One cluster at the target's own pool sizes: every tenant shared, in 64 shards (apps/bench/fleet.ts
  // measures the fleet). ENTERPRISE quotas stay at the base 32 CPU: the scheduling rule refuses a quota
  // larger than what the data plane's pool has left (such tenants get a dedicated cluster).
  fs.writeFileSync(
    path.join(dataDir, 'tenants.yaml'),
    tenantsYaml(generateTenants({ count: tenants, targets: [target], maxEnterpriseScale: 1 })),
  );
  fs.mkdirSync(path.join(dataDir, 'overrides'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'overrides', `${target}.yaml`), singleClusterOverrides());
  const run = runMeasured({
    label: `synth ${tenants} tenants`,
    command: NODE,
    args: [...TS, app, '--target', target, '--data-dir', dataDir, '--out', out],
    cwd: REPO_ROOT,
    timeoutMs,
  });
  const { files, bytes } = folderSize(out);
  const reported = {
    renderMs: number(run.stdout, /render (\d+) ms/),
    validateMs: number(run.stdout, /(?:validate|gate) (\d+) ms/),
    writeMs: number(run.stdout, /write (\d+) ms/),
    graphvizMs: number(run.stdout, /graphviz load (\d+) ms/),
    totalMs: number(run.stdout, /total (\d+) ms/),
  };
  const base = { tenants, wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMb: run.peakRssMb, files, bytes, app: reported };
  if (run.timedOut || run.exitCode !== 0) {
    const error = run.timedOut ? `killed after ${timeoutMs / 1000} s` : lastLines(`${run.stdout}\n${run.stderr}`);
    return {
      ...base,
      status: run.timedOut ? 'timed out' : 'failed',
      objects: null,
      floorMs: null,
      floorCpuMs: null,
      ratio: null,
      cpuRatio: null,
      error,
    };
  }
  const floorRun = runMeasured({
    label: `floor ${tenants} tenants`,
    command: NODE,
    args: [...TS, 'apps/bench/floor.ts', path.join(out, target), path.join(dataDir, 'floor.yaml')],
    cwd: REPO_ROOT,
    timeoutMs,
  });
  if (floorRun.exitCode !== 0) {
    return {
      ...base,
      status: 'ok',
      objects: null,
      floorMs: null,
      floorCpuMs: null,
      ratio: null,
      cpuRatio: null,
      error: `floor: ${lastLines(floorRun.stderr)}`,
    };
  }
  const floor = JSON.parse(floorRun.stdout.trim().split('\n').at(-1)!) as FloorResult;
  fs.rmSync(path.join(dataDir, 'floor.yaml'), { force: true });
  return {
    ...base,
    status: 'ok',
    objects: floor.objects,
    floorMs: floor.floorMs,
    floorCpuMs: floor.floorCpuMs,
    ratio: run.wallMs / floor.floorMs,
    cpuRatio: run.cpuMs === null ? null : run.cpuMs / floor.floorCpuMs,
  };
}

/** Marginal cost per tenant against the smallest successful size. */
function withPerTenant(results: ReadonlyArray<Omit<SizeResult, 'perTenantMs' | 'perTenantCpuMs'>>): SizeResult[] {
  const base = results.find((r) => r.status === 'ok');
  return results.map((r) => {
    const usable = base && r.status === 'ok' && r.tenants > base.tenants;
    const per = (a: number | null, b: number | null) => (usable && a !== null && b !== null ? (a - b) / (r.tenants - base.tenants) : null);
    return { ...r, perTenantMs: per(r.wallMs, base?.wallMs ?? null), perTenantCpuMs: per(r.cpuMs, base?.cpuMs ?? null) };
  });
}

function moduleLoad(module: string, root: string): Measurement & { requireMs?: number; sinceStartMs?: number } {
  const run = runMeasured({ label: `load ${module}`, command: NODE, args: [...TS, 'apps/bench/module-load.ts', module], cwd: root });
  const line = run.stdout.trim().split('\n').at(-1);
  try {
    return { ...run, ...(JSON.parse(line ?? '') as { requireMs: number; sinceStartMs: number }) };
  } catch {
    return run;
  }
}

interface BenchFlags {
  readonly sizes?: string[];
  readonly fleet?: boolean;
  readonly fleetSizes?: string[];
  readonly target: string;
  readonly out?: string;
  readonly timeout: string;
  readonly skipTests?: boolean;
  readonly skipFull?: boolean;
  readonly svg: boolean;
  readonly keep?: boolean;
}

function bench(args: BenchFlags): void {
  // --no-svg: the same pipeline without the network pictures' layout (apps/bench/k8s-no-svg.ts).
  const app = args.svg ? 'apps/k8s.ts' : 'apps/bench/k8s-no-svg.ts';
  const sizes = (args.sizes ?? ['10', '100', '1000', '10000']).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 99_999))
    fail(`--sizes must be integers from 1 to 99999, got ${args.sizes?.join(',')}`);
  sizes.sort((a, b) => a - b);
  const target = args.target;
  const timeoutMs = Number(args.timeout) * 1000;
  if (!(timeoutMs > 0)) fail(`--timeout must be a positive number of seconds, got ${args.timeout}`);
  const outFile = path.resolve(args.out ?? path.join(os.tmpdir(), `matih-bench-${process.pid}.json`));
  if (outFile.startsWith(REPO_ROOT + path.sep)) fail(`--out must be outside the repository (${outFile})`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-bench-'));
  const load = os.loadavg();
  console.log(
    `bench: ${os.cpus().length} cores, load average ${load.map((l) => l.toFixed(2)).join(' ')}, node ${process.version}, work dir ${work}`,
  );

  try {
    const loads = ['apps/k8s.ts', 'apps/cloud.ts']
      .filter((m) => fs.existsSync(path.join(REPO_ROOT, m)))
      .map((m) => moduleLoad(m, REPO_ROOT));
    for (const l of loads)
      console.log(
        `module load ${l.label.slice(5)}: require ${l.requireMs?.toFixed(0) ?? '-'} ms, process start to loaded ${l.sinceStartMs?.toFixed(0) ?? '-'} ms, whole process ${l.wallMs.toFixed(0)} ms, rss ${l.peakRssMb?.toFixed(0) ?? '-'} MB`,
      );

    const raw: Array<Omit<SizeResult, 'perTenantMs' | 'perTenantCpuMs'>> = [];
    for (const n of sizes) {
      console.log(`bench: synthesizing ${n} tenants into ${target} with ${app} ...`);
      const result = synthSize(n, target, work, timeoutMs, app);
      raw.push(result);
      if (result.error) console.log(`  ${result.status}: ${result.error.replace(/\n/g, '\n  ')}`);
      fs.rmSync(path.join(work, `tenants-${n}`, 'dist'), { recursive: true, force: true });
    }
    const results = withPerTenant(raw);

    const commands = new Map<string, Measurement>();
    const cmd = (label: string, npmArgs: string[], env: Record<string, string> = {}) => {
      console.log(`bench: ${label} ...`);
      const m = runMeasured({ label, command: 'npm', args: npmArgs, cwd: REPO_ROOT, env, timeoutMs });
      if (m.exitCode !== 0)
        console.log(`  exit ${m.timedOut ? 'timeout' : m.exitCode}: ${lastLines(`${m.stdout}\n${m.stderr}`, 8).replace(/\n/g, '\n  ')}`);
      commands.set(label, m);
    };
    if (!args.skipFull) {
      for (const dir of ['full', 'cloud']) fs.mkdirSync(path.join(work, dir), { recursive: true });
      cmd('npm run synth', ['run', '--silent', 'synth', '--', '--out', path.join(work, 'full', 'dist')], {
        CDKTF_OUTDIR: path.join(work, 'full', 'cdktf.out'),
      });
      if (fs.existsSync(path.join(REPO_ROOT, 'apps', 'cloud.ts')))
        cmd('npm run synth:cloud', ['run', '--silent', 'synth:cloud'], { CDKTF_OUTDIR: path.join(work, 'cloud', 'cdktf.out') });
      else console.log('bench: apps/cloud.ts does not exist yet; cloud synth not measured');
      cmd('npm run typecheck', ['run', '--silent', 'typecheck']);
    }
    if (!args.skipTests) cmd('npm test', ['test', '--silent']);

    const verdicts = budgets(results, commands);
    console.log(
      `\nsynth of one target (${target}) per tenant count; wall/cpu/rss of the whole process, floor = js-yaml of the same objects to one file\n`,
    );
    console.log(sizeTable(results));
    console.log(`\nmodule load and whole commands\n`);
    console.log(commandTable([...loads, ...commands.values()]));
    console.log(
      `\nbudgets (measured on this machine, load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})\n`,
    );
    console.log(budgetTable(verdicts));

    const strip = (m: Measurement) => ({ ...m, stdout: lastLines(m.stdout, 5), stderr: lastLines(m.stderr, 5) });
    const report = {
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryMb: Math.round(os.totalmem() / 2 ** 20),
        node: process.version,
        loadBefore: load,
        loadAfter: os.loadavg(),
      },
      target,
      sizes: results,
      moduleLoad: loads.map(strip),
      commands: [...commands.values()].map(strip),
      budgets: verdicts,
    };
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nbench: results written to ${outFile}`);
  } finally {
    if (args.keep) console.log(`bench: kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

/** `--fleet [--fleet-sizes 1000,10000]`: full synth of fleets (platform, dedicated and shared clusters, every stack). */
function fleetBench(args: BenchFlags): void {
  const sizes = (args.fleetSizes ?? ['1000', '10000']).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 99_999))
    fail(`--fleet-sizes must be integers from 1 to 99999, got ${args.fleetSizes?.join(',')}`);
  sizes.sort((a, b) => a - b);
  const target = args.target;
  const timeoutMs = Number(args.timeout) * 1000;
  if (!(timeoutMs > 0)) fail(`--timeout must be a positive number of seconds, got ${args.timeout}`);
  const outFile = path.resolve(args.out ?? path.join(os.tmpdir(), `matih-bench-fleet-${process.pid}.json`));
  if (outFile.startsWith(REPO_ROOT + path.sep)) fail(`--out must be outside the repository (${outFile})`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-bench-fleet-'));
  const load = os.loadavg();
  console.log(`bench --fleet: ${os.cpus().length} cores, load average ${load.map((l) => l.toFixed(2)).join(' ')}, work dir ${work}`);
  try {
    const results = runFleetBench({
      sizes,
      target,
      work,
      timeoutMs,
      run: (label, runArgs, env) => {
        console.log(`bench: ${label} ...`);
        return runMeasured({ label, command: NODE, args: [...TS, ...runArgs], cwd: REPO_ROOT, env, timeoutMs });
      },
    });
    for (const r of results) if (r.error) console.log(`  ${r.tenants} tenants ${r.status}:\n  ${r.error.replace(/\n/g, '\n  ')}`);
    console.log(`\nfull synth of one target's fleet (${target}); wall/cpu/rss of the whole process tree\n`);
    console.log(fleetTable(results));
    console.log(
      `\nbudgets (load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})\n`,
    );
    for (const b of fleetBudgets(results))
      console.log(`| ${b.name} | ${b.limit} | ${b.measured} | ${b.holds === null ? 'not measured' : b.holds ? 'holds' : 'FAILS'} |`);
    fs.writeFileSync(
      outFile,
      `${JSON.stringify({ loadBefore: load, loadAfter: os.loadavg(), target, results, budgets: fleetBudgets(results) }, null, 2)}\n`,
    );
    console.log(`\nbench: results written to ${outFile}`);
  } finally {
    if (args.keep) console.log(`bench: kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

export const runBench = defineCommand<BenchFlags>({
  name: 'bench',
  description:
    'Measure how synth scales: 10 to 10,000 synthetic tenants (in temporary data folders) synthesized in fresh processes, compared with the floor (js-yaml of the same objects); optionally the full synth, typecheck and tests; with --fleet, full synths of fleets (dedicated and shared member clusters). Writes JSON outside the repository.',
  examples: [
    ['npm run bench', 'the full table (minutes)'],
    ['npm run bench -- --sizes 10,1000 --skip-tests --skip-full', 'two sizes only'],
    ['npm run bench -- --fleet --fleet-sizes 1000,10000', 'fleets: 3 % dedicated clusters, the rest sharded over shared clusters'],
  ],
  options: (command) => {
    command.option('--sizes <n,n,...>', 'tenant counts (default: 10,100,1000,10000)', collectList);
    command.option('-t, --target <name>', 'the target synthesized at each size', 'prod-azure');
    command.option('-o, --out <file>', 'JSON results (outside the repository; default: a temporary file)');
    command.option('--timeout <seconds>', 'per command', '900');
    command.option('--skip-tests', 'do not time npm test');
    command.option('--skip-full', 'do not time the full synth and typecheck');
    command.option('--no-svg', 'synthesize without the network pictures');
    command.option('--keep', 'keep the temporary work folder');
    command.option('--fleet', 'measure fleets instead: full synth (manifests and every stack) of a target with member clusters');
    command.option('--fleet-sizes <n,n,...>', 'tenant counts of the fleets (default: 1000,10000)', collectList);
  },
  run: (_ctx, flags) => {
    if (flags.fleet) fleetBench(flags);
    else bench(flags);
    return EXIT.ok;
  },
});

if (require.main === module) main(runBench);
