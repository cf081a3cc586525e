/**
 * The model-side half of the constructs' own input checks: every value a construct would refuse
 * (a service whose port is not its `http` port, an RBAC wildcard, an even KRaft quorum, a chart
 * scaled below zero) is refused here first, with the key path, so the error names the file that
 * set it (lib/model/load.ts attributes key paths to override files) instead of surfacing as an
 * exception from inside a constructor. The constructors keep their checks as a last line.
 */
import { isQuantity } from '../k8s/quantity';
import type { ChartComponent, KafkaSizing, PlatformSpec, RaySizing, ServiceComponent } from '../../config/types';

/** The label every first-party service's pods carry with the component name (Deployment selector, NetworkPolicies). */
const NAME_LABEL = 'app.kubernetes.io/name';
/** The operated component whose presence renders the Kafka cluster. */
export const KAFKA_COMPONENT = 'kafka';

const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Config entries become environment variables (envFrom): other keys are silently skipped by the kubelet. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GO_DURATION = /^([0-9]+(ns|us|ms|s|m|h))+$/;
/** Spark (`4g`, `512m`) and Flink (`2048m`) memory sizes. */
const JVM_MEMORY = /^[1-9][0-9]*[kmgt]$/;

const show = (v: unknown) => JSON.stringify(v) ?? String(v);
const isPort = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535;
const positiveInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Ports, image, selector, RBAC, PDB and Kafka use of a first-party service. Returns false when the
 * image is too broken for the remaining checks (tag rules) to read it.
 */
export function checkServiceShape(name: string, c: ServiceComponent, spec: PlatformSpec, problems: string[]): boolean {
  const where = `components.${name}`;
  const image = c.image as unknown;
  if (!isObject(image) || typeof image.repository !== 'string' || typeof image.tag !== 'string' || image.tag === '')
    problems.push(`${where}.image: expected { repository: <string>, tag: <string> }, found ${show(image)}`);
  if (!isPort(c.port)) problems.push(`${where}.port: expected a port number (1-65535), found ${show(c.port)}`);
  if (!Array.isArray(c.ports)) {
    problems.push(`${where}.ports: expected a list of { name, port }, found ${show(c.ports)}`);
    return false;
  }
  const names = new Set<string>();
  c.ports.forEach((p, i) => {
    if (!isPort(p?.port)) problems.push(`${where}.ports[${i}].port: expected a port number (1-65535), found ${show(p?.port)}`);
    if (typeof p?.name !== 'string' || p.name.length > 15 || !PORT_NAME.test(p.name))
      problems.push(`${where}.ports[${i}].name: expected an IANA port name (lowercase, at most 15 characters), found ${show(p?.name)}`);
    else if (names.has(p.name)) problems.push(`${where}.ports[${i}].name: "${p.name}" is used twice`);
    else names.add(p.name);
  });
  const http = c.ports.find((p) => p?.name === 'http');
  if (!http) problems.push(`${where}.ports: needs a port named "http" (the service's main port, ${show(c.port)})`);
  else if (isPort(c.port) && http.port !== c.port)
    problems.push(
      `${where}.port: ${c.port} differs from the port named "http" in ${where}.ports (${http.port}); the main port is the http port: change both`,
    );
  if (c.metricsPort !== undefined && !c.ports.some((p) => p?.port === c.metricsPort))
    problems.push(`${where}.metricsPort: ${show(c.metricsPort)} is not one of its ports (${c.ports.map((p) => p?.port).join(', ')})`);
  if (!isObject(c.podSelector) || c.podSelector[NAME_LABEL] !== name)
    problems.push(
      `${where}.podSelector: must contain ${NAME_LABEL}: ${name} (the Deployment selector relies on it), found ${show(c.podSelector)}`,
    );
  (c.kubernetesApi ?? []).forEach((rule, i) => {
    for (const field of ['apiGroups', 'resources', 'verbs'] as const) {
      const values = rule?.[field];
      if (!Array.isArray(values) || values.length === 0)
        problems.push(`${where}.kubernetesApi[${i}].${field}: must list at least one entry`);
      else if (values.some((v) => typeof v !== 'string' || v.includes('*')))
        problems.push(
          `${where}.kubernetesApi[${i}].${field}: wildcard "*" is not allowed; list the ${field} needed, found ${show(values)}`,
        );
    }
  });
  if (c.autoscaling && Number.isInteger(c.autoscaling.minReplicas) && c.autoscaling.minReplicas < 1)
    problems.push(`${where}.autoscaling.minReplicas: expected at least 1, found ${c.autoscaling.minReplicas}`);
  const replicas = c.autoscaling ? c.autoscaling.minReplicas : c.replicas;
  if (c.pdbMinAvailable !== undefined && Number.isInteger(replicas) && replicas > 1) {
    const min = c.pdbMinAvailable;
    if (!Number.isInteger(min) || min < 1 || min >= replicas)
      problems.push(
        `${where}.pdbMinAvailable: ${show(min)} must be a positive integer below the ${replicas} replicas, or node drains block`,
      );
  }
  if (c.ingress && (typeof c.ingress.hostPrefix !== 'string' || !DNS_LABEL.test(c.ingress.hostPrefix)))
    problems.push(
      `${where}.ingress.hostPrefix: expected a DNS label (lowercase letters, digits, "-"), found ${show(c.ingress.hostPrefix)}`,
    );
  for (const key of Object.keys(isObject(c.config) ? c.config : {}))
    if (!ENV_NAME.test(key)) problems.push(`${where}.config: "${key}" is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*)`);
  const usesKafka = (c.kafka?.produces?.length ?? 0) + (c.kafka?.consumes?.length ?? 0) > 0;
  if (usesKafka && !spec.components[KAFKA_COMPONENT]?.enabled)
    problems.push(`${where}.kafka: produces or consumes topics, but component "${KAFKA_COMPONENT}" (the Kafka cluster) is disabled`);
  return isObject(image) && typeof image.tag === 'string';
}

