/**
 * The capacity sections of INVENTORY.md: per node pool, what its maximum size offers against
 * the requests of the pods that can only land there (the safety gate's scheduling analysis), and
 * which pod templates those are.
 */
import { describeTaint } from '../k8s/scheduling';
import { describeShare, type SchedulingAnalysis } from '../gate/scheduling/analysis';
import { describeRequests, type Requests } from '../gate/scheduling/resources';
import { table } from './markdown';

const GI = 2 ** 30;

function short(r: Requests): string {
  return `${(r.cpuMillis / 1000).toFixed(1)} / ${(r.memoryBytes / GI).toFixed(0)}Gi${r.gpus > 0 ? ` / ${r.gpus} GPU` : ''}`;
}

function byName<T>(list: readonly T[], name: (t: T) => string): T[] {
  return [...list].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

/** Markdown lines of the `Node pools and capacity` and `Pods by node pool` sections. */
export function capacityMarkdown(analysis: SchedulingAnalysis): string[] {
  const lines = [
    '## Node pools and capacity',
    '',
    "Figures are CPU / memory. Requested = the requests of the pods that can only land on the pool, at their floor (replicas, HPA `minReplicas`), DaemonSets once per node; capacity = maximum nodes x allocatable per node (machine size minus the cloud's published kubelet reservations). The safety gate fails above 100 % and warns above 80 %; `At maxima` is the same at the autoscaling maxima (a warning above 100 %).",
    '',
    ...table(
      [
        'Pool',
        'Machine',
        'Nodes',
        'Taints',
        'Allocatable per node',
        'Capacity',
        'Requested',
        'Used',
        'Pods',
        'At maxima',
        'GPU plugin',
        'Tenants',
      ],
      analysis.capacity.map((c) => {
        const tenants = analysis.tenants.filter((t) => t.pool === c.pool).map((t) => `${t.tenant.slug} (${t.tenant.tier})`);
        return [
          c.pool.name,
          c.pool.spec.machineType,
          `${c.pool.spec.min}-${c.pool.spec.max}`,
          c.pool.taints.map(describeTaint).join(', ') || 'none',
          short(c.perNode),
          short(c.capacity),
          short(c.requested),
          describeShare(c.requested, c.capacity),
          c.pods,
          `${c.podsAtMax} pods: ${describeShare(c.requestedAtMax, c.capacity)}`,
          c.pool.machine.gpus > 0 ? c.devicePlugin : '',
          tenants.join(', '),
        ];
      }),
    ),
    '',
    '## Pods by node pool',
    '',
    "Every pod template the target runs and the pools it may use (labels, affinity, taints, GPUs, node size); only a template with exactly one pool counts in that pool's capacity. Transient pods (Jobs, hooks, per-user and tenant pods) need a place but are not counted.",
    '',
    ...table(
      ['Pod template', 'Namespace', 'Pools', 'Replicas', 'Requests per pod'],
      byName(analysis.placements, (p) => p.pod.what).map((p) => [
        p.pod.what,
        p.pod.namespace,
        p.fits.map((f) => f.name).join(', ') || 'none',
        p.pod.perNode
          ? 'one per node'
          : p.pod.transient
            ? 'transient'
            : p.pod.replicas.min === p.pod.replicas.max
              ? p.pod.replicas.min
              : `${p.pod.replicas.min}-${p.pod.replicas.max}`,
        describeRequests(p.pod.requests),
      ]),
    ),
  ];
  return lines;
}
