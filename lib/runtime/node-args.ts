/**
 * The Node.js arguments that run one of the apps from its TypeScript sources, as package.json's
 * scripts do (lib/runtime/register.cjs): for child processes and worker threads.
 */
import * as path from 'node:path';

/** The file a process `--require`s (or a worker requires first) to load TypeScript. */
export const TS_REGISTER = path.join(__dirname, 'register.cjs');

/** `node <NODE_TS_ARGS> apps/<app>.ts ...` */
export const NODE_TS_ARGS: readonly string[] = ['--require', TS_REGISTER];
