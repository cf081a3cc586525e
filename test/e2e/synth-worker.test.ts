/**
 * The synth worker (lib/synth/runner.ts) as `npm run synth` runs it, in a real worker thread: the
 * files it makes for a target are the ones this thread makes, and past its queue limit a target's
 * files are made in the calling thread instead (a fleet's hundreds of targets never pile up in it).
 */
import { inProcess, startSynthWorker, type SynthWorker } from '../../lib/synth/runner';
import type { LazyFiles } from '../../lib/render/atomic-output';
import { renderedTarget, shippedBuild } from '../support/render';

jest.setTimeout(60_000);

const texts = (files: LazyFiles) => new Map(files.paths.map((p) => [p, files.content(p)]));
const job = (name: string) => ({
  target: shippedBuild().model.targets.find((t) => t.target.name === name)!,
  files: renderedTarget(name).files,
});
const objectsOf = (name: string) => [...renderedTarget(name).files.values()].reduce((n, list) => n + list.length, 0);

let worker: SynthWorker;
afterAll(() => worker?.close());

test('the worker makes the files this thread makes; past its queue limit the next target is made here', async () => {
  // Room for the first target only: while it waits, the second does not fit.
  // No stacks here: cdktf stays unloaded.
  worker = startSynthWorker({ maxQueuedObjects: objectsOf('prod-gcp'), preloadCloud: false });
  worker.attach(undefined);
  const [first, second] = await Promise.all([worker.files(job('prod-gcp')), worker.files(job('prod-aws'))]);
  expect(worker.made).toEqual({ inWorker: 1, here: 1 });
  const local = inProcess();
  expect(texts(first)).toEqual(texts(await local.files(job('prod-gcp'))));
  expect(texts(second)).toEqual(texts(await local.files(job('prod-aws'))));
  expect([...texts(first).keys()]).toContain('INVENTORY.md');
});
