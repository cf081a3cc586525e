/**
 * The scheduling rule on small synthetic targets: each problem it exists for (a selector no pool
 * matches, a taint nobody tolerates, the implicit AKS one included, a GPU pod without a device
 * plugin, a pod larger than every node, a pool over capacity, a tenant tier without a place)
 * reproduced, caught, and fixed.
 */
import { poolTolerations } from '../../config/node-pools';
import { RULES } from '../../lib/gate';
import { analyseScheduling } from '../../lib/gate/scheduling/analysis';
import { analyse, application, errors, findings, hpa, modelWith, placementConfigMap, pool, targetWith, tenant, workload } from './support';

const dp = {
  nodeSelector: { 'matih.ai/node-pool': 'dataplane' },
  tolerations: poolTolerations('dataplane') as unknown as Record<string, unknown>[],
};

test('the rule is registered in the gate', () => {
  expect(Object.keys(RULES)).toContain('scheduling');
});

describe('a pool must match the selector', () => {
  const model = modelWith(targetWith('aws', [pool('aws', 'platform'), pool('aws', 'dataplane')]));

  test('a nodeSelector no pool carries is an error naming the pools and their labels', () => {
    const pod = workload('Deployment', 'lost', { ...dp, nodeSelector: { 'matih.ai/node-pool': 'datplane' } });
    expect(errors(model, [pod])).toEqual([
      expect.stringMatching(
        /^error: Deployment matih-data-plane\/lost: no node pool has nodes matching its nodeSelector \{"matih.ai\/node-pool":"datplane"\} \(pools: platform .*, dataplane .*\)$/,
      ),
    ]);
    expect(errors(model, [workload('Deployment', 'found', dp)])).toEqual([]);
  });

  test('required node affinity is read as well, terms ORed', () => {
    const affinity = (values: string[]) => ({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'matih.ai/node-pool', operator: 'In', values }] }],
        },
      },
    });
    expect(errors(model, [workload('Deployment', 'a', { tolerations: dp.tolerations, affinity: affinity(['gpu']) })])).toEqual([
      expect.stringMatching(/no node pool has nodes matching its nodeSelector \{\} and required node affinity/),
    ]);
    expect(errors(model, [workload('Deployment', 'b', { tolerations: dp.tolerations, affinity: affinity(['gpu', 'dataplane']) })])).toEqual(
      [],
    );
  });

  test('the cloud labels count: zone, instance type, node group', () => {
    const pod = workload('Deployment', 'zonal', {
      ...dp,
      nodeSelector: { 'topology.kubernetes.io/zone': 'eu-west-1a', 'eks.amazonaws.com/nodegroup': 'dataplane' },
    });
    expect(errors(model, [pod])).toEqual([]);
    const wrongZone = workload('Deployment', 'zonal', { ...dp, nodeSelector: { 'topology.kubernetes.io/zone': 'eu-west-1c' } });
    expect(errors(model, [wrongZone])).toHaveLength(1);
  });
});

