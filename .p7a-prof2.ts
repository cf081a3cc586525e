import { buildK8s } from './apps/lib/synth-k8s';
import { validateRendered } from './constructs/validation';
const b = buildK8s({});
for (let round = 0; round < 3; round++) {
  const out: string[] = [];
  for (const r of b.rendered) {
    const model = b.model.targets.find((t) => t.target.name === r.target)!;
    const t = performance.now(); validateRendered(r, model); out.push(`${r.target} ${(performance.now() - t).toFixed(0)}`);
  }
  console.log(`round ${round}: ${out.join(', ')}`);
}
console.log('build validate', [...b.validateMs].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
console.log('build render', [...b.renderMs].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
