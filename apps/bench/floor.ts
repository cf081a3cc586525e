/**
 * The serialization floor, run in its own process by apps/bench.ts:
 *
 *   node --require ./lib/runtime/register.cjs apps/bench/floor.ts <rendered-dir> <out-file>
 *
 * Reads back every object synth wrote under <rendered-dir> (not timed), then times only what the
 * cheapest deterministic writer needs for the same objects: js-yaml with sorted keys (the options
 * of lib/render/yaml.ts) into one multi-document file. Prints one JSON line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';

export interface FloorResult {
  readonly files: number;
  readonly objects: number;
  readonly bytes: number;
  /** js-yaml dump of every object, joined. */
  readonly dumpMs: number;
  /** Writing the one file. */
  readonly writeMs: number;
  /** dumpMs + writeMs: the floor synth is compared with. */
  readonly floorMs: number;
  /** CPU (user + system) of the same dump and write. */
  readonly floorCpuMs: number;
}

/** Every `.yaml` file under dir, sorted (the order synth writes them in). */
export function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function measureFloor(renderedDir: string, outFile: string): FloorResult {
  const files = yamlFiles(renderedDir);
  const objects: unknown[] = [];
  for (const file of files) {
    for (const doc of yaml.loadAll(fs.readFileSync(file, 'utf8'))) if (doc !== null && doc !== undefined) objects.push(doc);
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  const text = objects.map((o) => yaml.dump(o, { sortKeys: true, noRefs: true, lineWidth: -1, quotingType: '"' })).join('---\n');
  const dumped = performance.now();
  fs.writeFileSync(outFile, text);
  const written = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    files: files.length,
    objects: objects.length,
    bytes: Buffer.byteLength(text),
    dumpMs: dumped - started,
    writeMs: written - dumped,
    floorMs: written - started,
    floorCpuMs: (used.user + used.system) / 1000,
  };
}

if (require.main === module) {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) {
    console.error('usage: floor.ts <rendered-dir> <out-file>');
    process.exitCode = 2;
  } else {
    console.log(JSON.stringify(measureFloor(dir, out)));
  }
}