describe('taints must be tolerated', () => {
  test('a pod without the pool taint toleration names the pool and the taint', () => {
    const model = modelWith(targetWith('aws', [pool('aws', 'platform'), pool('aws', 'dataplane')]));
    const pod = workload('StatefulSet', 'store', { nodeSelector: dp.nodeSelector });
    expect(errors(model, [pod])).toEqual([
      'error: StatefulSet matih-data-plane/store: the pools matching its nodeSelector/affinity (dataplane) all carry a taint it does not tolerate: dataplane: matih.ai/data-plane=true:NoSchedule',
    ]);
  });

  test('the implicit AKS CriticalAddonsOnly taint of the system pool blocks what is pinned there, and says it comes from the cloud', () => {
    const model = modelWith(targetWith('azure', [pool('azure', 'system'), pool('azure', 'platform')]));
    const onSystem = workload('Deployment', 'cert-manager', { nodeSelector: { 'matih.ai/node-pool': 'system' }, tolerations: [] });
    expect(errors(model, [onSystem])).toEqual([
      'error: Deployment matih-data-plane/cert-manager: the pools matching its nodeSelector/affinity (system) all carry a taint it does not tolerate: system: CriticalAddonsOnly=true:NoSchedule (added by azure)',
    ]);
    const tolerating = workload('Deployment', 'cert-manager', {
      nodeSelector: { 'matih.ai/node-pool': 'system' },
      tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }],
    });
    expect(errors(model, [tolerating])).toEqual([]);
    // EKS adds no such taint itself: our stack does, so the same pod is blocked there by our taint.
    expect(errors(modelWith(targetWith('aws', [pool('aws', 'system')])), [onSystem])).toEqual([
      'error: Deployment matih-data-plane/cert-manager: the pools matching its nodeSelector/affinity (system) all carry a taint it does not tolerate: system: CriticalAddonsOnly=true:NoSchedule',
    ]);
  });

  test('GKE taints GPU pools itself, so a pool without our taint still needs the toleration there', () => {
    const gpu = pool('gcp', 'gpu', { taints: [] });
    const pod = workload('Deployment', 'engine', { nodeSelector: { 'matih.ai/node-pool': 'gpu' }, gpus: 1 });
    expect(errors(modelWith(targetWith('gcp', [gpu])), [pod])).toEqual([
      expect.stringContaining('gpu: nvidia.com/gpu=present:NoSchedule (added by gcp)'),
    ]);
  });
});

describe('GPUs need a device plugin', () => {
  const gpuPod = workload('Deployment', 'vllm-engine', {
    nodeSelector: { 'matih.ai/node-pool': 'gpu' },
    tolerations: poolTolerations('gpu') as never,
    gpus: 1,
  });
  const plugin = application('nvidia-device-plugin', 'nvidia-device-plugin', '0.20.0', {
    nodeSelector: { 'matih.ai/node-pool': 'gpu' },
    tolerations: poolTolerations('gpu'),
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'matih.ai/node-pool', operator: 'In', values: ['gpu'] }] }],
        },
      },
    },
  });

  test.each(['azure', 'aws'] as const)('on %s (no plugin of the cloud) a GPU pod has no place until ours runs on the pool', (cloud) => {
    const model = modelWith(targetWith(cloud, [pool(cloud, 'platform'), pool(cloud, 'gpu')]));
    expect(errors(model, [gpuPod])).toEqual([
      `error: Deployment matih-data-plane/vllm-engine: requests 1 nvidia.com/gpu but no pool it may use (gpu) advertises nvidia.com/gpu: gpu has GPUs, but ${cloud} installs no NVIDIA device plugin and none of ours runs there`,
    ]);
    expect(errors(model, [gpuPod, plugin])).toEqual([]);
    expect(analyse(model, [gpuPod, plugin]).capacity.find((c) => c.pool.name === 'gpu')?.devicePlugin).toBe('chart');
  });

  test('the chart left with its default affinity (node-feature-discovery labels nobody sets) runs nowhere, so GPUs stay unadvertised', () => {
    const model = modelWith(targetWith('azure', [pool('azure', 'gpu')]));
    const defaults = application('nvidia-device-plugin', 'nvidia-device-plugin', '0.20.0', {});
    expect(errors(model, [gpuPod, defaults])).toEqual([
      expect.stringMatching(/vllm-engine: requests 1 nvidia.com\/gpu/),
      expect.stringMatching(
        /chart nvidia-device-plugin: DaemonSet device-plugin\): no node pool has nodes matching its nodeSelector \{\} and required node affinity .*feature.node.kubernetes.io\/pci-10de.present/,
      ),
    ]);
  });

  test('a plugin DaemonSet rendered from the chart (charts:verify) counts too', () => {
    const model = modelWith(targetWith('aws', [pool('aws', 'gpu')]));
    const ds = workload('DaemonSet', 'nvidia-device-plugin', {
      nodeSelector: { 'matih.ai/node-pool': 'gpu' },
      tolerations: poolTolerations('gpu') as never,
      image: 'nvcr.io/nvidia/k8s-device-plugin:v0.20.0',
    });
    expect(errors(model, [gpuPod, ds])).toEqual([]);
  });

  test('GKE runs its own plugin', () => {
    expect(errors(modelWith(targetWith('gcp', [pool('gcp', 'gpu')])), [gpuPod])).toEqual([]);
  });

  test('GPUs count against capacity: more GPU pods than GPU nodes is over capacity', () => {
    const model = modelWith(targetWith('gcp', [pool('gcp', 'gpu', { max: 2 })]));
    expect(
      errors(model, [
        workload('Deployment', 'engines', {
          nodeSelector: { 'matih.ai/node-pool': 'gpu' },
          tolerations: poolTolerations('gpu') as never,
          gpus: 1,
          replicas: 3,
        }),
      ]),
    ).toEqual([expect.stringMatching(/^error: node pool gpu is over capacity at its maximum size: .*GPU 3\/2/)]);
  });
});

