import { NODE_POOL_LABEL } from '../node-pools';
import type { Component } from '../types';
import {
  billing,
  containerSecurity,
  helmChart,
  MINIO_ENDPOINT,
  OBJECT_STORE_SECRET,
  operated,
  PG_HOST,
  PG_PORT,
  placement,
  podSecurity,
  pythonService,
  REDIS_HOST,
  REDIS_PORT,
  resources,
  type ChartOptions,
} from './define';

/** KubeRay RayCluster name; the head Service is `<name>-head-svc`. */
export const RAY_CLUSTER_NAME = 'matih-ray';

const AI = placement('aicompute');
const GPU = placement('gpu');

function mlChart(name: string, o: Omit<ChartOptions, 'category' | 'namespace' | 'nodePool' | 'billing'> & Partial<ChartOptions>) {
  return helmChart({
    category: 'ml',
    namespace: 'matih-data-plane',
    nodePool: 'aicompute',
    billing: billing('CC-ML', name, 'ml-engineering'),
    ...o,
  });
}

// Feature server configuration; ${VAR} is expanded by Feast from the pod environment.
const FEATURE_STORE_YAML = [
  'project: matih',
  'provider: local',
  'registry:',
  '  registry_type: sql',
  `  path: postgresql+psycopg://\${DB_USERNAME}:\${DB_PASSWORD}@${PG_HOST}:${PG_PORT}/feast`,
  'online_store:',
  '  type: redis',
  `  connection_string: ${REDIS_HOST}:${REDIS_PORT},password=\${REDIS_PASSWORD}`,
  'entity_key_serialization_version: 2',
].join('\n');

const tritonBase = pythonService('triton', {
  plane: 'data-plane',
  namespace: 'matih-data-plane',
  nodePool: 'aicompute',
  billing: billing('CC-ML', 'triton', 'ml-engineering'),
  description: 'NVIDIA Triton Inference Server for exported models (model repository on MinIO)',
  source: '[HC][MLCAP]',
  image: { repository: 'nvcr.io/nvidia/tritonserver', tag: '24.08-py3' },
  port: 8000,
  metricsPort: 8002,
  replicas: 1,
  resources: resources('1', '4Gi', '4', '16Gi'),
  dependsOn: ['minio'],
  secrets: [OBJECT_STORE_SECRET],
  config: { MODEL_REPOSITORY: 's3://minio.matih-data-plane.svc.cluster.local:9000/models', AWS_DEFAULT_REGION: 'us-east-1' },
});

