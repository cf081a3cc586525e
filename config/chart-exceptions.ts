/**
 * What the safety gate accepts in the output of an upstream chart, one object at a time, and why.
 *
 * `npm run charts:verify` renders every Helm Application the way Argo CD does and puts the output
 * through the same gate rules as the platform's own manifests. Some findings in upstream output
 * are the software's design rather than a mistake a value can fix (an operator whose ClusterRole
 * must manage every resource of its own API group, a webhook Secret a controller fills at run
 * time). Each such finding is accepted here, never by a switch: the entry names the chart version,
 * the rule, the object and (optionally) text of the finding's message, with the reason a reviewer
 * needs. The list applies to chart output only (never to dist/); no entry can accept a pod that
 * Pod Security admission rejects; an entry that accepts nothing in a full run is itself a
 * finding, and a chart bump drops its entries until someone reads the new version again.
 */

/** Gate rules whose findings in chart output an entry may accept. */
export type ExceptedGateRule =
  | 'rbac'
  | 'no-secrets'
  | 'secret-references'
  | 'service-account-tokens'
  | 'service-references'
  | 'schema'
  | 'scheduling'
  | 'service-target-ports';

interface ExceptionBase {
  /** `<chart>@<version>` as the Application pins it. */
  readonly chart: string;
  /** Why the finding is the software's design and what would remove the entry. */
  readonly reason: string;
}

export type ChartOutputException =
  | (ExceptionBase & {
      readonly rule: ExceptedGateRule;
      /** `Kind name` of the object (the namespace is the Application's). */
      readonly object: string;
      /** Text the finding's message contains (a rule path such as `rules[4].verbs`); @default every finding of the rule on the object */
      readonly match?: string;
    })
  | (ExceptionBase & {
      /** A container that keeps a writable root filesystem (the project's hardening beyond Pod Security). */
      readonly rule: 'writable-root';
      readonly object: string;
      readonly container: string;
    })
  | (ExceptionBase & {
      /** A `lookup` call whose empty result under Argo CD changes nothing the platform uses. */
      readonly rule: 'lookup';
      /** The template file (`<chart>/templates/x.yaml`). */
      readonly object: string;
      /** Text of the finding (the named template, the line). */
      readonly match?: string;
    });

/** Entries of one rule for several objects of one chart that share a reason. */
function each(chart: string, rule: ExceptedGateRule, objects: readonly string[], reason: string): ChartOutputException[] {
  return objects.map((object) => ({ chart, rule, object, reason }));
}

/** Writable roots of several containers of one object that share a reason. */
function writable(chart: string, object: string, containers: readonly string[], reason: string): ChartOutputException[] {
  return containers.map((container) => ({ chart, rule: 'writable-root' as const, object, container, reason }));
}

const CROSSPLANE = 'crossplane@2.3.4';
const OPENMETADATA = 'openmetadata@1.12.10';
const AIRFLOW = 'airflow@1.15.0';
const AIRFLOW_HOME =
  'Airflow writes its PID and generated configuration files under AIRFLOW_HOME (/opt/airflow) in the image at start; the chart mounts only logs and DAGs';