describe('one pod must fit one node', () => {
  test('a pod larger than every node it may use is an error; the same pod fits a larger machine', () => {
    const model = modelWith(targetWith('azure', [pool('azure', 'compute', { machineType: 'Standard_D4s_v3' })]));
    const trino = workload('Deployment', 'trino-worker', {
      nodeSelector: { 'matih.ai/node-pool': 'compute' },
      tolerations: poolTolerations('compute') as never,
      cpu: '5',
      memory: '10Gi',
    });
    expect(errors(model, [trino])).toEqual([
      'error: Deployment matih-data-plane/trino-worker: one pod requests 5.00 CPU, 10.0 GiB, more than one node of any pool it may use offers: compute (Standard_D4s_v3: 3.86 CPU, 11.9 GiB)',
    ]);
    expect(errors(modelWith(targetWith('azure', [pool('azure', 'compute', { machineType: 'Standard_E16s_v3' })])), [trino])).toEqual([]);
  });

  test('DaemonSets take their share of every node first', () => {
    const model = modelWith(targetWith('aws', [pool('aws', 'platform')]));
    const ds = workload('DaemonSet', 'agent', { cpu: '1' });
    const big = workload('Deployment', 'big', { nodeSelector: { 'matih.ai/node-pool': 'platform' }, cpu: '3.5' });
    expect(errors(model, [big])).toEqual([]);
    expect(errors(model, [big, ds])).toEqual([
      expect.stringMatching(/big: one pod requests 3.50 CPU.* platform \(m5.xlarge: 2.92 CPU, 14.9 GiB\)$/),
    ]);
  });
});

