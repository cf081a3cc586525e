/**
 * The pod templates of the rendered objects: workloads (Deployment, StatefulSet, DaemonSet, Job,
 * CronJob, Pod, with their HorizontalPodAutoscalers) and every custom resource that makes an
 * operator start pods, read the way each operator builds its pods (Strimzi, KubeRay, Temporal,
 * Flink, Altinity ClickHouse, Spark, Crossplane, CloudNativePG, OT Redis, ECK, MongoDB). A custom resource of another kind that embeds a
 * pod spec is taken as one pod per spec.
 */
import { asArray, isObject, type Json, type Located } from '../context';
import type { K8sObject } from '../../k8s/object';
import { forEachPodSpec } from '../../k8s/pod-specs';
import { placementOf, type PodPlacement } from '../../k8s/scheduling';
import type { PodTemplate } from './pod-template';
import { add, containerRequests, NO_REQUESTS, podSpecRequests, requestsOf, type Requests } from './resources';

function map(value: unknown): Json {
  return isObject(value) ? value : {};
}

function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function describe(object: K8sObject): string {
  return `${object.kind} ${object.metadata.namespace ? `${object.metadata.namespace}/` : ''}${object.metadata.name}`;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet', 'Job', 'CronJob', 'Pod']);

/** Kubernetes' own dotted API groups (the undotted ones, core included, are built in too). */
const BUILT_IN_GROUPS = new Set([
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'rbac.authorization.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
]);

/** An image of the NVIDIA device plugin (a DaemonSet rendered by the chart, e.g. by `charts:verify`). */
export function isDevicePluginSpec(spec: Json): boolean {
  return asArray(spec.containers).some((c) => isObject(c) && typeof c.image === 'string' && /(^|\/)k8s-device-plugin(:|@|$)/.test(c.image));
}

/** HorizontalPodAutoscalers by `namespace/Kind/name` of their target. */
function autoscalers(objects: readonly Located[]): Map<string, { min: number; max: number }> {
  const found = new Map<string, { min: number; max: number }>();
  for (const { object } of objects) {
    if (object.kind !== 'HorizontalPodAutoscaler') continue;
    const spec = map(object.spec);
    const target = map(spec.scaleTargetRef);
    const min = count(spec.minReplicas, 1);
    found.set(`${object.metadata.namespace ?? ''}/${String(target.kind)}/${String(target.name)}`, {
      min,
      max: count(spec.maxReplicas, min),
    });
  }
  return found;
}

function workloadPods(located: Located, hpas: Map<string, { min: number; max: number }>): PodTemplate[] {
  const { file, object } = located;
  const spec = map(object.spec);
  const base = { file, object, what: describe(object), namespace: object.metadata.namespace ?? '' };
  const pod = (podSpec: Json, extra: Partial<PodTemplate>): PodTemplate => ({
    ...base,
    placement: placementOf(podSpec),
    requests: podSpecRequests(podSpec),
    replicas: { min: 1, max: 1 },
    ...extra,
  });
  switch (object.kind) {
    case 'Pod':
      return [pod(spec, {})];
    case 'Job':
      return [pod(map(map(spec.template).spec), { transient: true })];
    case 'CronJob':
      return [pod(map(map(map(map(spec.jobTemplate).spec).template).spec), { transient: true })];
    case 'DaemonSet': {
      const podSpec = map(map(spec.template).spec);
      return [pod(podSpec, { perNode: true, devicePlugin: isDevicePluginSpec(podSpec) })];
    }
    default: {
      const replicas = count(spec.replicas, 1);
      const hpa = hpas.get(`${object.metadata.namespace ?? ''}/${object.kind}/${object.metadata.name}`);
      return [pod(map(map(spec.template).spec), { replicas: hpa ?? { min: replicas, max: replicas } })];
    }
  }
}

/** Strimzi `template.pod` (affinity and tolerations; Strimzi pod templates have no nodeSelector). */
function strimziPlacement(template: unknown): PodPlacement {
  return placementOf(map(map(template).pod));
}

interface CrContext {
  readonly all: readonly Located[];
  readonly at: Located;
}

type Extractor = (cr: K8sObject, ctx: CrContext) => Array<Omit<PodTemplate, 'file' | 'object' | 'namespace'> & { what: string }>;

const one = { min: 1, max: 1 };

/** Kafka: brokers and controllers come from its KafkaNodePools; the Kafka itself runs the entity operator (and exporter, Cruise Control). */
const kafka: Extractor = (cr) => {
  const spec = map(cr.spec);
  const pods: ReturnType<Extractor> = [];
  if (isObject(spec.entityOperator)) {
    const eo = spec.entityOperator;
    pods.push({
      what: `${describe(cr)} entity operator`,
      placement: strimziPlacement(eo.template),
      requests: add(containerRequests(map(eo.topicOperator).resources), containerRequests(map(eo.userOperator).resources)),
      replicas: one,
    });
  }
  for (const [key, label] of [
    ['kafkaExporter', 'Kafka exporter'],
    ['cruiseControl', 'Cruise Control'],
  ] as const) {
    if (!isObject(spec[key])) continue;
    const part = spec[key] as Json;
    pods.push({
      what: `${describe(cr)} ${label}`,
      placement: strimziPlacement(part.template),
      requests: containerRequests(part.resources),
      replicas: one,
    });
  }
  return pods;
};

const kafkaNodePool: Extractor = (cr, { all }) => {
  const spec = map(cr.spec);
  const cluster = cr.metadata.labels?.['strimzi.io/cluster'];
  const owner = all.find(
    (l) => l.object.kind === 'Kafka' && l.object.metadata.name === cluster && l.object.metadata.namespace === cr.metadata.namespace,
  );
  const kafkaSpec = map(map(owner?.object.spec).kafka);
  const template = isObject(map(spec.template).pod) ? spec.template : kafkaSpec.template;
  const resources = isObject(spec.resources) ? spec.resources : kafkaSpec.resources;
  const replicas = count(spec.replicas, 0);
  return [
    {
      what: describe(cr),
      placement: strimziPlacement(template),
      requests: containerRequests(resources),
      replicas: { min: replicas, max: replicas },
    },
  ];
};

/** Strimzi defaults KafkaConnect to 3 replicas. */
const kafkaConnect: Extractor = (cr) => {
  const spec = map(cr.spec);
  const replicas = count(spec.replicas, 3);
  return [
    {
      what: describe(cr),
      placement: strimziPlacement(spec.template),
      requests: containerRequests(spec.resources),
      replicas: { min: replicas, max: replicas },
    },
  ];
};

/** RayCluster: the head (plus the in-tree autoscaler sidecar) and each worker group between its min and max replicas. */
const rayCluster: Extractor = (cr) => {
  const spec = map(cr.spec);
  const head = map(map(map(spec.headGroupSpec).template).spec);
  const autoscaler = spec.enableInTreeAutoscaling === true ? containerRequests(map(spec.autoscalerOptions).resources) : NO_REQUESTS;
  const pods: ReturnType<Extractor> = [
    { what: `${describe(cr)} head`, placement: placementOf(head), requests: add(podSpecRequests(head), autoscaler), replicas: one },
  ];
  for (const group of asArray(spec.workerGroupSpecs)) {
    const g = map(group);
    const podSpec = map(map(g.template).spec);
    const min = count(g.minReplicas, count(g.replicas, 0));
    pods.push({
      what: `${describe(cr)} worker group ${String(g.groupName)}`,
      placement: placementOf(podSpec),
      requests: podSpecRequests(podSpec),
      replicas: { min, max: Math.max(min, count(g.maxReplicas, min)) },
    });
  }
  return pods;
};

const TEMPORAL_SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;

/**
 * TemporalCluster: one Deployment per service (1 replica unless set), each with the cluster-wide
 * deployment overrides and then its own (the operator applies both); plus the persistence schema
 * Job, which the operator builds without any placement and with `jobResources`.
 */
const temporalCluster: Extractor = (cr) => {
  const spec = map(cr.spec);
  const services = map(spec.services);
  const overridePod = (o: unknown) => map(map(map(map(map(o).deployment).spec).template).spec);
  const shared = overridePod(services.overrides);
  const names: string[] = [...TEMPORAL_SERVICES];
  if (isObject(services.internalFrontend) && services.internalFrontend.enabled === true) names.push('internalFrontend');
  const pods: ReturnType<Extractor> = names.map((name) => {
    const service = map(services[name]);
    const own = overridePod(service.overrides);
    const merged = { ...shared, ...own };
    const replicas = count(service.replicas, 1);
    return {
      what: `${describe(cr)} service ${name}`,
      placement: placementOf(merged),
      requests: containerRequests(service.resources),
      replicas: { min: replicas, max: replicas },
    };
  });
  pods.push({
    what: `${describe(cr)} schema setup Job`,
    placement: { nodeSelector: {}, tolerations: [] },
    requests: containerRequests(spec.jobResources),
    replicas: one,
    transient: true,
  });
  return pods;
};

/** Flink memory (`2048m`, `4g`: binary units, as Flink's MemorySize parses them) in bytes. */
export function flinkMemoryBytes(value: unknown): number {
  const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*([kmgt]?)b?$/i.exec(value.trim()) : null;
  if (!match) return 0;
  const unit = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Number(match[1]) * unit;
}

/** Sidecar containers of a Flink pod template (the operator's main container takes `resource` instead). */
function flinkSidecars(podSpec: Json, main: string): Requests {
  let sum = NO_REQUESTS;
  for (const c of asArray(podSpec.containers)) if (isObject(c) && c.name !== main) sum = add(sum, containerRequests(c.resources));
  return sum;
}

/**
 * FlinkDeployment: the JobManager and the TaskManagers, each with `resource` (cpu cores, Flink
 * memory) for the main container, the pod template of the deployment overlaid by the role's own.
 * A session cluster keeps between `slotmanager.number-of-slots.min` and `.max` slots' worth of TaskManagers.
 */
const flinkDeployment: Extractor = (cr) => {
  const spec = map(cr.spec);
  const conf = map(spec.flinkConfiguration);
  const common = map(map(spec.podTemplate).spec);
  const pods: ReturnType<Extractor> = [];
  for (const role of ['jobManager', 'taskManager'] as const) {
    const r = map(spec[role]);
    const own = map(map(r.podTemplate).spec);
    const podSpec = { ...common, ...own };
    const resource = map(r.resource);
    const main = { cpuMillis: Math.round(Number(resource.cpu ?? 0) * 1000), memoryBytes: flinkMemoryBytes(resource.memory), gpus: 0 };
    let replicas: { min: number; max: number };
    if (role === 'jobManager') replicas = { min: count(r.replicas, 1), max: count(r.replicas, 1) };
    else if (r.replicas !== undefined) replicas = { min: count(r.replicas, 0), max: count(r.replicas, 0) };
    else {
      const slots = Math.max(1, Number(conf['taskmanager.numberOfTaskSlots'] ?? 1));
      const min = Math.ceil(Number(conf['slotmanager.number-of-slots.min'] ?? 0) / slots);
      replicas = { min, max: Math.max(min, Math.ceil(Number(conf['slotmanager.number-of-slots.max'] ?? min * slots) / slots)) };
    }
    pods.push({
      what: `${describe(cr)} ${role === 'jobManager' ? 'JobManager' : 'TaskManagers'}`,
      placement: placementOf(podSpec),
      requests: add(main, flinkSidecars(podSpec, 'flink-main-container')),
      replicas,
    });
  }
  return pods;
};

/** The pod template a ClickHouse(Keeper)Installation uses by default, and its pods per cluster layout. */
function clickHousePods(cr: K8sObject, replicasOf: (layout: Json) => number): ReturnType<Extractor> {
  const spec = map(cr.spec);
  const name = map(map(spec.defaults).templates).podTemplate;
  const templates = asArray(map(spec.templates).podTemplates).map(map);
  const template = templates.find((t) => t.name === name) ?? templates[0] ?? {};
  const podSpec = map(template.spec);
  const pods = asArray(map(spec.configuration).clusters).reduce<number>((n, c) => n + replicasOf(map(map(c).layout)), 0);
  return [{ what: describe(cr), placement: placementOf(podSpec), requests: podSpecRequests(podSpec), replicas: { min: pods, max: pods } }];
}

const clickHouseInstallation: Extractor = (cr) => clickHousePods(cr, (l) => count(l.shardsCount, 1) * count(l.replicasCount, 1));
const clickHouseKeeper: Extractor = (cr) => clickHousePods(cr, (l) => count(l.replicasCount, 1));

/** Spark memory (`4g`, `512m`: binary units) in bytes, and the default overhead (10 %, at least 384 MiB). */
function sparkPodMemory(value: unknown): number {
  const bytes = flinkMemoryBytes(value);
  return bytes + Math.max(0.1 * bytes, 384 * 2 ** 20);
}

/**
 * SparkConnect: the server pod (its template's container resources, else cores and memory with
 * the default overhead) and `instances` executors of `cores` and `memory` plus overhead.
 */
const sparkConnect: Extractor = (cr) => {
  const spec = map(cr.spec);
  const server = map(spec.server);
  const serverPod = map(map(server.template).spec);
  const fromTemplate = podSpecRequests(serverPod);
  const executor = map(spec.executor);
  const executorPod = map(map(executor.template).spec);
  const instances = count(executor.instances, 1);
  return [
    {
      what: `${describe(cr)} server`,
      placement: placementOf(serverPod),
      requests: fromTemplate.cpuMillis > 0 ? fromTemplate : requestsOf(server.cores ?? 1, sparkPodMemory(server.memory)),
      replicas: one,
    },
    {
      what: `${describe(cr)} executors`,
      placement: placementOf(executorPod),
      requests: requestsOf(executor.cores ?? 1, sparkPodMemory(executor.memory)),
      replicas: { min: instances, max: instances },
    },
  ];
};

/** A Crossplane DeploymentRuntimeConfig: one Deployment per Provider and Function that references it. */
const deploymentRuntimeConfig: Extractor = (cr, { all }) => {
  const spec = map(map(map(cr.spec).deploymentTemplate).spec);
  const podSpec = map(map(spec.template).spec);
  const users = all.filter(
    (l) =>
      (l.object.kind === 'Provider' || l.object.kind === 'Function') &&
      l.object.apiVersion.startsWith('pkg.crossplane.io/') &&
      map(map(l.object.spec).runtimeConfigRef).name === cr.metadata.name,
  ).length;
  const pods = users * count(spec.replicas, 1);
  return [{ what: describe(cr), placement: placementOf(podSpec), requests: podSpecRequests(podSpec), replicas: { min: pods, max: pods } }];
};

/**
 * CloudNativePG Cluster: `instances` pods of the `postgres` container with `resources`, placed by
 * `affinity.nodeSelector`, `affinity.tolerations` and `affinity.nodeAffinity` (CloudNativePG's
 * AffinityConfiguration).
 */
const cnpgCluster: Extractor = (cr) => {
  const spec = map(cr.spec);
  const affinity = map(spec.affinity);
  const podSpec = {
    nodeSelector: affinity.nodeSelector,
    tolerations: affinity.tolerations,
    ...(isObject(affinity.nodeAffinity) ? { affinity: { nodeAffinity: affinity.nodeAffinity } } : {}),
  };
  const instances = count(spec.instances, 1);
  return [
    {
      what: describe(cr),
      placement: placementOf(podSpec),
      requests: containerRequests(spec.resources),
      replicas: { min: instances, max: instances },
    },
  ];
};

/** OT Redis operator RedisReplication / RedisSentinel: `clusterSize` pods (Redis and the exporter sidecar when enabled). */
function otRedis(defaultSize: number): Extractor {
  return (cr) => {
    const spec = map(cr.spec);
    const exporter = map(spec.redisExporter);
    const requests = add(
      containerRequests(map(spec.kubernetesConfig).resources),
      exporter.enabled === true ? containerRequests(exporter.resources) : NO_REQUESTS,
    );
    const size = count(spec.clusterSize, defaultSize);
    return [{ what: describe(cr), placement: placementOf(spec), requests, replicas: { min: size, max: size } }];
  };
}

/** ECK's memory for an `elasticsearch` container that sets no resources (requests = limits = 2Gi). */
const ECK_DEFAULT_MEMORY = '2Gi';

/** ECK Elasticsearch: each node set runs `count` pods of its pod template. */
const eckElasticsearch: Extractor = (cr) =>
  asArray(map(cr.spec).nodeSets).map((set) => {
    const s = map(set);
    const podSpec = map(map(s.podTemplate).spec);
    const main = asArray(podSpec.containers).find((c) => isObject(c) && c.name === 'elasticsearch');
    const defaulted = isObject(main) && isObject(main.resources) ? NO_REQUESTS : requestsOf(0, ECK_DEFAULT_MEMORY);
    const n = count(s.count, 0);
    return {
      what: `${describe(cr)} node set ${String(s.name)}`,
      placement: placementOf(podSpec),
      requests: add(podSpecRequests(podSpec), defaulted),
      replicas: { min: n, max: n },
    };
  });

/** MongoDBCommunity: `members` pods of the StatefulSet template it overrides (mongod and the agent). */
const mongodbCommunity: Extractor = (cr) => {
  const spec = map(cr.spec);
  const podSpec = map(map(map(map(spec.statefulSet).spec).template).spec);
  const members = count(spec.members, 3);
  return [
    { what: describe(cr), placement: placementOf(podSpec), requests: podSpecRequests(podSpec), replicas: { min: members, max: members } },
  ];
};

/** Extractors by `group/Kind`. */
const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  'kafka.strimzi.io/Kafka': kafka,
  'kafka.strimzi.io/KafkaNodePool': kafkaNodePool,
  'kafka.strimzi.io/KafkaConnect': kafkaConnect,
  'ray.io/RayCluster': rayCluster,
  'temporal.io/TemporalCluster': temporalCluster,
  'flink.apache.org/FlinkDeployment': flinkDeployment,
  'clickhouse.altinity.com/ClickHouseInstallation': clickHouseInstallation,
  'clickhouse-keeper.altinity.com/ClickHouseKeeperInstallation': clickHouseKeeper,
  'sparkoperator.k8s.io/SparkConnect': sparkConnect,
  'pkg.crossplane.io/DeploymentRuntimeConfig': deploymentRuntimeConfig,
  'postgresql.cnpg.io/Cluster': cnpgCluster,
  'redis.redis.opstreelabs.in/RedisReplication': otRedis(3),
  'redis.redis.opstreelabs.in/RedisSentinel': otRedis(3),
  'elasticsearch.k8s.elastic.co/Elasticsearch': eckElasticsearch,
  'mongodbcommunity.mongodb.com/MongoDBCommunity': mongodbCommunity,
};

