/** How every command reports gate problems, model warnings and notes: once each, compact. */
import type { GateProblem } from '../../lib/gate';
import type { ModelWarning, PlatformModel } from '../../lib/model/load';
import { placeholderIdentities } from '../../lib/model/outputs';
import type { Context } from './command';
import { plural } from './io';

/** Problems listed before "... and N more". */
const MAX_PROBLEMS = 200;

export function reportProblems(ctx: Context, problems: readonly GateProblem[], outcome: string): void {
  ctx.err(`error: the safety gate rejected the rendered output (${plural(problems.length, 'problem')}); ${outcome}`);
  for (const p of problems.slice(0, MAX_PROBLEMS)) ctx.err(`  - ${p.target}/${p.file}: ${p.object}: [${p.rule}] ${p.message}`);
  if (problems.length > MAX_PROBLEMS) ctx.err(`  ... and ${problems.length - MAX_PROBLEMS} more`);
}

/** Warnings of the model, each once (they never fail a run). */
export function reportWarnings(ctx: Context, warnings: readonly ModelWarning[]): void {
  for (const w of warnings) ctx.err(ctx.errColor.yellow(`warning: ${w.file}: ${w.message}`));
}

/** Warnings of the safety gate (capacity above 80 %, ...): listed once, never fatal. */
export function reportGateWarnings(ctx: Context, warnings: readonly GateProblem[]): void {
  if (warnings.length === 0) return;
  ctx.err(ctx.errColor.yellow(`warning: the safety gate reports ${plural(warnings.length, 'warning')} (not fatal):`));
  for (const p of warnings) ctx.err(`  - ${p.target}/${p.file}: ${p.object}: [${p.rule}] ${p.message}`);
}

/**
 * One note for every target whose Azure workload identities still carry the placeholder client id
 * (grouped: the same identities on three targets are one line, not three).
 */
export function placeholderNote(model: PlatformModel): string | undefined {
  const byList = new Map<string, string[]>();
  for (const t of model.targets) {
    const pending = placeholderIdentities(t);
    if (pending.length === 0) continue;
    const key = pending.join(', ');
    byList.set(key, [...(byList.get(key) ?? []), t.target.name]);
  }
  if (byList.size === 0) return undefined;
  const parts = [...byList].map(
    ([list, targets]) => `${targets.join(', ')}: ${plural(list.split(', ').length, 'workload identity', 'workload identities')} (${list})`,
  );
  return `note: ${parts.join('; ')} carry the placeholder client id until \`npm run cloud-outputs -- --target <target>\` records the deployed ones`;
}
