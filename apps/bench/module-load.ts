/**
 * Module-load probe, run in a fresh process by apps/bench.ts:
 *
 *   node --require ./lib/runtime/register.cjs apps/bench/module-load.ts <module>
 *
 * Requires the module (an app: its `require.main` guard keeps it from running) and prints one JSON
 * line: `requireMs` (the require alone, tsx transpilation included) and `sinceStartMs` (from process
 * start, Node and tsx bootstrap included).
 */
import * as path from 'node:path';

const target = process.argv[2];
if (!target) {
  console.error('usage: module-load.ts <module>');
  process.exitCode = 2;
} else {
  const started = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the probe times a synchronous load of exactly this module
  require(path.resolve(target));
  const loaded = performance.now();
  console.log(JSON.stringify({ module: target, requireMs: loaded - started, sinceStartMs: loaded }));
}