/** Every pod template of the rendered objects (Helm Applications aside: chart-pods.ts). */
export function renderedPodTemplates(objects: readonly Located[]): PodTemplate[] {
  const hpas = autoscalers(objects);
  const pods: PodTemplate[] = [];
  for (const located of objects) {
    const { file, object } = located;
    if (WORKLOAD_KINDS.has(object.kind) && /^(apps|batch)\/|^v1$/.test(object.apiVersion)) {
      pods.push(...workloadPods(located, hpas));
      continue;
    }
    const group = object.apiVersion.includes('/') ? object.apiVersion.slice(0, object.apiVersion.indexOf('/')) : '';
    const extractor = EXTRACTORS[`${group}/${object.kind}`];
    const namespace = object.metadata.namespace ?? '';
    if (extractor) {
      for (const p of extractor(object, { all: objects, at: located })) pods.push({ file, object, namespace, ...p });
      continue;
    }
    // Built-in API groups carry pod templates only in the workload kinds above; Applications are chart-pods.ts'.
    if (object.kind === 'Application' || !group.includes('.') || BUILT_IN_GROUPS.has(group)) continue;
    forEachPodSpec(object, ({ spec, path }) =>
      pods.push({
        file,
        object,
        namespace,
        what: `${describe(object)} ${path}`,
        placement: placementOf(spec),
        requests: podSpecRequests(spec),
        replicas: one,
      }),
    );
  }
  return pods;
}
