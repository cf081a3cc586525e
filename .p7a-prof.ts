import { buildK8s } from './apps/lib/synth-k8s';
import { RULES, buildContext } from './constructs/validation';
const b = buildK8s({});
const totals = new Map<string, number>();
for (let round = 0; round < 3; round++)
for (const r of b.rendered) {
  const model = b.model.targets.find((t) => t.target.name === r.target)!;
  let t = performance.now();
  const ctx = buildContext(r, model);
  totals.set('context', (totals.get('context') ?? 0) + performance.now() - t);
  for (const [name, rule] of Object.entries(RULES)) { t = performance.now(); rule(ctx); totals.set(name, (totals.get(name) ?? 0) + performance.now() - t); }
}
console.log([...totals].map(([k, v]) => `${k} ${(v / 15).toFixed(1)}`).join('\n'));
