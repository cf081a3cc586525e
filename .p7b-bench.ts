import { buildK8s } from './apps/lib/synth-k8s';
import { loadGraphviz } from './constructs/insight/graphviz';
import { previousSvgs } from './apps/k8s';
async function main() {
  let t = performance.now();
  const cold = await loadGraphviz();
  console.log('graphviz load', (performance.now() - t).toFixed(0), 'ms');
  for (const [name, svg] of [['no svg', undefined], ['svg cold', cold], ['svg reused', await loadGraphviz(previousSvgs('/tmp/p7b-out'))]] as const) {
    t = performance.now();
    const b = buildK8s({ svg });
    const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, x) => a + x, 0).toFixed(0);
    console.log(name, 'total', (performance.now() - t).toFixed(0), 'render', sum(b.renderMs), 'insight', sum(b.insightMs), 'gate', sum(b.validateMs));
  }
}
main();
