/**
 * Every entry point through the one command-line layer, in this process (each command is a
 * `Runner`: the exit code it returns is the one its process exits with; test/e2e proves that for
 * a few real processes): --help, --version, unknown flags and arguments, and the bad input the
 * issue lists, each with its message, exit code and an untouched dist/ and cdktf.out/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runBench } from '../../apps/bench';
import { runK8sNoSvg } from '../../apps/bench/k8s-no-svg';
import { collectList, oneLine, type Runner } from '../../apps/cli/command';
import { captureIo } from '../../apps/cli/io';
import { runCloud } from '../../apps/cloud';
import { runCloudOutputs } from '../../apps/cloud-outputs';
import { runDevSecrets } from '../../apps/dev-secrets';
import { runDiff } from '../../apps/diff';
import { runExplain } from '../../apps/explain';
import { runGraph } from '../../apps/graph';
import { runInventory } from '../../apps/inventory';
import { runK8s } from '../../apps/k8s';
import { runSynth } from '../../apps/synth';
import { runValidate } from '../../apps/validate';
import { fingerprint, SHIPPED_TENANTS } from '../e2e/harness';
import { canonicalPath } from '../../lib/insight/field-diff';
import { focusView, namespacesOf } from '../../lib/insight/graph-views';
import { buildNetworkGraph } from '../../lib/insight/network-graph';
import { closestKey } from '../../lib/model/suggest';
import { allObjects, renderedTarget, shippedBuild } from '../support/render';

jest.setTimeout(60_000);

const COMMANDS: ReadonlyArray<[string, Runner]> = [
  ['synth', runSynth],
  ['synth:k8s', runK8s],
  ['synth:cloud', runCloud],
  ['validate', runValidate],
  ['diff', runDiff],
  ['explain', runExplain],
  ['inventory', runInventory],
  ['graph', runGraph],
  ['dev-secrets', runDevSecrets],
  ['cloud-outputs', runCloudOutputs],
  ['bench', runBench],
  ['bench k8s-no-svg', runK8sNoSvg],
];

async function run(runner: Runner, argv: string[], env: Record<string, string> = {}) {
  const io = captureIo(env);
  const code = await runner(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const NO_STACK = /^\s+at /m;

describe.each(COMMANDS)('%s', (name, runner) => {
  it.each(['--help', '-h'])('%s prints usage with examples and exits 0', async (flag) => {
    const r = await run(runner, [flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: npm run ${name} -- [options]`);
    expect(r.stdout).toMatch(/\nExamples:\n {2}\$ /);
    expect(r.stdout).toMatch(/Exit codes: 0 /);
    expect(r.stderr).toBe('');
  });

  it('--version prints the version', async () => {
    const r = await run(runner, ['--version']);
    expect([r.code, r.stdout]).toEqual([0, '0.1.0\n']);
  });

  it('an unknown flag is one line on stderr, exit 1, no stack', async () => {
    // bench k8s-no-svg requires --out: give it, so the unknown flag is the only mistake.
    const r = await run(runner, ['--targte', 'dev-azure', ...(name === 'bench k8s-no-svg' ? ['--out', '/tmp/x'] : [])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^error: unknown option '--targte'/)]);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe('the command-line layer', () => {
  it('suggests the flag meant, on the same line', async () => {
    const r = await run(runK8s, ['--targte', 'dev-azure']);
    expect(r.stderr).toBe("error: unknown option '--targte' (did you mean --target?)\n");
  });

  it('refuses arguments a command does not take (validate prod-gcp would have validated everything)', async () => {
    const r = await run(runValidate, ['prod-gcp']);
    expect([r.code, r.stderr]).toEqual([1, 'error: too many arguments. Expected 0 arguments but got 1.\n']);
  });

  it('accepts --target repeated and comma-separated alike', async () => {
    // Parsed into one list before the model is loaded: the unknown target in either spelling is the error.
    for (const argv of [
      ['--target', 'dev-azure', '--target', 'moon-azure'],
      ['--target', 'dev-azure,moon-azure'],
    ]) {
      const r = await run(runValidate, argv);
      expect([r.code, r.stderr.split('\n')[1]]).toEqual([1, expect.stringMatching(/^ {2}- unknown target "moon-azure"/)]);
    }
    expect(collectList('a, b', ['c'])).toEqual(['c', 'a', 'b']);
  });

  it('names an unknown target with a suggestion, one line', async () => {
    const r = await run(runValidate, ['--target', 'prod-azrue']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: invalid model in config/targets:\n  - unknown target "prod-azrue" (did you mean "prod-azure"?); known targets: dev-azure, staging-azure, prod-azure, prod-aws, prod-gcp\n',
    );
  });

  it('shows a stack trace only with --debug, and exits 3 when the tool itself fails', async () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'matih-cli-')), 'tenants.yaml');
    fs.mkdirSync(broken); // a folder where a file is expected: EISDIR, not a model mistake
    const dir = path.dirname(broken);
    const plain = await run(runValidate, ['--data-dir', dir]);
    expect(plain.code).toBe(3);
    expect(plain.stderr).toMatch(/^error: EISDIR.*\(the tool failed; run again with --debug for the stack trace\)\n$/);
    const debug = await run(runValidate, ['--data-dir', dir, '--debug']);
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(NO_STACK);
  });

  it('joins commander messages into one line', () => {
    expect(oneLine("error: unknown option '--x'\n(Did you mean --y?)\n")).toBe("error: unknown option '--x' (did you mean --y?)\n");
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    const tty = captureIo({}, true);
    await runValidate(['--target', 'nope'], tty);
    const noColor = captureIo({ NO_COLOR: '1' }, true);
    await runValidate(['--target', 'dev-azure', '--json', '--debug', '--data-dir', '/nonexistent'], noColor);
    expect(noColor.err()).not.toContain('\u001b[');
    const piped = captureIo({});
    await runValidate(['--data-dir', '/nonexistent'], piped);
    expect(piped.err()).toBe('error: --data-dir /nonexistent is not a folder\n');
  });
});

describe('cloud-outputs: mistakes are one line without a stack', () => {
  it.each([
    ['no --target', [], '--target is required'],
    ['a misspelt target', ['--target', 'prod-azrue'], 'unknown target "prod-azrue" (did you mean "prod-azure"?)'],
    ['a missing --from file', ['--target', 'prod-azure', '--from', '/nonexistent/out.json'], '--from /nonexistent/out.json: no such file'],
  ])('%s', async (_what, argv, message) => {
    const r = await run(runCloudOutputs, argv);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining(message)]);
  });
});

describe('explain', () => {
  it('accepts list indexes and suggests a misspelt field (exit 1); the object lookup suggests too', async () => {
    // One command run for the exit code and the message; the path and object lookups are pure functions.
    const field = await run(runExplain, ['dev-azure', 'Deployment/matih-control-plane/api-gateway', 'spec.replicsa']);
    expect([field.code, field.stderr]).toEqual([
      1,
      'error: Deployment matih-control-plane/api-gateway has no field spec.replicsa (did you mean spec.replicas?); run without a field to list them all\n',
    ]);
    const deployment = allObjects(renderedTarget('dev-azure')).find((o) => o.kind === 'Deployment' && o.metadata.name === 'api-gateway')!;
    expect(canonicalPath(deployment, 'spec.template.spec.containers[0].image')).toBe(
      'spec.template.spec.containers[name=api-gateway].image',
    );
    expect(canonicalPath(deployment, 'spec.template.spec.containers[7]')).toBeUndefined();
    expect(
      closestKey('Deployment/matih-control-plane/api-gatewy', [
        'Deployment/matih-control-plane/api-gateway',
        'Service/matih-control-plane/api-gateway',
      ]),
    ).toBe('Deployment/matih-control-plane/api-gateway');
  });
});

describe('graph', () => {
  it('needs a target, draws a namespace to the path given, and names a misspelt namespace', async () => {
    expect((await run(runGraph, [])).stderr).toBe('error: --target is required (npm run graph -- --target <target>)\n');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-graph-'));
    const ns = await run(runGraph, [
      '--target',
      'dev-azure',
      '--namespace',
      'matih-control-plane',
      '--format',
      'dot',
      '--out',
      path.join(out, 'ns.dot'),
    ]);
    expect(ns.code).toBe(0);
    const dot = fs.readFileSync(path.join(out, 'ns.dot'), 'utf8');
    expect(dot).toContain('"matih-control-plane/api-gateway"');
    expect(dot).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
    const model = shippedBuild().model.targets.find((t) => t.target.name === 'dev-azure')!;
    const graph = buildNetworkGraph(allObjects(renderedTarget('dev-azure')), model);
    expect(focusView(graph, 'iam-service').edges).toContainEqual({
      from: 'matih-control-plane/api-gateway',
      to: 'matih-control-plane/iam-service',
      ports: ['8081'],
    });
    expect(closestKey('matih-dataplane', namespacesOf(graph))).toBe('matih-data-plane');
  });
});

describe('synth: bad input is reported once, with the file, and writes nothing', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-cli-synth-'));
  const data = path.join(root, 'data');
  const out = path.join(root, 'dist');
  const cloud = path.join(root, 'cdktf.out');
  beforeAll(() => {
    fs.mkdirSync(path.join(data, 'overrides'), { recursive: true });
    fs.writeFileSync(path.join(data, 'tenants.yaml'), SHIPPED_TENANTS);
    for (const dir of [out, path.join(cloud, 'stacks', 'dev-azure')]) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(out, 'sentinel.yaml'), 'kind: Sentinel\n');
    fs.writeFileSync(path.join(cloud, 'stacks', 'dev-azure', 'cdk.tf.json'), '{}\n');
  });
  afterEach(() => fs.rmSync(path.join(data, 'overrides', 'dev.yaml'), { force: true }));

  it.each([
    ['image: null', 'components:\n  api-gateway:\n    image: null\n', 'components.api-gateway.image: null would remove a required field'],
    [
      'port: 9090 on a service',
      'components:\n  api-gateway:\n    port: 9090\n',
      'components.api-gateway.port: 9090 differs from the port named "http"',
    ],
    [
      'enabled: "false"',
      'components:\n  mongodb:\n    enabled: "false"\n',
      'components.mongodb.enabled: expected true or false (a boolean), found "false" (a string)',
    ],
  ])('%s', async (_what, yaml, message) => {
    fs.writeFileSync(path.join(data, 'overrides', 'dev.yaml'), yaml);
    const before = { dist: fingerprint(out), cloud: fingerprint(cloud) };
    const r = await run(runSynth, ['--target', 'dev-azure', '--data-dir', data, '--out', out, '--cloud-out', cloud]);
    expect(r.code).toBe(1);
    expect(r.stderr.split(message)).toHaveLength(2); // printed once
    expect(r.stderr).toMatch(/^error: invalid model in .*overrides\/dev\.yaml/);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect({ dist: fingerprint(out), cloud: fingerprint(cloud) }).toEqual(before);
    expect(fs.readdirSync(root).sort()).toEqual(['cdktf.out', 'data', 'dist']);
  });
});

describe('a closed pipe (npm run diff | head)', () => {
  it('drops further output instead of crashing with EPIPE', () => {
    const { processIo } = require('../../apps/cli/io') as typeof import('../../apps/cli/io');
    const io = processIo();
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      io.stdout.write('before\n');
      expect(() => process.stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).not.toThrow();
      io.stdout.write('after\n');
      expect(write.mock.calls.map((c) => c[0])).toEqual(['before\n']);
    } finally {
      write.mockRestore();
    }
  });
});