describe('capacity', () => {
  const model = modelWith(targetWith('azure', [pool('azure', 'dataplane', { machineType: 'Standard_D8s_v3', max: 2 })]));
  const replicas = (n: number) => workload('Deployment', 'svc', { ...dp, cpu: '1', memory: '1Gi', replicas: n });

  test('above 100 % of the maximum size is an error, above 80 % a warning, both naming the pool and the figures', () => {
    expect(findings(model, [replicas(12)])).toEqual([]);
    expect(findings(model, [replicas(13)])).toEqual([
      'warning: node pool dataplane is above 80 % of its maximum size (no room for a rolling update): cpu 83 %, memory 24 %; 13.00 CPU, 13.0 GiB requested by 13 pods against 2 x Standard_D8s_v3 (15.64 CPU, 53.9 GiB)',
    ]);
    expect(errors(model, [replicas(16)])).toEqual([
      'error: node pool dataplane is over capacity at its maximum size: cpu 102 %, memory 30 %; 16.00 CPU, 16.0 GiB requested by 16 pods against 2 x Standard_D8s_v3 (15.64 CPU, 53.9 GiB)',
    ]);
  });

  test('an HPA counts at minReplicas; its maxima are reported, not failed', () => {
    const scaled = workload('Deployment', 'svc', { ...dp, cpu: '1', memory: '1Gi' });
    expect(findings(model, [scaled, hpa('svc', 2, 20)])).toEqual([
      'warning: node pool dataplane cannot hold its pods at their autoscaling maxima (20 pods): cpu 128 %, memory 37 %',
    ]);
    const dataplane = analyse(model, [scaled, hpa('svc', 2, 20)]).capacity[0];
    expect([dataplane.pods, dataplane.podsAtMax, dataplane.requested.cpuMillis]).toEqual([2, 20, 2000]);
  });

  test('a DaemonSet counts once per node of the pool at its maximum size; Jobs are not counted', () => {
    const c = analyse(model, [workload('DaemonSet', 'agent', { ...dp, cpu: '500m' }), workload('Job', 'migrate', { ...dp, cpu: '4' })])
      .capacity[0];
    expect([c.pods, c.requested.cpuMillis]).toEqual([2, 1000]);
  });

  test('a pod that fits several pools is counted in none, and says so', () => {
    const two = modelWith(targetWith('aws', [pool('aws', 'platform'), pool('aws', 'dataplane', { taints: [] })]));
    expect(findings(two, [workload('Deployment', 'stray', { cpu: '1' })])).toEqual([
      "warning: Deployment matih-data-plane/stray: may land on 2 pools (platform, dataplane), so no pool's capacity counts it: give it a nodeSelector",
    ]);
  });
});

