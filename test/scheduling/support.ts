/** Small synthetic targets and objects for the scheduling rule: a few pools, a few pods, nothing rendered. */
import { poolLabels, taintsOf } from '../../config/node-pools';
import { TIER_QUOTAS } from '../../config/tenancy';
import { prodAws } from '../../config/targets/prod-aws';
import { prodAzure } from '../../config/targets/prod-azure';
import { prodGcp } from '../../config/targets/prod-gcp';
import type { Cloud, NodePoolName, NodePoolSpec, ResolvedTarget, TargetSpec, Tenant, Tier } from '../../config/types';
import { buildContext, contextOf, type Finding, type Located } from '../../lib/gate';
import { schedulingRule } from '../../lib/gate/rules/scheduling';
import { analyseScheduling, type SchedulingAnalysis } from '../../lib/gate/scheduling/analysis';
import type { K8sObject } from '../../lib/k8s/object';
import { fixtureModel } from '../baseline/fixture';

type Json = Record<string, unknown>;

const MACHINES: Record<Cloud, { small: string; gpu: string }> = {
  azure: { small: 'Standard_D4s_v3', gpu: 'Standard_NC6s_v3' },
  aws: { small: 'm5.xlarge', gpu: 'p3.2xlarge' },
  gcp: { small: 'e2-standard-4', gpu: 'a2-highgpu-1g' },
};
const BASE: Record<Cloud, TargetSpec> = { azure: prodAzure, aws: prodAws, gcp: prodGcp };
const ZONE: Record<Cloud, string> = { azure: '1', aws: 'eu-west-1a', gcp: 'europe-west4-a' };

/** A pool of a cloud: the real labels and taints of `name`, a 4-vCPU machine (GPU machine for `gpu`), 1..2 nodes. */
export function pool(cloud: Cloud, name: NodePoolName, o: Partial<NodePoolSpec> = {}): NodePoolSpec {
  return {
    name,
    machineType: name === 'gpu' ? MACHINES[cloud].gpu : MACHINES[cloud].small,
    min: 1,
    max: 2,
    zones: [ZONE[cloud]],
    labels: poolLabels(name),
    taints: taintsOf(name),
    ...(name === 'system' ? { criticalAddonsOnly: true } : {}),
    ...(name === 'gpu' ? { gpu: { type: 'nvidia-tesla-v100', count: 1 } } : {}),
    ...o,
  };
}

/** A target of `cloud` with exactly these pools. */
export function targetWith(cloud: Cloud, pools: readonly NodePoolSpec[]): TargetSpec {
  const base = BASE[cloud];
  return { ...base, name: `test-${cloud}`, cluster: { ...base.cluster, nodePools: pools } };
}

export function tenant(slug: string, tier: Exclude<Tier, 'ENTERPRISE'>, quota = TIER_QUOTAS[tier]): Tenant {
  return { slug, tier, targets: [], ownerGroup: `${slug}-admins`, quota };
}

export function modelWith(target: TargetSpec, tenants: readonly Tenant[] = []): ResolvedTarget {
  return fixtureModel({ target, tenants });
}

export interface PodOptions {
  readonly nodeSelector?: Record<string, string>;
  readonly tolerations?: Json[];
  readonly affinity?: Json;
  readonly cpu?: string;
  readonly memory?: string;
  readonly gpus?: number;
  readonly image?: string;
}

export function podSpec(o: PodOptions = {}): Json {
  const requests: Json = { cpu: o.cpu ?? '100m', memory: o.memory ?? '128Mi' };
  if (o.gpus) requests['nvidia.com/gpu'] = String(o.gpus);
  return {
    ...(o.nodeSelector ? { nodeSelector: o.nodeSelector } : {}),
    ...(o.tolerations ? { tolerations: o.tolerations } : {}),
    ...(o.affinity ? { affinity: o.affinity } : {}),
    containers: [
      {
        name: 'main',
        image: o.image ?? 'registry.test/app:1.0.0',
        resources: { requests, limits: o.gpus ? { 'nvidia.com/gpu': String(o.gpus) } : {} },
      },
    ],
  };
}

export function workload(
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job',
  name: string,
  o: PodOptions & { replicas?: number } = {},
): K8sObject {
  return {
    apiVersion: kind === 'Job' ? 'batch/v1' : 'apps/v1',
    kind,
    metadata: { name, namespace: 'matih-data-plane' },
    spec: {
      ...(o.replicas !== undefined ? { replicas: o.replicas } : {}),
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: podSpec(o) },
    },
  };
}

export function hpa(target: string, min: number, max: number): K8sObject {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: target, namespace: 'matih-data-plane' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target }, minReplicas: min, maxReplicas: max },
  };
}

/** A Helm Application as the GitOps feature renders it. */
export function application(name: string, chart: string, version: string, values: Json, namespace = 'matih-data-plane'): K8sObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: {
      destination: { namespace, server: 'https://kubernetes.default.svc' },
      source: { chart, repoURL: 'https://charts.test', targetRevision: version, helm: { releaseName: name, valuesObject: values } },
    },
  };
}

/** The placement ConfigMap of a tenant namespace, as constructs/k8s/tenants renders it. */
export function placementConfigMap(slug: string, nodeSelector: Json, tolerations: Json[]): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'tenant-placement', namespace: `tenant-${slug}` },
    data: { nodeSelector: JSON.stringify(nodeSelector), tolerations: JSON.stringify(tolerations) },
  } as K8sObject;
}

export const located = (objects: readonly K8sObject[]): Located[] => objects.map((object) => ({ file: 'test.yaml', object }));

export function analyse(model: ResolvedTarget, objects: readonly K8sObject[]): SchedulingAnalysis {
  return analyseScheduling(located(objects), model);
}

/** The rule's findings (through the gate's context), as `severity: message` lines. */
export function findings(model: ResolvedTarget, objects: readonly K8sObject[]): string[] {
  const found: Finding[] = schedulingRule(contextOf(model.target.name, located(objects), undefined, model));
  return found.map((f) => `${f.severity ?? 'error'}: ${f.message}`);
}

export const errors = (model: ResolvedTarget, objects: readonly K8sObject[]) =>
  findings(model, objects).filter((f) => f.startsWith('error: '));
export const warnings = (model: ResolvedTarget, objects: readonly K8sObject[]) =>
  findings(model, objects).filter((f) => f.startsWith('warning: '));

export { buildContext };
