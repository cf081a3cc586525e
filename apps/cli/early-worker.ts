/**
 * Imported first by apps/synth.ts, before anything heavy: when that app is the process, its synth
 * worker starts loading cdktf now, on the other core, while this thread loads the renderer and the
 * gate (lib/synth/runner.ts startEarlyWorker). Imported anywhere else, it does nothing.
 */
import * as path from 'node:path';
import { startEarlyWorker } from '../../lib/synth/runner';

if (require.main?.filename === path.join(__dirname, '..', 'synth.ts')) startEarlyWorker(process.argv.slice(2));
