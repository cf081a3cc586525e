import { buildK8s } from './apps/lib/synth-k8s';
const t0 = performance.now();
const b = buildK8s({});
console.log('build ms', (performance.now()-t0).toFixed(0));
for (const r of b.rendered) {
  const kinds = new Map<string, number>();
  for (const objs of r.files.values()) for (const o of objs) kinds.set(`${o.apiVersion}/${o.kind}`, (kinds.get(`${o.apiVersion}/${o.kind}`) ?? 0) + 1);
  console.log(r.target, 'render', b.renderMs.get(r.target)?.toFixed(0), 'validate', b.validateMs.get(r.target)?.toFixed(0), [...r.files.keys()].length, JSON.stringify([...kinds]));
}
const byRule = new Map<string, number>();
for (const p of b.problems) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
console.log([...byRule]);
const seen = new Set<string>();
for (const p of b.problems) { const k = p.rule + p.message.replace(/\d+/g,'N').slice(0,60); if (seen.has(k)) continue; seen.add(k); console.log(`${p.target}/${p.file}: ${p.object}: [${p.rule}] ${p.message}`); }