describe('Helm Applications are placed by the keys each chart reads', () => {
  const model = modelWith(
    targetWith('aws', [pool('aws', 'system'), pool('aws', 'platform'), pool('aws', 'compute', { machineType: 'r5.4xlarge' })]),
  );
  const compute = { nodeSelector: { 'matih.ai/node-pool': 'compute' }, tolerations: poolTolerations('compute') };
  const worker = { resources: { requests: { cpu: '5', memory: '10Gi' } } };

  test('Trino ignores top-level nodeSelector/tolerations: its 5-CPU pods fall to the 4-vCPU untainted pool', () => {
    const wrong = application('trino', 'trino', '0.33.0', { ...compute, coordinator: worker, worker });
    expect(errors(model, [wrong])).toEqual([
      expect.stringMatching(
        /^error: Application argocd\/trino \(chart trino: Deployment coordinator\): one pod requests 5.00 CPU, 10.0 GiB, more than one node of any pool it may use offers: platform \(m5.xlarge: 3.92 CPU, 15.0 GiB\)$/,
      ),
      expect.stringMatching(/^error: Application argocd\/trino \(chart trino: Deployment worker\): one pod requests 5.00 CPU/),
    ]);
    const right = application('trino', 'trino', '0.33.0', { coordinator: { ...worker, ...compute }, worker: { ...worker, ...compute } });
    expect(errors(model, [right])).toEqual([]);
    const c = analyse(model, [right]).capacity.find((p) => p.pool.name === 'compute')!;
    expect([c.pods, c.podsAtMax]).toEqual([3, 3]); // coordinator + server.workers 2 (chart default)
  });

  test('chart defaults merge under the values the way Helm merges: maps merge, lists replace, null deletes', () => {
    // cert-manager's default nodeSelector {kubernetes.io/os: linux} stays beside ours; our nodes are linux.
    const cm = application(
      'cert-manager',
      'cert-manager',
      'v1.21.1',
      { nodeSelector: { 'matih.ai/node-pool': 'platform' } },
      'matih-system',
    );
    const controller = analyse(model, [cm]).placements.find((p) => p.pod.what.includes('Deployment controller'))!;
    expect(controller.pod.placement.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux', 'matih.ai/node-pool': 'platform' });
    expect(controller.fits.map((p) => p.name)).toEqual(['platform']);
    const deleted = application('cert-manager', 'cert-manager', 'v1.21.1', { nodeSelector: null }, 'matih-system');
    expect(
      analyse(model, [deleted]).placements.find((p) => p.pod.what.includes('Deployment controller'))!.pod.placement.nodeSelector,
    ).toEqual({});
  });

  test("jupyterhub user pods read singleuser.extraTolerations, appended to the chart's own", () => {
    const ai = modelWith(targetWith('aws', [pool('aws', 'aicompute')]));
    const user = (singleuser: Record<string, unknown>) =>
      application('jupyterhub', 'jupyterhub', '3.3.8', {
        hub: { nodeSelector: { 'matih.ai/node-pool': 'aicompute' }, tolerations: poolTolerations('aicompute') },
        proxy: { chp: { nodeSelector: { 'matih.ai/node-pool': 'aicompute' }, tolerations: poolTolerations('aicompute') } },
        scheduling: { userScheduler: { enabled: false }, userPlaceholder: { enabled: false } },
        prePuller: { hook: { enabled: false }, continuous: { enabled: false } },
        singleuser,
      });
    expect(errors(ai, [user({ nodeSelector: { 'matih.ai/node-pool': 'aicompute' }, tolerations: poolTolerations('aicompute') })])).toEqual([
      expect.stringMatching(/chart jupyterhub: Pod singleuser\): .* matih.ai\/ai-compute=true:NoSchedule$/),
    ]);
    expect(
      errors(ai, [user({ nodeSelector: { 'matih.ai/node-pool': 'aicompute' }, extraTolerations: poolTolerations('aicompute') })]),
    ).toEqual([]);
  });

  test('the vLLM router renders no tolerations: on a tainted pool it has no place', () => {
    const ai = modelWith(targetWith('aws', [pool('aws', 'platform'), pool('aws', 'aicompute')]));
    const terms = (pool: string) => [{ matchExpressions: [{ key: 'matih.ai/node-pool', operator: 'In', values: [pool] }] }];
    const vllm = (routerPool: string) =>
      application('vllm', 'vllm-stack', '0.1.12', {
        servingEngineSpec: { modelSpec: [] },
        routerSpec: { nodeSelectorTerms: terms(routerPool), tolerations: poolTolerations('aicompute') },
      });
    expect(errors(ai, [vllm('aicompute')])).toEqual([
      expect.stringMatching(/chart vllm-stack: Deployment router\): .*aicompute: matih.ai\/ai-compute=true:NoSchedule/),
    ]);
    expect(errors(ai, [vllm('platform')])).toEqual([]);
  });

  test('a chart without a pod map is an error; another version of a mapped chart is a warning', () => {
    expect(findings(model, [application('mystery', 'mystery-chart', '1.0.0', {})])).toEqual([
      expect.stringMatching(/^error: chart mystery-chart has no pod map in config\/chart-pods.ts/),
    ]);
    expect(
      findings(model, [
        application('tempo', 'tempo', '9.9.9', { nodeSelector: { 'matih.ai/node-pool': 'platform' } }, 'matih-observability'),
      ]),
    ).toEqual([
      "warning: chart tempo 9.9.9 is placed by the pod map written for 1.24.4 (config/chart-pods.ts): review it against this version's templates",
    ]);
  });
});