export const ML_INFRASTRUCTURE = {
  ray: operated({
    callsKubernetesApi: true, // the head's in-tree autoscaler scales worker pods
    namespace: 'matih-data-plane',
    nodePool: 'aicompute',
    description: `KubeRay RayCluster ${RAY_CLUSTER_NAME}: head (GCS, dashboard, client, Serve) and CPU/GPU workers`,
    source: '[RAY][MLARCH]',
    ports: [
      { name: 'gcs', port: 6379 },
      { name: 'dashboard', port: 8265 },
      { name: 'client', port: 10001 },
      { name: 'serve', port: 8000 },
    ],
    podSelector: { 'ray.io/cluster': RAY_CLUSTER_NAME },
    dependsOn: ['minio', 'mlflow'],
    billing: billing('CC-ML', 'ray', 'ml-engineering'),
    operator: 'kuberay-operator',
    resources: ['ray.io/RayCluster'],
    stateful: false,
  }),
  mlflow: mlChart('mlflow', {
    nodePool: 'dataplane',
    description: 'MLflow tracking server and model registry (PostgreSQL backend, MinIO artifacts)',
    source: '[MLFLOW][MLARCH]',
    chart: { repoURL: 'https://community-charts.github.io/helm-charts', name: 'mlflow', version: '1.8.1' },
    ports: [{ name: 'http', port: 5000 }],
    podSelector: { 'app.kubernetes.io/name': 'mlflow', 'app.kubernetes.io/instance': 'mlflow' },
    dependsOn: ['postgresql', 'minio'],
    values: {
      replicaCount: 2,
      ...placement('dataplane'),
      podSecurityContext: podSecurity(1001),
      securityContext: containerSecurity(1001, false),
      resources: resources('250m', '1Gi', '1', '2Gi'),
      service: { port: 5000 },
      backendStore: {
        databaseMigration: true,
        postgres: { enabled: true, host: PG_HOST, port: PG_PORT, database: 'mlflow' },
        existingDatabaseSecret: { name: 'matih-db-credentials', usernameKey: 'username', passwordKey: 'password' },
      },
      artifactRoot: {
        proxiedArtifactStorage: true,
        s3: {
          enabled: true,
          bucket: 'mlflow-artifacts',
          existingSecret: { name: 'lakehouse-s3-credentials', keyOfAccessKeyId: 'access-key', keyOfSecretAccessKey: 'secret-key' },
        },
      },
      extraEnvVars: { MLFLOW_S3_ENDPOINT_URL: MINIO_ENDPOINT },
      serviceMonitor: { enabled: true },
    },
  }),
  feast: mlChart('feast', {
    nodePool: 'dataplane',
    description: 'Feast feature server (Redis online store, PostgreSQL registry)',
    source: '[FS][MLARCH]',
    chart: { repoURL: 'https://feast-helm-charts.storage.googleapis.com', name: 'feast-feature-server', version: '0.46.0' },
    ports: [{ name: 'http', port: 6566 }],
    podSelector: { 'app.kubernetes.io/name': 'feast-feature-server', 'app.kubernetes.io/instance': 'feast' },
    dependsOn: ['redis', 'postgresql'],
    values: {
      replicaCount: 2,
      feature_store_yaml_base64: Buffer.from(FEATURE_STORE_YAML).toString('base64'),
      ...placement('dataplane'),
      securityContext: containerSecurity(1000, false),
      resources: resources('250m', '512Mi', '1', '2Gi'),
      env: [
        { name: 'DB_USERNAME', valueFrom: { secretKeyRef: { name: 'matih-db-credentials', key: 'username' } } },
        { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'matih-db-credentials', key: 'password' } } },
        { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'matih-redis-credentials', key: 'password' } } },
      ],
    },
  }),
  // The vLLM router runs on aicompute; the model engines need GPUs and are placed on the gpu pool.
  vllm: mlChart('vllm', {
    description: 'vLLM production stack: OpenAI-compatible router and GPU model engines',
    source: '[HC][MLCAP][CD]',
    chart: { repoURL: 'https://vllm-project.github.io/production-stack', name: 'vllm-stack', version: '0.1.12' },
    ports: [{ name: 'http', port: 8000 }],
    podSelector: { environment: 'router', release: 'router' },
    values: {
      servingEngineSpec: {
        runtimeClassName: '',
        modelSpec: [
          {
            name: 'llama3-8b',
            repository: 'vllm/vllm-openai',
            tag: 'v0.9.1',
            modelURL: 'meta-llama/Llama-3.1-8B-Instruct',
            replicaCount: 1,
            requestCPU: 4,
            requestMemory: '24Gi',
            requestGPU: 1,
            pvcStorage: '50Gi',
            hf_token: { secretName: 'huggingface-token', secretKey: 'token' },
            nodeSelectorTerms: [{ matchExpressions: [{ key: NODE_POOL_LABEL, operator: 'In', values: ['gpu'] }] }],
          },
        ],
        tolerations: GPU.tolerations,
      },
      // The router template renders no tolerations (only `routerSpec.nodeSelectorTerms`/`affinity`), so it
      // cannot run on the tainted aicompute pool: it runs beside the add-ons on the untainted platform pool.
      routerSpec: {
        replicaCount: 2,
        nodeSelectorTerms: [{ matchExpressions: [{ key: NODE_POOL_LABEL, operator: 'In', values: ['platform'] }] }],
        resources: resources('250m', '512Mi', '1', '1Gi'),
      },
    },
  }),
  triton: { ...tritonBase, healthPath: '/v2/health/ready', ports: [...tritonBase.ports, { name: 'grpc', port: 8001 }] },
  jupyterhub: mlChart('jupyterhub', {
    callsKubernetesApi: true, // the hub spawns one pod per user server
    description: 'JupyterHub notebooks for data scientists (single-user servers on aicompute)',
    source: '[HC][MLCAP]',
    chart: { repoURL: 'https://hub.jupyter.org/helm-chart/', name: 'jupyterhub', version: '3.3.8' },
    ports: [{ name: 'http', port: 8000 }],
    podSelector: { app: 'jupyterhub', component: 'proxy', release: 'jupyterhub' },
    stateful: true,
    values: {
      proxy: { service: { type: 'ClusterIP' }, chp: { ...AI } },
      hub: { ...AI, db: { type: 'sqlite-pvc', pvc: { storage: '5Gi' } } },
      singleuser: {
        // User pods append `extraTolerations` to the chart's own; `singleuser.tolerations` is not read.
        nodeSelector: AI.nodeSelector,
        extraTolerations: AI.tolerations,
        uid: 1000,
        fsGid: 100,
        storage: { capacity: '10Gi' },
        cpu: { guarantee: 0.5, limit: 2 },
        memory: { guarantee: '1G', limit: '4G' },
      },
      scheduling: { userScheduler: { enabled: false }, userPlaceholder: { enabled: false } },
      prePuller: { hook: { enabled: false }, continuous: { enabled: false } },
    },
  }),
  ollama: mlChart('ollama', {
    description: 'Ollama local LLM runtime (CPU models for development and fallback)',
    source: '[CD]',
    chart: { repoURL: 'https://otwld.github.io/ollama-helm/', name: 'ollama', version: '1.83.0' },
    ports: [{ name: 'http', port: 11434 }],
    podSelector: { 'app.kubernetes.io/name': 'ollama', 'app.kubernetes.io/instance': 'ollama' },
    stateful: true,
    values: {
      ollama: { gpu: { enabled: false }, models: { pull: ['llama3.1:8b'] }, mountPath: '/home/ollama/.ollama' },
      ...AI,
      podSecurityContext: podSecurity(1000),
      securityContext: containerSecurity(1000, false),
      extraEnv: [{ name: 'HOME', value: '/home/ollama' }],
      persistentVolume: { enabled: true, size: '100Gi' },
      resources: resources('2', '8Gi', '8', '16Gi'),
    },
  }),
} satisfies Record<string, Component>;
