/**
 * The Kafka backup's dump script, run by bash against stand-ins of Kafka's two tools that behave
 * as Kafka 4's do: the offsets tool answers per timestamp and reports a partition it could not look
 * up on stderr while exiting 0; the console consumer reads from an offset until it has printed
 * `--max-messages` records (offsets without a record, such as transaction markers, do not count),
 * each line `Offset:<n> US headers US key US value`, and stops when no record is left.
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

/** Each partition's records by offset (an offset without one is a gap), and the offsets tool's answers. */
interface Cluster {
  readonly logs: Record<string, Record<number, string>>;
  readonly at: Record<string, Record<string, number>>;
  /** stderr lines of the offsets tool for one `--time`. */
  readonly offsetsStderr?: Record<string, string>;
}

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  readonly stdout: string;
  readonly files: Record<string, string>;
}

function run(cluster: Cluster): Run {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-dump-'));
  try {
    const bin = path.join(dir, 'kafka', 'bin');
    fs.mkdirSync(bin, { recursive: true });
    for (const [tp, records] of Object.entries(cluster.logs))
      for (const [offset, r] of Object.entries(records)) fs.writeFileSync(path.join(dir, `record-${tp}-${offset}`), r);
    for (const [time, offsets] of Object.entries(cluster.at))
      fs.writeFileSync(
        path.join(dir, `offsets-${time}`),
        Object.entries(offsets)
          .map(([tp, o]) => `${tp}:${o}\n`)
          .join(''),
      );
    for (const [time, text] of Object.entries(cluster.offsetsStderr ?? {})) fs.writeFileSync(path.join(dir, `stderr-${time}`), text);
    const offsetsTool = [
      '#!/bin/bash',
      'set -eu',
      'while [ $# -gt 0 ]; do case "$1" in --time) time=$2; shift 2;; --command-config) grep -qxF "ssl.keystore.password=user-secret" "$2"; shift 2;; *) shift;; esac; done',
      `if [ -f "${dir}/offsets-$time" ]; then cat "${dir}/offsets-$time"; fi`,
      `if [ -f "${dir}/stderr-$time" ]; then cat "${dir}/stderr-$time" >&2; fi`,
    ];
    const consumer = [
      '#!/bin/bash',
      'set -eu',
      'while [ $# -gt 0 ]; do case "$1" in --topic) t=$2;; --partition) p=$2;; --offset) o=$2;; --max-messages) n=$2;;',
      '  --isolation-level) [ "$2" = read_committed ];; --formatter-config) grep -qxF "print.offset=true" "$2";; esac; shift; done',
      `last=$(ls "${dir}" | sed -n "s/^record-$t:$p-//p" | sort -n | tail -1)`,
      'printed=0; i=$o',
      'while [ "$printed" -lt "$n" ] && [ -n "$last" ] && [ "$i" -le "$last" ]; do',
      `  f="${dir}/record-$t:$p-$i"; if [ -f "$f" ]; then printf 'Offset:%s\\037' "$i"; cat "$f"; printf '\\n'; printed=$((printed + 1)); fi`,
      '  i=$((i + 1))',
      'done',
    ];
    fs.writeFileSync(path.join(bin, 'kafka-get-offsets.sh'), offsetsTool.join('\n'), { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'kafka-console-consumer.sh'), consumer.join('\n'), { mode: 0o755 });
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `set -eu\n${kafkaDumpScript(256)}`], {
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

/** A record as the formatter prints it after the offset: headers (or NO_HEADERS), key, value. */
const record = (i: number, headers = i % 2 ? `trace:${i}` : 'NO_HEADERS') => `${headers}${US}tenant-${i}${US}{"n":${i}}`;
/** What the dump keeps of it: the null marker for no headers. */
const kept = (i: number) => (record(i).startsWith(`NO_HEADERS${US}`) ? `\x1a${record(i).slice('NO_HEADERS'.length)}` : record(i));
const log = (offsets: number[]) => Object.fromEntries(offsets.map((i) => [i, record(i)]));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const lines = (text: string) => text.split('\n').slice(0, -1);

test("one file per partition with the day's records, in the console producer's format", () => {
  const result = run({
    logs: { 'a.events:0': log(range(0, 10)), 'a.events:1': log(range(0, 4)), 'cdc.t:0': log(range(0, 3)) },
    at: {
      [`${START}`]: { 'a.events:0': 2, 'a.events:1': 4, 'cdc.t:0': 0 },
      // a.events:1 has no record after the day's end; cdc.t:0 has none at all after its start: the end is the latest offset.
      [`${END}`]: { 'a.events:0': 7 },
      '-1': { 'a.events:0': 10, 'a.events:1': 4, 'cdc.t:0': 3 },
    },
  });
  expect([result.status, result.stderr]).toEqual([0, '']);
  expect(Object.keys(result.files).sort()).toEqual([`${DAY}/a.events/0-2-7.records`, `${DAY}/cdc.t/0-0-3.records`]);
  expect(lines(result.files[`${DAY}/a.events/0-2-7.records`])).toEqual(range(2, 7).map(kept));
  expect(result.stdout).toContain(`kafka-backup: 8 records of ${DAY}`);
});

test("offsets without a record (transaction markers) make the consumer read on: the next day's records are not kept", () => {
  // The day is offsets 0..6 with markers at 3 and 6; 7.. belong to the next day.
  const result = run({
    logs: { 'a.events:0': log([0, 1, 2, 4, 5, 7, 8, 9]) },
    at: { [`${START}`]: { 'a.events:0': 0 }, [`${END}`]: { 'a.events:0': 7 }, '-1': { 'a.events:0': 10 } },
  });
  expect([result.status, result.stderr]).toEqual([0, '']);
  expect(lines(result.files[`${DAY}/a.events/0-0-7.records`])).toEqual([0, 1, 2, 4, 5].map(kept));
});

test('a marker as the last offset of the log: the consumer stops at the log end and the day is complete', () => {
  const result = run({
    logs: { 'a.events:0': log([0, 1, 2]) },
    at: { [`${START}`]: { 'a.events:0': 0 }, '-1': { 'a.events:0': 4 } },
  });
  expect([result.status, result.stderr]).toEqual([0, '']);
  expect(lines(result.files[`${DAY}/a.events/0-0-4.records`])).toEqual([0, 1, 2].map(kept));
});

test('a record spanning lines: its partition is listed in FAILED and left out, the others are copied', () => {
  const broken = log(range(0, 5));
  broken[3] = `NO_HEADERS${US}k${US}{"a":\n1}`;
  const result = run({
    logs: { 'a.events:0': broken, 'b.events:0': log(range(0, 2)) },
    at: { [`${START}`]: { 'a.events:0': 0, 'b.events:0': 0 }, '-1': { 'a.events:0': 5, 'b.events:0': 2 } },
  });
  // The dump itself succeeds, so the upload copies what it has; the upload then fails the job (ObjectStorageDump).
  expect(result.status).toBe(0);
  expect(result.stderr).toContain('kafka-backup: a.events/0 offsets 0..5: a record spans lines');
  expect(Object.keys(result.files).sort()).toEqual([`${DAY}/FAILED`, `${DAY}/b.events/0-0-2.records`]);
  expect(result.files[`${DAY}/FAILED`]).toBe('a.events/0 offsets 0..5: a record spans lines (a line break or carriage return in it)\n');
});

test('a carriage return in a value fails its partition too (the producer would end the line there)', () => {
  const broken = log(range(0, 2));
  broken[1] = `NO_HEADERS${US}k${US}{"a":"x\ry"}`;
  const result = run({ logs: { 'a.events:0': broken }, at: { [`${START}`]: { 'a.events:0': 0 }, '-1': { 'a.events:0': 2 } } });
  expect(result.files[`${DAY}/FAILED`]).toContain('a.events/0 offsets 0..2: a record spans lines');
});

test('a key holding the separator 0x1F fails its partition (the reader would split the record there)', () => {
  const broken = log(range(0, 2));
  broken[0] = `NO_HEADERS${US}ten${US}ant${US}{}`;
  const result = run({ logs: { 'a.events:0': broken }, at: { [`${START}`]: { 'a.events:0': 0 }, '-1': { 'a.events:0': 2 } } });
  expect(result.files[`${DAY}/FAILED`]).toBe('a.events/0 offsets 0..2: a header, key or value holds the separator 0x1F\n');
});

test('fewer records than the range before the log end (the consumer timed out): FAILED', () => {
  // Offsets 2..4 exist after the day (the log goes on), but the consumer saw nothing past offset 1: it stopped early.
  const result = run({
    logs: { 'a.events:0': log([0, 1]) },
    at: { [`${START}`]: { 'a.events:0': 0 }, [`${END}`]: { 'a.events:0': 5 }, '-1': { 'a.events:0': 8 } },
  });
  expect(result.files[`${DAY}/FAILED`]).toBe('a.events/0 offsets 0..5: 2 records read before the consumer stopped (a timeout?)\n');
  expect(Object.keys(result.files)).toEqual([`${DAY}/FAILED`]);
});

test('a partition the offsets tool could not look up fails the whole run (it would look empty), for the Job to retry', () => {
  const result = run({
    logs: { 'a.events:0': log(range(0, 3)) },
    at: { [`${START}`]: { 'a.events:0': 0 }, '-1': { 'a.events:0': 3 } },
    offsetsStderr: { [`${START}`]: 'Skip getting offsets for topic-partition a.events-1 due to error: LEADER_NOT_AVAILABLE\n' },
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('Skip getting offsets for topic-partition a.events-1');
  expect(Object.keys(result.files)).toEqual([]);
});
