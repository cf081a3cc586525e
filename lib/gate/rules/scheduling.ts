/**
 * Every pod has a place: each pod template the target runs (workloads, operator custom resources,
 * Helm Applications through their pod maps, tenant placements) must have a node pool whose labels
 * satisfy its nodeSelector and required node affinity, whose NoSchedule/NoExecute taints it all
 * tolerates (the cloud's own included), that advertises `nvidia.com/gpu` when it asks for GPUs,
 * and whose nodes are large enough for one pod; and each pool must hold the pods that can only
 * land there at its maximum size (warning above 80 %). The analysis lives in lib/gate/scheduling/,
 * the Kubernetes matching semantics in lib/k8s/scheduling.ts.
 */
import { type Finding, type GateContext } from '../context';
import { schedulingAnalysis, type SchedulingAnalysis } from '../scheduling/analysis';

const cache = new WeakMap<GateContext, SchedulingAnalysis>();

/** The scheduling analysis of a context (computed once per context). */
export function schedulingAnalysisOf(ctx: GateContext): SchedulingAnalysis | undefined {
  if (!ctx.model) return undefined;
  let found = cache.get(ctx);
  if (!found) cache.set(ctx, (found = schedulingAnalysis(ctx.objects, ctx.model)));
  return found;
}

export function schedulingRule(ctx: GateContext): Finding[] {
  const analysis = schedulingAnalysisOf(ctx);
  if (!analysis) return [];
  return analysis.findings.map((f) => ({
    file: f.file,
    object: f.object,
    message: f.message,
    ...(f.severity === 'warning' ? { severity: 'warning' as const } : {}),
  }));
}