export const CHART_OUTPUT_EXCEPTIONS: readonly ChartOutputException[] = [
  // ---- operators' RBAC: the software's documented permission model -------------------------------------------------
  {
    chart: 'cert-manager@v1.21.1',
    rule: 'rbac',
    object: 'ClusterRole cert-manager-controller-approve:cert-manager-io',
    match: 'resourceNames',
    reason:
      'resourceNames issuers.cert-manager.io/* and clusterissuers.cert-manager.io/* name signers by prefix: cert-manager approves CertificateRequests for any of its issuers (signer names cannot be listed before the issuers exist)',
  },
  {
    chart: 'cert-manager@v1.21.1',
    rule: 'rbac',
    object: 'ClusterRole cert-manager-controller-certificatesigningrequests',
    match: 'resourceNames',
    reason: 'the same signer-name prefixes for Kubernetes CertificateSigningRequests signed by cert-manager issuers',
  },
  ...each(
    CROSSPLANE,
    'rbac',
    [
      'ClusterRole crossplane',
      'ClusterRole crossplane-admin',
      'ClusterRole crossplane-edit',
      'ClusterRole crossplane-view',
      'ClusterRole crossplane-browse',
      'ClusterRole crossplane:allowed-provider-permissions',
    ],
    "Crossplane's RBAC manager creates a ClusterRole per installed provider and composite resource at run time and these roles aggregate them (the CRDs are not known at render time)",
  ),
  ...each(
    CROSSPLANE,
    'rbac',
    [
      'ClusterRole crossplane:aggregate-to-admin',
      'ClusterRole crossplane:aggregate-to-edit',
      'ClusterRole crossplane:aggregate-to-view',
      'ClusterRole crossplane:aggregate-to-browse',
      'ClusterRole crossplane:system:aggregate-to-crossplane',
    ],
    "wildcards over Crossplane's own API groups (*.crossplane.io) and the secrets/events Crossplane core manages: its resources are defined at run time by providers and XRDs",
  ),
  {
    chart: CROSSPLANE,
    rule: 'rbac',
    object: 'ClusterRole crossplane-rbac-manager',
    reason:
      'the RBAC manager grants the roles it creates for providers and XRDs, which Kubernetes allows only with escalate and bind on roles (and * on its own API groups)',
  },
  {
    chart: 'kube-prometheus-stack@65.1.1',
    rule: 'rbac',
    object: 'ClusterRole monitoring-kube-prometheus-operator',
    match: '.verbs: wildcard',
    reason:
      "the Prometheus operator owns the monitoring.coreos.com resources and the StatefulSets, Secrets and ConfigMaps it generates from them (all verbs on exactly those resources, the chart's fixed rules)",
  },
  ...each(
    'mongodb-kubernetes@1.10.0',
    'rbac',
    ['ClusterRole mongodb-kubernetes-operator', 'ClusterRole mongodb-kubernetes-operator-matih-system-cluster-mongodb-role'],
    'the operator owns its MongoDB resources and the StatefulSets, Services and Secrets it generates (all verbs on exactly those resources, fixed in the chart)',
  ),
  {
    chart: 'redis-operator@0.24.0',
    rule: 'rbac',
    object: 'ClusterRole redis-operator',
    match: 'nonResourceURLs',
    reason: 'get on non-resource URLs (the operator probes /healthz and /metrics of the API server); grants no access to any object',
  },

  // ---- Secrets a chart renders without values, which its controller fills --------------------------------------------
  ...each(
    CROSSPLANE,
    'no-secrets',
    ['Secret crossplane-root-ca', 'Secret crossplane-tls-server', 'Secret crossplane-tls-client'],
    "rendered empty: Crossplane's init container generates the CA and the webhook/ESS certificates into them at start",
  ),
  {
    chart: 'external-secrets@2.9.0',
    rule: 'no-secrets',
    object: 'Secret external-secrets-webhook',
    reason: "rendered empty: External Secrets' cert-controller writes and rotates the webhook certificate in it",
  },
  {
    chart: 'eck-operator@3.5.0',
    rule: 'no-secrets',
    object: 'Secret elastic-operator-webhook-cert',
    reason: 'rendered empty: the ECK operator writes and rotates its webhook certificate in it (webhook.manageCerts)',
  },
  {
    chart: 'vllm-stack@0.1.12',
    rule: 'no-secrets',
    object: 'Secret vllm-secrets',
    reason: 'rendered empty: the Hugging Face token comes from the vault Secret huggingface-token (hf_token.secretName), no API key is set',
  },
  {
    chart: 'mlflow@1.8.1',
    rule: 'no-secrets',
    object: 'Secret mlflow-env-secret',
    reason:
      'rendered empty: the database login comes from backendStore.existingDatabaseSecret and the S3 keys from artifactRoot.s3.existingSecret',
  },
  {
    chart: 'mlflow@1.8.1',
    rule: 'no-secrets',
    object: 'Secret mlflow-flask-server-secret-key',
    reason:
      'holds only the fixed stand-in of flaskServerSecretKey (no secret); the server takes MLFLOW_FLASK_SERVER_SECRET_KEY from the vault Secret mlflow-flask-secret, a later envFrom source',
  },
  {
    chart: AIRFLOW,
    rule: 'no-secrets',
    object: 'Secret airflow-broker-url',
    reason:
      'a pre-install Secret the chart renders for Celery executors whatever the executor; with KubernetesExecutor nothing reads it and it holds no credential (data.brokerUrl is unset)',
  },
  // Operators sync in wave 1, before the secret stores (wave 2) and ExternalSecrets (wave 3): a vault value read by an
  // operator pod would stop the operators' wave from ever becoming healthy.
  {
    chart: 'altinity-clickhouse-operator@0.25.5',
    rule: 'no-secrets',
    object: 'Secret clickhouse-operator-altinity-clickhouse-operator',
    reason:
      "the chart's default login of the operator's own ClickHouse user, which the operator admits only from its pod's IP (networks/ip on every installation), so the known password opens nothing to other pods",
  },
  {
    chart: 'flink-kubernetes-operator@1.12.1',
    rule: 'no-secrets',
    object: 'Secret flink-operator-webhook-secret',
    reason:
      "the chart's fixed password of the webhook's PKCS#12 keystore, which cert-manager writes into the same Secret as the plain PEM key it would protect: the password guards nothing",
  },
  {
    chart: 'kube-prometheus-stack@65.1.1',
    rule: 'no-secrets',
    object: 'Secret alertmanager-monitoring-kube-prometheus-alertmanager',
    reason:
      'Alertmanager takes its configuration only from a Secret; this one holds routes and receivers without credentials (every key, URL and password is a *_file of the mounted vault Secret alertmanager-receivers)',
  },
  ...each(
    OPENMETADATA,
    'no-secrets',
    [
      'Secret openmetadata-authentication-secret',
      'Secret openmetadata-authorizer-secret',
      'Secret openmetadata-config-secret',
      'Secret openmetadata-db-secret',
      'Secret openmetadata-eventmonitor-secret',
      'Secret openmetadata-jwt-secret',
      'Secret openmetadata-omd-secret',
      'Secret openmetadata-pipeline-secret',
      'Secret openmetadata-search-secret',
      'Secret openmetadata-secretsmanager-secret',
      'Secret openmetadata-web-secret',
    ],
    'the chart passes its plain settings (hosts, ports, flags, user names) as Secrets; passwords and the Fernet key come from vault Secrets through secretRef',
  ),
  {
    chart: 'jupyterhub@3.3.8',
    rule: 'no-secrets',
    object: 'Secret hub',
    reason:
      "z2jh's hub reads its values and the hub-to-proxy token only from this chart-managed Secret; the cookie secret and CryptKeeper keys come from the vault (hub.existingSecret), the token is generated once and kept by Argo CD (ignoreDifferences)",
  },

  // ---- lookups whose empty result under Argo CD changes nothing --------------------------------------------------------
  {
    chart: 'grafana@8.0.0',
    rule: 'lookup',
    object: 'grafana/templates/pvc.yaml',
    reason:
      "keeps a bound PVC's volumeName on upgrade; empty, volumeName is left out of the desired state and the live binding stays (a PVC's volumeName is immutable)",
  },
  {
    chart: 'grafana@8.0.0',
    rule: 'lookup',
    object: 'grafana/templates/_helpers.tpl',
    match: '"grafana.password"',
    reason: 'only for a generated admin password; admin.existingSecret (the vault Secret grafana-admin-credentials) skips it',
  },
  {
    chart: 'mlflow@1.8.1',
    rule: 'lookup',
    object: 'mlflow/templates/flask_secret.yaml',
    reason:
      'renders the hook Secret only when it does not exist; empty, Argo CD re-applies the same fixed stand-in each sync (the key in use comes from the vault)',
  },
  ...(
    [
      '"jupyterhub.hub.config.JupyterHub.cookie_secret"',
      '"jupyterhub.hub.config.CryptKeeper.keys"',
      '"jupyterhub.hub.services.get_api_token"',
    ] as const
  ).map((match): ChartOutputException => ({
    chart: 'jupyterhub@3.3.8',
    rule: 'lookup',
    object: 'jupyterhub/templates/hub/_helpers-passwords.tpl',
    match,
    reason:
      'not reached: the cookie secret and CryptKeeper keys are set in the values (stand-ins; the hub reads the vault values from hub.existingSecret) and no hub.services are configured',
  })),
  {
    chart: 'jupyterhub@3.3.8',
    rule: 'lookup',
    object: 'jupyterhub/templates/hub/_helpers-passwords.tpl',
    match: '"jupyterhub.hub.config.ConfigurableHTTPProxy.auth_token"',
    reason:
      "empty under Argo CD, so the chart generates the hub-to-proxy token at render; no value can supply it from a Secret (the proxy reads it from the chart's own Secret), so Argo CD keeps the first one (ignoreDifferences with RespectIgnoreDifferences)",
  },

  // ---- ServiceAccount tokens of pods that call the Kubernetes API, where the chart has no key for them ----------------
  ...(
    [
      ['altinity-clickhouse-operator@0.25.5', 'Deployment clickhouse-operator-altinity-clickhouse-operator'],
      ['cloudnative-pg@0.29.0', 'Deployment cloudnative-pg'],
      ['plugin-barman-cloud@0.7.0', 'Deployment plugin-barman-cloud'],
      ['flink-kubernetes-operator@1.12.1', 'Deployment flink-kubernetes-operator'],
      ['kuberay-operator@1.7.0', 'Deployment kuberay-operator'],
      ['mongodb-kubernetes@1.10.0', 'Deployment mongodb-kubernetes-operator'],
      ['temporal-operator@0.6.0', 'Deployment temporal-operator-controller-manager'],
      ['jupyterhub@3.3.8', 'Deployment hub'],
      ['vllm-stack@0.1.12', 'Deployment vllm-deployment-router'],
      ['nvidia-device-plugin@0.20.0', 'DaemonSet nvidia-device-plugin'],
      ['nvidia-device-plugin@0.20.0', 'DaemonSet nvidia-device-plugin-mps-control-daemon'],
    ] as const
  ).map(([chart, object]): ChartOutputException => ({
    chart,
    rule: 'service-account-tokens',
    object,
    reason:
      "the pod calls the Kubernetes API with the chart's ServiceAccount, which the chart binds to its role (a controller, the hub's spawner, the router's service discovery, the device plugin's node lookup); the chart offers no key to say so, so Kubernetes' default mount is the one it needs",
  })),
  {
    chart: 'external-secrets@2.9.0',
    rule: 'service-account-tokens',
    object: 'Deployment external-secrets-webhook',
    reason:
      'the webhook builds its in-cluster client (controller-runtime manager) at start and exits without a token, though no role is bound to it (it only serves admission reviews)',
  },
  {
    chart: 'qdrant@1.12.4',
    rule: 'service-account-tokens',
    object: 'StatefulSet qdrant',
    reason:
      'every qdrant chart version (to 1.19.0) gives its own ServiceAccount and the pod no automountServiceAccountToken; the mounted token is bound to no role and Qdrant never calls the API',
  },

  // ---- what the 1.29 schema or the scheduler model cannot see --------------------------------------------------------
  ...each(
    'cert-manager@v1.21.1',
    'schema',
    [
      'CustomResourceDefinition certificaterequests.cert-manager.io',
      'CustomResourceDefinition certificates.cert-manager.io',
      'CustomResourceDefinition challenges.acme.cert-manager.io',
      'CustomResourceDefinition orders.acme.cert-manager.io',
    ],
    'spec.versions[].selectableFields is a CRD field of Kubernetes 1.30 (GA in 1.32); the clusters run 1.34, the gate validates against the 1.29 API',
  ).map((e) => ({ ...e, match: 'selectableFields: unknown field' })),
  {
    chart: 'kube-prometheus-stack@65.1.1',
    rule: 'service-references',
    object: 'Service monitoring-kube-prometheus-coredns',
    reason:
      'selects the managed cluster DNS pods (k8s-app: kube-dns) in kube-system, which the cloud runs and the platform does not render',
  },
  {
    chart: 'nvidia-device-plugin@0.20.0',
    rule: 'scheduling',
    object: 'DaemonSet nvidia-device-plugin-mps-control-daemon',
    reason:
      'selects only nodes labelled nvidia.com/mps.capable, which the plugin sets when MPS sharing is configured (it is not): zero pods by design, and a DaemonSet with nothing to schedule is Healthy',
  },

  // ---- writable root filesystems -----------------------------------------------------------------------------------
  ...writable(AIRFLOW, 'Deployment airflow-scheduler', ['scheduler', 'scheduler-log-groomer', 'wait-for-airflow-migrations'], AIRFLOW_HOME),
  ...writable(AIRFLOW, 'Deployment airflow-webserver', ['webserver', 'wait-for-airflow-migrations'], AIRFLOW_HOME),
  ...writable(
    AIRFLOW,
    'StatefulSet airflow-triggerer',
    ['triggerer', 'triggerer-log-groomer', 'wait-for-airflow-migrations'],
    AIRFLOW_HOME,
  ),
  ...writable(AIRFLOW, 'Job airflow-create-user', ['create-user'], AIRFLOW_HOME),
  ...writable(AIRFLOW, 'Job airflow-run-airflow-migrations', ['run-airflow-migrations'], AIRFLOW_HOME),
  ...writable(
    'flink-kubernetes-operator@1.12.1',
    'Deployment flink-kubernetes-operator',
    ['flink-kubernetes-operator', 'flink-webhook'],
    'the operator and its webhook write JVM temp files, the user artifacts directory (/opt/flink/artifacts) and the webhook keystore into the image',
  ),
  ...writable(
    'hive-metastore@1.4.0',
    'Deployment hive-metastore',
    ['metastore'],
    'the metastore start script writes hive-site.xml and its logs under /opt/hive in the image',
  ),
  ...writable(
    'hive-metastore@1.4.0',
    'Job hive-metastore',
    ['metastore'],
    'schematool writes hive-site.xml and its logs under /opt/hive in the image',
  ),
  ...writable(
    'minio@5.4.0',
    'StatefulSet minio',
    ['minio'],
    'MinIO creates its configuration and certificate directory (${HOME}/.minio) at start; the chart mounts only the data volumes',
  ),
  ...writable(
    'minio@5.4.0',
    'Job minio-post-job',
    ['minio-make-bucket'],
    'mc writes its configuration (${HOME}/.mc) before creating the buckets',
  ),
  ...writable(
    'mlflow@1.8.1',
    'Deployment mlflow',
    ['mlflow', 'mlflow-db-migration'],
    'MLflow (gunicorn worker files, proxied artifact transfers) and its migration script write temporary files outside the volumes the chart mounts; a read-only root needs each path mounted, not verified on a running pod',
  ),
  ...writable(
    'ollama@1.77.0',
    'Deployment ollama',
    ['ollama'],
    'Ollama writes runner and temporary files outside its model volume; a read-only root needs each path mounted, not verified on a running pod',
  ),
  ...writable(
    OPENMETADATA,
    'Deployment openmetadata',
    ['openmetadata', 'run-db-migrations'],
    'the server and its migration write logs and generated configuration under /opt/openmetadata in the image',
  ),
  ...writable(OPENMETADATA, 'CronJob cron-reindex', ['cron-reindex'], 'the reindex job writes logs under /opt/openmetadata in the image'),
  ...writable(
    OPENMETADATA,
    'CronJob cron-deploy-pipelines',
    ['cron-deploy-pipelines'],
    'the pipeline deployment job writes logs under /opt/openmetadata in the image',
  ),
  ...writable(
    'spark-history-server@1.0.0',
    'Deployment spark-history-spark-history-server',
    ['history-server'],
    'the history server writes its logs and application cache under SPARK_HOME (/opt/spark) in the image',
  ),
  ...writable(
    'trino@0.33.0',
    'Deployment trino-coordinator',
    ['trino-coordinator'],
    'Trino writes its node data directory (logs, spill, var) under /data/trino in the image',
  ),
  ...writable(
    'trino@0.33.0',
    'Deployment trino-worker',
    ['trino-worker'],
    'Trino writes its node data directory (logs, spill, var) under /data/trino in the image',
  ),
  ...writable(
    'vllm-stack@0.1.12',
    'Deployment vllm-deployment-router',
    ['router-container'],
    'the router writes Python caches and temporary files outside any volume (the chart mounts none for it); a read-only root needs each path mounted, not verified on a running pod',
  ),
  ...writable(
    'vllm-stack@0.1.12',
    'Deployment vllm-llama3-8b-deployment-vllm',
    ['vllm'],
    'vLLM and its CUDA libraries write compiled kernels and temporary files partly outside HOME=/data (the model volume); a read-only root needs each path mounted, not verified on a running pod',
  ),
  // ---- Services whose selector also matches a chart's run-to-completion pods (no value relabels them) ------------------
  ...['cron-reindex', 'cron-deploy-pipelines'].map((job): ChartOutputException => ({
    chart: OPENMETADATA,
    rule: 'service-target-ports',
    object: 'Service openmetadata',
    match: `/${job} (spec.jobTemplate.spec.template.spec)`,
    reason: `the chart labels the ${job} CronJob's pods with the server's selector labels (OpenMetadata.labels; commonLabels reaches both, no value tells them apart): the CronJob is suspended (spec.suspend), so only a Job an operator creates from it runs, and while it runs the Service may send a request to a pod that serves nothing; the server's own pods declare http and http-admin`,
  })),
  {
    chart: 'hive-metastore@1.4.0',
    rule: 'service-target-ports',
    object: 'Service hive-metastore',
    match: 'is not a port of Job ',
    reason:
      "the schema-initialisation Job's pods carry the chart's selector labels (metastore.labels, no value changes them): it runs as an Argo CD PreSync hook, before the metastore Deployment is synced, and is deleted 60 s after it finishes (ttlSecondsAfterFinished); while it runs the Service may send a Thrift client to it and the connection is refused",
  },
];
