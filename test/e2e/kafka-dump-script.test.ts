/**
 * The Kafka backup's dump script, run by bash against stand-ins of Kafka's two tools (the offsets
 * tool answering per timestamp, the console consumer printing a partition's records from an
 * offset): which offsets make a day, which files it writes, what it refuses.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { kafkaDumpScript } from '../../constructs/k8s/operators/strimzi';

const US = '\x1f';
const DAY = '2026-12-01';
const START = Date.UTC(2026, 11, 1);
const END = START + 86_400_000;

/** Each partition's records as the formatter prints them (index = offset), and the offsets tool's answers. */
interface Cluster {
  readonly logs: Record<string, string[]>;
  readonly at: Record<string, Record<string, number>>;
}

function run(cluster: Cluster): { status: number | null; stderr: string; stdout: string; files: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-dump-'));
  try {
    const bin = path.join(dir, 'kafka', 'bin');
    fs.mkdirSync(bin, { recursive: true });
    // One file per record, so that a record may span lines as the formatter would print it.
    for (const [tp, records] of Object.entries(cluster.logs))
      records.forEach((r, offset) => fs.writeFileSync(path.join(dir, `record-${tp}-${offset}`), `${r}\n`));
    for (const [time, offsets] of Object.entries(cluster.at))
      fs.writeFileSync(
        path.join(dir, `offsets-${time}`),
        Object.entries(offsets)
          .map(([tp, o]) => `${tp}:${o}\n`)
          .join(''),
      );
    const offsetsTool = [
      '#!/bin/bash',
      'set -eu',
      'while [ $# -gt 0 ]; do case "$1" in --time) time=$2; shift 2;; --command-config) grep -qxF "ssl.keystore.password=user-secret" "$2"; shift 2;; *) shift;; esac; done',
      `f="${dir}/offsets-$time"; if [ -f "$f" ]; then cat "$f"; fi`,
    ];
    const consumer = [
      '#!/bin/bash',
      'set -eu',
      'while [ $# -gt 0 ]; do case "$1" in --topic) t=$2;; --partition) p=$2;; --offset) o=$2;; --max-messages) n=$2;; --formatter-config) grep -qxF "key.separator=\\\\u001f" "$2";; esac; shift; done',
      `for i in $(seq "$o" $((o + n - 1))); do f="${dir}/record-$t:$p-$i"; if [ -f "$f" ]; then cat "$f"; fi; done`,
    ];
    fs.writeFileSync(path.join(bin, 'kafka-get-offsets.sh'), offsetsTool.join('\n'), { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'kafka-console-consumer.sh'), consumer.join('\n'), { mode: 0o755 });
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `set -eu\n${kafkaDumpScript()}`], {
      // Node's stdio pipes are sockets, which bash takes for a remote shell (and reads ~/.bashrc) unless stdin is closed.
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        TMPDIR: dir,
        KAFKA_HOME: path.join(dir, 'kafka'),
        DUMP_DIR: out,
        BOOTSTRAP: 'kafka:9093',
        CA_PASSWORD: 'ca-secret',
        USER_PASSWORD: 'user-secret',
        BACKUP_DAY: DAY,
      },
      encoding: 'utf8',
    });
    const files: Record<string, string> = {};
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files[path.relative(out, p)] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(out);
    return { status: result.status, stderr: result.stderr, stdout: result.stdout, files };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const record = (i: number, headers = 'NO_HEADERS') => `${headers}${US}tenant-${i}${US}{"n":${i}}`;
const log = (n: number) => Array.from({ length: n }, (_, i) => record(i, i % 2 ? `trace:${i}` : 'NO_HEADERS'));

test("one file per partition with the day's records, in the console producer's format", () => {
  const result = run({
    logs: { 'a.events:0': log(10), 'a.events:1': log(4), 'cdc.t:0': log(3) },
    at: {
      [`${START}`]: { 'a.events:0': 2, 'a.events:1': 4, 'cdc.t:0': 0 },
      // a.events:1 has no record after the day's end; cdc.t:0 has none at all after its start: the end is the latest offset.
      [`${END}`]: { 'a.events:0': 7 },
      '-1': { 'a.events:0': 10, 'a.events:1': 4, 'cdc.t:0': 3 },
    },
  });
  expect([result.status, result.stderr]).toEqual([0, '']);
  expect(Object.keys(result.files).sort()).toEqual([`${DAY}/a.events/0-2-7.records`, `${DAY}/cdc.t/0-0-3.records`]);
  const lines = result.files[`${DAY}/a.events/0-2-7.records`].split('\n').slice(0, -1);
  // Offsets 2..6; a record without headers carries the null marker the producer reads as none.
  expect(lines).toEqual([2, 3, 4, 5, 6].map((i) => record(i, i % 2 ? `trace:${i}` : '\x1a')));
  expect(result.stdout).toContain(`kafka-backup: 8 records of ${DAY}`);
});

test('a record spanning lines fails the run and names the partition', () => {
  const broken = log(5);
  broken[3] = `NO_HEADERS${US}k${US}{"a":\n1}`;
  const result = run({ logs: { 'a.events:0': broken }, at: { [`${START}`]: { 'a.events:0': 0 }, '-1': { 'a.events:0': 5 } } });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('kafka-backup: a.events/0 offsets 0..5: 6 lines for 5 records');
});

test('fewer records than the offsets promise (a gap, a timeout) fails the run', () => {
  const result = run({ logs: { 'a.events:0': log(3) }, at: { [`${START}`]: { 'a.events:0': 0 }, '-1': { 'a.events:0': 5 } } });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('3 lines for 5 records');
});