describe('tenant placement', () => {
  const playground = { nodeSelector: { 'matih.ai/node-pool': 'playground' }, tolerations: poolTolerations('playground') };

  test('a tier whose pool the target lacks has no place', () => {
    const model = modelWith(targetWith('gcp', [pool('gcp', 'platform'), pool('gcp', 'dataplane')]), [tenant('hooli', 'FREE')]);
    expect(errors(model, [placementConfigMap('hooli', playground.nodeSelector, playground.tolerations as never)])).toEqual([
      expect.stringMatching(
        /^error: ConfigMap tenant-hooli\/tenant-placement \(tenant hooli, tier FREE\): no node pool has nodes matching its nodeSelector \{"matih.ai\/node-pool":"playground"\}/,
      ),
    ]);
    const withPlayground = modelWith(targetWith('gcp', [pool('gcp', 'platform'), pool('gcp', 'playground', { max: 3 })]), [
      tenant('hooli', 'FREE'),
    ]);
    expect(errors(withPlayground, [placementConfigMap('hooli', playground.nodeSelector, playground.tolerations as never)])).toEqual([]);
    expect(
      analyse(withPlayground, [placementConfigMap('hooli', playground.nodeSelector, playground.tolerations as never)]).tenants[0].pool
        ?.name,
    ).toBe('playground');
  });

  test('every tier must have a place on the target, tenants or not (checked beside the AppProject that admits tenant namespaces)', () => {
    const project = { apiVersion: 'argoproj.io/v1alpha1', kind: 'AppProject', metadata: { name: 'matih', namespace: 'argocd' } };
    const withoutPlayground = modelWith(targetWith('gcp', [pool('gcp', 'platform'), pool('gcp', 'dataplane')]));
    expect(errors(withoutPlayground, [project])).toEqual([
      expect.stringMatching(
        /^error: tier FREE \(TENANT_NODE_POOL: playground\): no node pool has nodes matching its nodeSelector \{"matih.ai\/node-pool":"playground"\}/,
      ),
      expect.stringMatching(/^error: tier STARTER \(TENANT_NODE_POOL: playground\): no node pool/),
    ]);
    const complete = modelWith(targetWith('gcp', [pool('gcp', 'platform'), pool('gcp', 'dataplane'), pool('gcp', 'playground')]));
    expect(errors(complete, [project])).toEqual([]);
  });

  test('a tenant namespace without its placement ConfigMap is an error', () => {
    const model = modelWith(targetWith('gcp', [pool('gcp', 'playground')]), [tenant('hooli', 'FREE')]);
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tenant-hooli' } };
    expect(errors(model, [ns])).toEqual([expect.stringMatching(/^error: tenant hooli \(FREE\) has no ConfigMap tenant-placement/)]);
  });

  test('a tenant pod is as large as the largest container it may run (LimitRange max 2 CPU / 4Gi), and must fit a node of its pool', () => {
    const model = modelWith(targetWith('aws', [pool('aws', 'playground')]), [tenant('hooli', 'FREE')]);
    const placement = analyse(model, [placementConfigMap('hooli', playground.nodeSelector, playground.tolerations as never)]).placements[0];
    expect(placement.pod.requests).toEqual({ cpuMillis: 2000, memoryBytes: 4 * 2 ** 30, gpus: 0 });
    expect(placement.pod.transient).toBe(true);
    expect(placement.fits.map((p) => p.name)).toEqual(['playground']);
  });

  test('a quota larger than the room the pool has left is an error; quotas beyond the overcommit ratio warn', () => {
    const pools = [pool('aws', 'playground', { max: 1 })];
    const cm = (slug: string) => placementConfigMap(slug, playground.nodeSelector, playground.tolerations as never);
    const starter = modelWith(targetWith('aws', pools), [tenant('initech', 'STARTER')]);
    expect(errors(starter, [cm('initech')])).toEqual([
      "error: tenant initech (STARTER) may request 8.00 CPU, 16.0 GiB but node pool playground has 3.92 CPU, 15.0 GiB left at its maximum size after the platform's pods: its quota can never be used",
    ]);
    const frees = ['a', 'b', 'c', 'd', 'e'].map((s) => tenant(`free-${s}`, 'FREE'));
    const five = modelWith(targetWith('aws', pools), frees);
    expect(
      findings(
        five,
        frees.map((t) => cm(t.slug)),
      ),
    ).toEqual([
      'warning: node pool playground: the request quotas of its 5 tenants (10.00 CPU, 20.0 GiB) are 2.6x what it has left at its maximum size (3.92 CPU, 15.0 GiB), beyond settings.tenancy.quotaOvercommit 2',
    ]);
  });
});

