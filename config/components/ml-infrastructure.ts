import type { ChartComponent, Component } from '../types';
import {
  billing,
  containerSecurity,
  familyChart,
  nodeSelectorTerms,
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
  type ChartValuesOf,
  type FamilyChartOptions,
} from './define';

/** KubeRay RayCluster name; the head Service is `<name>-head-svc`. */
export const RAY_CLUSTER_NAME = 'matih-ray';

const AI = placement('aicompute');
const GPU = placement('gpu');

function mlChart<N extends string, V extends string, A extends ChartValuesOf<N, V>>(
  name: string,
  o: FamilyChartOptions<N, V, A, 'category' | 'namespace' | 'nodePool' | 'billing'>,
): ChartComponent<ChartValuesOf<N, V>> {
  return familyChart(
    { category: 'ml', namespace: 'matih-data-plane', nodePool: 'aicompute', billing: billing('CC-ML', name, 'ml-engineering') },
    o,
  ) as never;
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

/** Stand-in for chart values the hub reads from hub.existingSecret instead (its get_secret_value looks there first). */
const FROM_EXISTING_SECRET = 'read-from-hub-existing-secret';

const JUPYTERHUB_VALUES = {
  proxy: { service: { type: 'ClusterIP' }, chp: { ...AI, containerSecurityContext: containerSecurity(65534) } },
  hub: {
    ...AI,
    db: { type: 'sqlite-pvc', pvc: { storage: '5Gi' } },
    podSecurityContext: podSecurity(1000),
    // The hub writes its sqlite database and cookie files under /srv/jupyterhub (the PVC) and /tmp (an emptyDir).
    containerSecurityContext: containerSecurity(1000),
    extraVolumes: [{ name: 'tmp', emptyDir: {} }],
    extraVolumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    // Cookie secret and CryptKeeper keys from the vault; the chart's own Secret gets fixed stand-ins instead of random values.
    existingSecret: 'jupyterhub-hub-secret',
    config: {
      JupyterHub: { cookie_secret: FROM_EXISTING_SECRET },
      CryptKeeper: { keys: [FROM_EXISTING_SECRET] },
      // Single-user servers are spawned by the hub (not rendered by the chart): restricted like every pod here.
      KubeSpawner: {
        pod_security_context: { runAsNonRoot: true, fsGroup: 100, seccompProfile: { type: 'RuntimeDefault' } },
        container_security_context: {
          runAsNonRoot: true,
          runAsUser: 1000,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
        },
      },
    },
  },
  singleuser: {
    // z2jh reads extraTolerations (its schema rejects `tolerations`).
    nodeSelector: AI.nodeSelector,
    extraTolerations: AI.tolerations,
    uid: 1000,
    fsGid: 100,
    allowPrivilegeEscalation: false,
    // Blocking the metadata server with iptables needs a privileged init container; the network policies block it instead.
    cloudMetadata: { blockWithIptables: false },
    storage: { capacity: '10Gi' },
    cpu: { guarantee: 0.5, limit: 2 },
    memory: { guarantee: '1G', limit: '4G' },
  },
  scheduling: { userScheduler: { enabled: false }, userPlaceholder: { enabled: false } },
  prePuller: { hook: { enabled: false }, continuous: { enabled: false } },
} satisfies ChartValuesOf<'jupyterhub', '3.3.8'>;

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
    // KubeRay names the head Service `<cluster>-head-svc`, with the head container's ports.
    services: [{ name: `${RAY_CLUSTER_NAME}-head-svc`, ports: ['gcs', 'dashboard', 'client', 'serve'] }],
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
      // The chart's flask key is a hook Secret, random on every sync unless set: this value is only a fixed stand-in,
      // the key the server uses comes from the vault through envFrom (a later source wins over the chart's).
      flaskServerSecretKey: 'unused-see-mlflow-flask-secret',
      // MLflow never calls the Kubernetes API.
      serviceAccount: { automount: false },
      extraSecretNamesForEnvFrom: ['mlflow-flask-secret'],
      // The chart default is `monitoring`, a namespace that does not exist here; the ServiceMonitor stays beside MLflow.
      serviceMonitor: { enabled: true, namespace: 'matih-data-plane', labels: {} },
    },
  }),
  feast: mlChart('feast', {
    nodePool: 'dataplane',
    description: 'Feast feature server (Redis online store, PostgreSQL registry)',
    source: '[FS][MLARCH]',
    // 0.48.1: 0.46.0 passes no environment to the server (no extraEnvs), so it could not read the database and Redis passwords.
    chart: { repoURL: 'https://feast-helm-charts.storage.googleapis.com', name: 'feast-feature-server', version: '0.48.1' },
    ports: [{ name: 'http', port: 6566 }],
    podSelector: { 'app.kubernetes.io/name': 'feast-feature-server', 'app.kubernetes.io/instance': 'feast' },
    // Release `feast` does not contain the chart name, so the fullname is `feast-feast-feature-server`.
    services: [{ name: 'feast-feast-feature-server', ports: ['http'] }],
    dependsOn: ['redis', 'postgresql'],
    values: {
      replicaCount: 2,
      feature_store_yaml_base64: Buffer.from(FEATURE_STORE_YAML).toString('base64'),
      // The chart's Service listens on 80 unless told; clients use the feature server's own port.
      service: { type: 'ClusterIP', port: 6566 },
      ...placement('dataplane'),
      // The feature-server image (ubi8/python-311) runs as 1001; feast writes feature_store.yaml under /tmp (an emptyDir).
      podSecurityContext: podSecurity(1001),
      securityContext: containerSecurity(1001),
      volumes: [{ name: 'tmp', emptyDir: {} }],
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
      resources: resources('250m', '512Mi', '1', '2Gi'),
      extraEnvs: [
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
    // `<release>-router-service` forwards its port 80 to the router's container port.
    services: [{ name: 'vllm-router-service', ports: ['http'], servicePorts: { http: 80 } }],
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
            nodeSelectorTerms: nodeSelectorTerms('gpu'),
            // vLLM keeps its caches under $HOME; the image's /root is not writable for a non-root user, the model volume is.
            env: [{ name: 'HOME', value: '/data' }],
            // The engine never calls the Kubernetes API: the namespace's default ServiceAccount mounts no token.
            serviceAccountName: 'default',
          },
        ],
        tolerations: GPU.tolerations,
        securityContext: podSecurity(1000),
        containerSecurityContext: containerSecurity(1000, false),
      },
      // The router reads nodeSelectorTerms but no tolerations (vllm-stack up to 0.1.12), so it can only run on an
      // untainted pool: the platform pool, beside the operators.
      routerSpec: {
        replicaCount: 2,
        nodeSelectorTerms: nodeSelectorTerms('platform'),
        // The chart default is lmcache/lmstack-router:latest; releases tag the router with the chart version.
        repository: 'lmcache/lmstack-router',
        tag: 'v0.1.12',
        resources: resources('250m', '512Mi', '1', '1Gi'),
        securityContext: podSecurity(1000),
        containerSecurityContext: containerSecurity(1000, false),
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
    services: [{ name: 'proxy-public', ports: ['http'], servicePorts: { http: 80 } }],
    stateful: true,
    // The hub reads its configuration only at start, and the chart's own checksum/secret annotation also hashes the
    // generated proxy token, so Argo CD ignores it (below): this hash of the deployed values restarts the hub instead.
    restartOnValuesChange: 'hub.annotations',
    // The hub-to-proxy API token: the chart reads it only from its own Secret (hub.existingSecret cannot hold it) and
    // generates it at render time, so Argo CD keeps the first one and neither diffs nor overwrites it afterwards.
    ignoreDifferences: [
      { kind: 'Secret', name: 'hub', jqPathExpressions: ['.data["hub.config.ConfigurableHTTPProxy.auth_token"]'] },
      {
        group: 'apps',
        kind: 'Deployment',
        name: 'proxy',
        jqPathExpressions: ['.spec.template.metadata.annotations["checksum/auth-token"]'],
      },
      { group: 'apps', kind: 'Deployment', name: 'hub', jqPathExpressions: ['.spec.template.metadata.annotations["checksum/secret"]'] },
    ],
    values: JUPYTERHUB_VALUES,
    // Notebooks live on per-user ReadWriteOnce claims only the running server mounts: nightly CSI snapshots of them and
    // of the hub's sqlite claim, kept 30 days (a choice, as for every backup). The labels are those the claims get:
    // KubeSpawner's common labels plus `component: singleuser-storage` (claim-<user>), the chart's labels on hub-db-dir.
    volumeSnapshots: {
      schedule: '0 1 * * *',
      retentionDays: 30,
      claimSelector: {
        matchLabels: { app: 'jupyterhub', release: 'jupyterhub' },
        matchExpressions: [{ key: 'component', operator: 'In', values: ['singleuser-storage', 'hub'] }],
      },
    },
  }),
  ollama: mlChart('ollama', {
    description: 'Ollama local LLM runtime (CPU models for development and fallback)',
    source: '[CD]',
    chart: { repoURL: 'https://otwld.github.io/ollama-helm/', name: 'ollama', version: '1.77.0' },
    ports: [{ name: 'http', port: 11434 }],
    podSelector: { 'app.kubernetes.io/name': 'ollama', 'app.kubernetes.io/instance': 'ollama' },
    stateful: true,
    values: {
      ollama: { gpu: { enabled: false }, models: { pull: ['llama3.1:8b'] }, mountPath: '/home/ollama/.ollama' },
      ...AI,
      podSecurityContext: podSecurity(1000),
      securityContext: containerSecurity(1000, false),
      extraEnv: [{ name: 'HOME', value: '/home/ollama' }],
      // Ollama never calls the Kubernetes API.
      serviceAccount: { automount: false },
      persistentVolume: { enabled: true, size: '100Gi' },
      resources: resources('2', '8Gi', '8', '16Gi'),
      // A helm test hook (busybox wget): Argo CD never runs it.
      tests: { enabled: false },
    },
  }),
} satisfies Record<string, Component>;
