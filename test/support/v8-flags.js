// The apps' V8 budget (lib/runtime/register.cjs) in every jest process as well: tests run for seconds too.
require('node:v8').setFlagsFromString('--interrupt-budget=500000');
