/**
 * The cloud half's module, loaded on first use: cdktf and the provider classes cost a second of
 * module loading that `validate`, `synth:k8s` and a refused model never need. A require, not an
 * `import()`: the apps run under tsx's CommonJS hook only (lib/runtime/register.cjs), and Node's
 * own `import()` does not resolve TypeScript files.
 */
export function cloudModule(): typeof import('./cloud') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./cloud');
}