describe('operator custom resources are read the way each operator builds its pods', () => {
  const model = modelWith(targetWith('aws', [pool('aws', 'platform'), pool('aws', 'dataplane', { machineType: 'm5.2xlarge' })]));
  const placement = {
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'matih.ai/node-pool', operator: 'In', values: ['dataplane'] }] }],
        },
      },
    },
  };

  test("a KafkaNodePool without a pod template of its own takes its Kafka's, and its replicas count", () => {
    const kafka = {
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'Kafka',
      metadata: { name: 'k', namespace: 'matih-data-plane' },
      spec: { kafka: { template: { pod: { ...placement, tolerations: poolTolerations('dataplane') } } } },
    };
    const brokers = {
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'KafkaNodePool',
      metadata: { name: 'broker', namespace: 'matih-data-plane', labels: { 'strimzi.io/cluster': 'k' } },
      spec: { replicas: 3, resources: { requests: { cpu: '1', memory: '4Gi' } } },
    };
    expect(errors(model, [kafka, brokers])).toEqual([]);
    const c = analyse(model, [kafka, brokers]).capacity.find((p) => p.pool.name === 'dataplane')!;
    expect([c.pods, c.requested.cpuMillis]).toEqual([3, 3000]);
    // Without the Kafka's template the brokers tolerate nothing and select nothing: they land on the untainted pool.
    expect(analyse(model, [brokers]).placements[0].fits.map((p) => p.name)).toEqual(['platform']);
  });

  test('a RayCluster worker group counts at minReplicas, up to maxReplicas', () => {
    const ray = {
      apiVersion: 'ray.io/v1',
      kind: 'RayCluster',
      metadata: { name: 'r', namespace: 'matih-data-plane' },
      spec: {
        headGroupSpec: {
          template: {
            spec: {
              ...placement,
              tolerations: poolTolerations('dataplane'),
              containers: [{ name: 'head', resources: { requests: { cpu: '1', memory: '1Gi' } } }],
            },
          },
        },
        workerGroupSpecs: [
          {
            groupName: 'cpu',
            minReplicas: 1,
            maxReplicas: 4,
            template: {
              spec: {
                ...placement,
                tolerations: poolTolerations('dataplane'),
                containers: [{ name: 'w', resources: { limits: { cpu: '2', memory: '2Gi' } } }],
              },
            },
          },
        ],
      },
    };
    const c = analyse(model, [ray]).capacity.find((p) => p.pool.name === 'dataplane')!;
    expect([c.pods, c.podsAtMax, c.requested.cpuMillis, c.requestedAtMax.cpuMillis]).toEqual([2, 5, 3000, 9000]);
  });

  test('a custom resource of another kind that embeds a pod spec is placed as one pod', () => {
    const widget = {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w', namespace: 'matih-data-plane' },
      spec: { template: { spec: { nodeSelector: { 'matih.ai/node-pool': 'nowhere' }, containers: [{ name: 'c' }] } } },
    };
    expect(errors(model, [widget])).toEqual([
      expect.stringMatching(/^error: Widget matih-data-plane\/w spec.template.spec: no node pool has nodes matching/),
    ]);
  });
});

test("where a chart's real output is present (charts:verify), its workloads replace its pod map", () => {
  const model = modelWith(targetWith('aws', [pool('aws', 'platform')]));
  const app = application('tempo', 'tempo', '1.24.4', { nodeSelector: { 'matih.ai/node-pool': 'platform' } }, 'matih-observability');
  const rendered = workload('StatefulSet', 'tempo', { nodeSelector: { 'matih.ai/node-pool': 'platform' }, cpu: '1' });
  const objects = [
    { file: 'apps/tempo.yaml', object: app },
    { file: 'helm:tempo/tempo/templates/statefulset.yaml', object: rendered },
  ];
  const analysis = analyseScheduling(objects, model);
  expect(analysis.placements.map((p) => p.pod.what)).toEqual(['StatefulSet matih-data-plane/tempo']);
  expect(analyseScheduling(objects.slice(0, 1), model).placements.map((p) => p.pod.what)).toEqual([
    'Application argocd/tempo (chart tempo: StatefulSet tempo)',
  ]);
  // charts:verify reports a chart it could not render itself: no pod-map note for it there.
  const unmapped = { file: 'apps/mystery.yaml', object: application('mystery', 'mystery-chart', '1.0.0', {}) };
  expect(analyseScheduling([...objects, unmapped], model).findings).toEqual([]);
  expect(analyseScheduling([unmapped], model).findings.map((f) => f.message)).toEqual([
    expect.stringMatching(/^chart mystery-chart has no pod map/),
  ]);
});

