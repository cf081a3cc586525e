// How every app runs: `node --require ./lib/runtime/register.cjs apps/<app>.ts` (package.json), and
// how the synth's worker and the tests' child processes start (lib/runtime/node-args.ts).
// Measured on the 2-core machine (docs/adr/0024-app-runtime-and-synth-worker.md).
const Module = require('node:module');
const v8 = require('node:v8');

// V8 optimizes a function with TurboFan once it has run a while; an app runs for seconds, and those
// compilations cost a full synth ~0.9 s of its ~4.8 s of CPU for little gain. A 7x larger budget
// leaves only really hot code (10,000 tenants) to TurboFan: synth 2.2 s instead of 2.9 s, and the
// 10,000-tenant synth 9.5 s instead of 10.2 s. Flags are per process: the worker threads share it.
v8.setFlagsFromString('--interrupt-budget=500000');

// tsx's CommonJS hook compiles our TypeScript. Two of its defaults are undone:
// - it scans every required .js file, node_modules included, for ESM syntax with es-module-lexer
//   (its asm.js build until the WASM one has loaded, which a worker never waits for: ~0.5 s of a
//   synth's worker); the .js files here (node_modules, the compiled imports/) are CommonJS, and
//   Node 20.19+ loads an ES module through require() by itself, so .js goes back to Node's loader;
// - it turns on source maps, so Node parses the inline map of each compiled file; an app turns
//   them on again for --debug (its stack traces then point into the TypeScript).
// No ESM loader hooks (`--import tsx`): they run on a thread of their own and every import waits on it.
const nodeJs = Module._extensions['.js'];
require('tsx/cjs');
Module._extensions['.js'] = nodeJs;
process.setSourceMapsEnabled(process.argv.includes('--debug'));
