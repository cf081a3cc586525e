import { ModelError } from '../../lib/model/load';
import type { RenderedTarget } from '../../lib/render/render';
import type { GateProblem } from '../../lib/gate';

/** Prints a failure the way every app does, and returns the exit code to use. */
export function reportFailure(error: unknown): number {
  if (error instanceof ModelError) {
    console.error(`error: invalid model in ${error.message}`);
    return 1;
  }
  console.error(`error: ${(error as Error).stack ?? String(error)}`);
  return 1;
}

export function reportProblems(problems: readonly GateProblem[], outcome = 'dist/ was not changed'): void {
  console.error(
    `error: the safety gate rejected the rendered output (${problems.length} problem${problems.length === 1 ? '' : 's'}); ${outcome}`,
  );
  for (const p of problems.slice(0, 200)) {
    console.error(`  - ${p.target}/${p.file}: ${p.object}: [${p.rule}] ${p.message}`);
  }
  if (problems.length > 200) console.error(`  ... and ${problems.length - 200} more`);
}

/** Warnings of the gate: printed on every synth and validate, never fatal. */
export function reportWarnings(warnings: readonly GateProblem[]): void {
  if (warnings.length === 0) return;
  console.error(`warning: the safety gate reports ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (not fatal):`);
  for (const p of warnings) console.error(`  - ${p.target}/${p.file}: ${p.object}: [${p.rule}] ${p.message}`);
}

/** `objects by kind` line of the synth summary. */
export function kindCounts(rendered: RenderedTarget): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const objects of rendered.files.values()) {
    for (const o of objects) {
      counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
      total++;
    }
  }
  const parts = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`);
  return `${total} objects (${parts.join(', ')})`;
}

/** Per-target summary line: objects by kind, files, render and gate time. */
export function targetSummary(rendered: RenderedTarget, files: number, renderMs: number, gateMs: number): string {
  return `${rendered.target}: ${kindCounts(rendered)}, ${files} files, render ${renderMs.toFixed(0)} ms, gate ${gateMs.toFixed(0)} ms`;
}