describe('the data services operators build their pods from template-less resources', () => {
  const model = modelWith(targetWith('aws', [pool('aws', 'platform'), pool('aws', 'dataplane', { machineType: 'm5.2xlarge', max: 3 })]));
  const dpPlacement = { nodeSelector: { 'matih.ai/node-pool': 'dataplane' }, tolerations: poolTolerations('dataplane') };
  const cr = (apiVersion: string, kind: string, spec: Record<string, unknown>) => ({
    apiVersion,
    kind,
    metadata: { name: 'x', namespace: 'matih-data-plane' },
    spec,
  });
  const counted = (objects: ReturnType<typeof cr>[]) => {
    const c = analyse(model, objects).capacity.find((p) => p.pool.name === 'dataplane')!;
    return [c.pods, c.requested.cpuMillis, c.requested.memoryBytes / 2 ** 30];
  };

  test('CloudNativePG Cluster: instances pods, placed by affinity.nodeSelector and affinity.tolerations', () => {
    const cluster = cr('postgresql.cnpg.io/v1', 'Cluster', {
      instances: 3,
      affinity: dpPlacement,
      resources: { requests: { cpu: '1', memory: '4Gi' } },
    });
    expect(errors(model, [cluster])).toEqual([]);
    expect(counted([cluster])).toEqual([3, 3000, 12]);
    // CloudNativePG reads placement under `affinity` only: a top-level nodeSelector leaves the pods unplaced.
    const misplaced = cr('postgresql.cnpg.io/v1', 'Cluster', { instances: 1, nodeSelector: dpPlacement.nodeSelector });
    expect(analyse(model, [misplaced]).placements[0].fits.map((p) => p.name)).toEqual(['platform']);
  });

  test('OT Redis: clusterSize pods with the exporter sidecar when enabled', () => {
    const replication = cr('redis.redis.opstreelabs.in/v1beta2', 'RedisReplication', {
      clusterSize: 2,
      ...dpPlacement,
      kubernetesConfig: { resources: { requests: { cpu: '250m', memory: '1Gi' } } },
      redisExporter: { enabled: true, resources: { requests: { cpu: '50m', memory: '64Mi' } } },
    });
    expect(counted([replication])).toEqual([2, 600, 2.125]);
  });

  test("ECK Elasticsearch: count pods per node set; a container without resources gets ECK's 2Gi", () => {
    const es = cr('elasticsearch.k8s.elastic.co/v1', 'Elasticsearch', {
      nodeSets: [{ name: 'default', count: 3, podTemplate: { spec: { ...dpPlacement, containers: [{ name: 'elasticsearch' }] } } }],
    });
    expect(counted([es])).toEqual([3, 0, 6]);
  });

  test('MongoDBCommunity: members pods of its StatefulSet template', () => {
    const mongo = cr('mongodbcommunity.mongodb.com/v1', 'MongoDBCommunity', {
      members: 3,
      statefulSet: {
        spec: {
          template: { spec: { ...dpPlacement, containers: [{ name: 'mongod', resources: { requests: { cpu: '500m', memory: '1Gi' } } }] } },
        },
      },
    });
    expect(counted([mongo])).toEqual([3, 1500, 3]);
    const unplaced = cr('mongodbcommunity.mongodb.com/v1', 'MongoDBCommunity', { members: 3 });
    expect(analyse(model, [unplaced]).placements[0].fits.map((p) => p.name)).toEqual(['platform']);
  });
});
