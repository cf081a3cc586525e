/**
 * Resource requests of a pod as the scheduler counts them
 * (https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#resource-sharing-within-containers):
 * a container requests its `requests`, or its `limits` where no request is set; a pod requests
 * the sum over its containers (and sidecar init containers), or the largest plain init
 * container when that is larger.
 */
import { parseQuantity } from '../../k8s/quantity';
import { isObject, type Json } from '../context';

export const GPU_RESOURCE = 'nvidia.com/gpu';

export interface Requests {
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly gpus: number;
}

export const NO_REQUESTS: Requests = { cpuMillis: 0, memoryBytes: 0, gpus: 0 };

/** A quantity as rendered (string or number); unparseable or absent: undefined. */
export function quantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    return parseQuantity(value.trim());
  } catch {
    return undefined;
  }
}

export function add(a: Requests, b: Requests): Requests {
  return { cpuMillis: a.cpuMillis + b.cpuMillis, memoryBytes: a.memoryBytes + b.memoryBytes, gpus: a.gpus + b.gpus };
}

export function scale(a: Requests, n: number): Requests {
  return { cpuMillis: a.cpuMillis * n, memoryBytes: a.memoryBytes * n, gpus: a.gpus * n };
}

function max(a: Requests, b: Requests): Requests {
  return {
    cpuMillis: Math.max(a.cpuMillis, b.cpuMillis),
    memoryBytes: Math.max(a.memoryBytes, b.memoryBytes),
    gpus: Math.max(a.gpus, b.gpus),
  };
}

/** Requests from explicit amounts (cpu in cores or a CPU quantity, memory a quantity, GPUs a count). */
export function requestsOf(cpu: unknown, memory: unknown, gpus: unknown = 0): Requests {
  return {
    cpuMillis: Math.round((quantity(cpu) ?? 0) * 1000),
    memoryBytes: Math.round(quantity(memory) ?? 0),
    gpus: quantity(gpus) ?? 0,
  };
}

/** The requests of one container's `resources` block (`requests`, falling back to `limits` per resource). */
export function containerRequests(resources: unknown): Requests {
  const r = isObject(resources) ? resources : {};
  const requests = isObject(r.requests) ? r.requests : {};
  const limits = isObject(r.limits) ? r.limits : {};
  const pick = (name: string) => (requests[name] !== undefined && requests[name] !== null ? requests[name] : limits[name]);
  return requestsOf(pick('cpu'), pick('memory'), pick(GPU_RESOURCE));
}

/** The requests of a pod spec (containers, sidecar init containers, plain init containers). */
export function podSpecRequests(spec: Json): Requests {
  let sum = NO_REQUESTS;
  for (const c of Array.isArray(spec.containers) ? spec.containers : []) if (isObject(c)) sum = add(sum, containerRequests(c.resources));
  let init = NO_REQUESTS;
  for (const c of Array.isArray(spec.initContainers) ? spec.initContainers : []) {
    if (!isObject(c)) continue;
    // Sidecars (restartPolicy: Always) run beside the containers; plain init containers run before them.
    if (c.restartPolicy === 'Always') sum = add(sum, containerRequests(c.resources));
    else init = max(init, containerRequests(c.resources));
  }
  return max(sum, init);
}

const GI = 2 ** 30;

/** `1.5 CPU, 3.0 GiB` (and GPUs when there are any), as the capacity table prints requests. */
export function describeRequests(r: Requests): string {
  return `${(r.cpuMillis / 1000).toFixed(2)} CPU, ${(r.memoryBytes / GI).toFixed(1)} GiB${r.gpus > 0 ? `, ${r.gpus} GPU` : ''}`;
}