/** KRaft quorum and replication of the Kafka cluster (what the Strimzi constructs need). */
export function checkKafkaSizing(where: string, s: KafkaSizing, problems: string[]): void {
  for (const key of ['brokers', 'controllers', 'replicationFactor', 'minInsyncReplicas', 'defaultPartitions', 'retentionHours'] as const)
    if (!positiveInt(s[key])) problems.push(`${where}.${key}: expected a positive integer, found ${show(s[key])}`);
  if (problems.length > 0 && !positiveInt(s.brokers)) return;
  if (s.replicationFactor > s.brokers)
    problems.push(
      `${where}.brokers: ${s.brokers} broker(s) cannot hold replicationFactor ${s.replicationFactor} (${where}.replicationFactor)`,
    );
  if (s.minInsyncReplicas > s.replicationFactor)
    problems.push(`${where}.minInsyncReplicas: ${s.minInsyncReplicas} exceeds replicationFactor ${s.replicationFactor}`);
  if (positiveInt(s.controllers) && s.controllers % 2 === 0)
    problems.push(`${where}.controllers: must be odd for a KRaft quorum, found ${s.controllers}`);
  if (typeof s.brokerStorage !== 'string' || !isQuantity(s.brokerStorage))
    problems.push(`${where}.brokerStorage: expected a Kubernetes quantity, found ${show(s.brokerStorage)}`);
}

export function checkRaySizing(where: string, ray: RaySizing, problems: string[]): void {
  for (const group of ['cpuWorkers', 'gpuWorkers'] as const) {
    const g = ray[group];
    if (!g) continue;
    if (!Number.isInteger(g.minReplicas) || g.minReplicas < 0)
      problems.push(`${where}.${group}.minReplicas: expected a non-negative integer, found ${show(g.minReplicas)}`);
    else if (!Number.isInteger(g.maxReplicas) || g.maxReplicas < Math.max(1, g.minReplicas))
      problems.push(`${where}.${group}.maxReplicas: ${show(g.maxReplicas)} must be at least 1 and at least minReplicas ${g.minReplicas}`);
  }
}

/** Keys of operated components' sizing that count something: positive integers wherever they appear. */
const COUNTS = new Set(['replicas', 'instances', 'cores', 'slots', 'historyShards', 'checkpointIntervalSeconds']);

/**
 * The sizing of an operated component (ClickHouse, Temporal, Spark Connect, Flink, Kafka Connect),
 * by the shape of its keys: counts are positive integers, `storage` a quantity, `memory` a JVM size,
 * `retention` a Go duration, a Keeper quorum odd, `min <= max`.
 */
export function checkOperatedSizing(where: string, sizing: Record<string, unknown>, problems: string[]): void {
  if (!isObject(sizing)) return;
  for (const [key, value] of Object.entries(sizing)) {
    const at = `${where}.${key}`;
    if (COUNTS.has(key) && !positiveInt(value)) problems.push(`${at}: expected a positive integer, found ${show(value)}`);
    else if (key === 'storage' && (typeof value !== 'string' || !isQuantity(value)))
      problems.push(`${at}: expected a Kubernetes quantity, found ${show(value)}`);
    else if (key === 'memory' && typeof value === 'string' && !JVM_MEMORY.test(value) && !isQuantity(value))
      problems.push(`${at}: expected a memory size such as 2048m or 4g, found ${show(value)}`);
    else if (key === 'retention' && (typeof value !== 'string' || !GO_DURATION.test(value)))
      problems.push(`${at}: expected a Go duration such as 720h, found ${show(value)}`);
    else if (isObject(value) && key !== 'resources') checkOperatedSizing(at, value, problems);
  }
  const keeper = sizing.keeper;
  if (isObject(keeper) && positiveInt(keeper.replicas) && (keeper.replicas as number) % 2 === 0)
    problems.push(`${where}.keeper.replicas: must be odd for a Raft quorum, found ${keeper.replicas}`);
  if (positiveInt(sizing.min) && positiveInt(sizing.max) && (sizing.min as number) > (sizing.max as number))
    problems.push(`${where}.min: ${sizing.min} exceeds max ${sizing.max}`);
}

/** Replica values of a chart: `replicaCount`, `replicas` and `<section>.replicaCount` anywhere in its values. */
function replicaValues(values: unknown, path = 'values'): Array<{ path: string; value: unknown }> {
  if (!isObject(values)) return [];
  const found: Array<{ path: string; value: unknown }> = [];
  for (const [key, value] of Object.entries(values)) {
    const at = `${path}.${key}`;
    if ((key === 'replicaCount' || key === 'replicas') && (value === null || typeof value !== 'object')) found.push({ path: at, value });
    else if (isObject(value)) found.push(...replicaValues(value, at));
  }
  return found;
}

function valueAt(values: unknown, path: string): unknown {
  let node = values;
  for (const key of path.split('.').slice(1)) node = isObject(node) ? node[key] : undefined;
  return node;
}

/**
 * Chart replica values are non-negative integers. Scaling a stateful chart to 0 where its catalog
 * entry (config/components) runs replicas needs `allowZeroReplicas: true`; zeros the catalog itself
 * sets (Loki's unused read/write/backend targets in SingleBinary mode) are its design.
 */
export function checkChartReplicas(where: string, c: ChartComponent, catalog: ChartComponent | undefined, problems: string[]): void {
  for (const { path, value } of replicaValues(c.values)) {
    if (!Number.isInteger(value) || (value as number) < 0)
      problems.push(`${where}.${path}: expected a non-negative whole number of replicas, found ${show(value)}`);
    else if (value === 0 && c.stateful && c.allowZeroReplicas !== true && valueAt(catalog?.values, path) !== 0)
      problems.push(
        `${where}.${path}: 0 stops a stateful chart (its data stays, nothing serves it); set ${where}.allowZeroReplicas: true if that is meant`,
      );
  }
}
