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
type ExceptedGateRule =
  | 'rbac'
  | 'sensitive-api'
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

/** Sensitive grants (`rules[i]: grants <verb> on <resource>` of the sensitive-api finding) of one role that share a reason. */
function grants(chart: string, object: string, rules: readonly string[], reason: string): ChartOutputException[] {
  return rules.map((rule) => ({ chart, rule: 'sensitive-api' as const, object, match: rule, reason }));
}

/** Writable roots of several containers of one object that share a reason. */
function writable(chart: string, object: string, containers: readonly string[], reason: string): ChartOutputException[] {
  return containers.map((container) => ({ chart, rule: 'writable-root' as const, object, container, reason }));
}

const CERT_MANAGER = 'cert-manager@v1.21.1';
const CNPG = 'cloudnative-pg@0.29.0';
const ESO = 'external-secrets@2.9.0';
const JUPYTERHUB = 'jupyterhub@3.3.8';
const KUBE_PROMETHEUS = 'kube-prometheus-stack@65.1.1';
const MONGODB = 'mongodb-kubernetes@1.10.0';
const SPARK = 'spark-operator@2.4.0';
const STRIMZI = 'strimzi-kafka-operator@1.2.0';
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
    ['ClusterRole crossplane:system:aggregate-to-crossplane'],
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
      ['snapscheduler@3.5.0', 'Deployment snapscheduler'],
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
  // ---- sensitive API grants (sensitive-api): what each operator does with Secrets, RBAC objects, webhooks, exec ---------
  // A `*` verb counts as sensitive because it includes bind, escalate and impersonate; on a custom resource, a StatefulSet
  // or a ConfigMap those verbs mean nothing to the API server (they act only on roles and identities), so `*` there is full
  // control of the operator's own objects.
  ...grants(
    AIRFLOW,
    'Role airflow-pod-launcher-role',
    ['rules[2]: grants create on pods/exec'],
    'KubernetesExecutor: tasks running KubernetesPodOperator read the XCom result by exec into the airflow-xcom-sidecar container of the pod they launched and stop it the same way; the chart binds its one pod-launcher Role to scheduler and workers (allowPodLaunching, which KubernetesExecutor needs for its worker pods)',
  ),
  ...grants(
    CERT_MANAGER,
    'ClusterRole cert-manager-cainjector',
    ['rules[1]: grants get on secrets', 'rules[3]: grants get on admissionregistration.k8s.io/validatingwebhookconfigurations'],
    'the CA injector reads the CA of the Certificate Secret named by a cert-manager.io/inject-ca-from(-secret) annotation and writes it into the caBundle of the annotated webhook configurations, CRDs and APIServices (the platform uses it for the KEDA and Prometheus operator webhooks)',
  ),
  ...grants(
    CERT_MANAGER,
    'ClusterRole cert-manager-controller-certificates',
    ['rules[4]: grants get on secrets'],
    "the certificates controller writes each issued key pair into the Certificate's spec.secretName Secret and reads it back to decide on renewal",
  ),
  ...grants(
    CERT_MANAGER,
    'ClusterRole cert-manager-controller-challenges',
    ['rules[3]: grants get on secrets', 'rules[10]: grants get on secrets'],
    'the ACME challenge solver reads the ACME account key Secret and the DNS-01 provider credentials a solver references (the DNS-01 solver of the cloud profiles)',
  ),
  ...grants(
    CERT_MANAGER,
    'ClusterRole cert-manager-controller-clusterissuers',
    ['rules[2]: grants get on secrets'],
    'a ClusterIssuer reads and creates its ACME account private key Secret (privateKeySecretRef) and a CA issuer reads its CA Secret',
  ),
  ...grants(
    CERT_MANAGER,
    'ClusterRole cert-manager-controller-issuers',
    ['rules[2]: grants get on secrets'],
    'a namespaced Issuer reads its CA key pair Secret (the CA Issuers the KEDA and Prometheus operator charts create for their webhook certificates) or its ACME account key',
  ),
  ...grants(
    CERT_MANAGER,
    'ClusterRole cert-manager-controller-orders',
    ['rules[6]: grants get on secrets'],
    'the ACME orders controller signs order requests with the ACME account key held in a Secret',
  ),
  ...grants(
    CERT_MANAGER,
    'Role cert-manager-webhook:dynamic-serving',
    ['rules[0]: grants get on secrets', 'rules[1]: grants create on secrets'],
    "cert-manager's own webhook cannot take its certificate from cert-manager: it reads and updates its serving CA Secret (rules[0] names it: cert-manager-webhook-ca) and creates it at first start (rules[1]: Kubernetes cannot restrict create by name), in matih-system only",
  ),
  ...grants(
    'altinity-clickhouse-operator@0.25.5',
    'ClusterRole clickhouse-operator-altinity-clickhouse-operator',
    ['rules[0]: grants get on secrets', 'rules[5]: grants get on secrets'],
    'the operator creates and updates the Secrets of each ClickHouseInstallation (the cluster secret for inter-node queries, generated user credentials) and reads the user passwords an installation references by secretKeyRef',
  ),
  ...grants(
    CNPG,
    'ClusterRole cloudnative-pg',
    [
      'rules[1]: grants get on admissionregistration.k8s.io/mutatingwebhookconfigurations',
      'rules[3]: grants create on secrets',
      'rules[6]: grants create on pods/exec',
      'rules[21]: grants create on rbac.authorization.k8s.io/rolebindings',
    ],
    'CloudNativePG generates its own webhook certificate and patches the caBundle of its webhook configurations (rules[1]); creates the CA, server, replication and app/superuser credential Secrets of each Cluster (rules[3]); its one rule for PVCs and pods includes pods/exec, with which it runs commands in instance pods (rules[6]); and creates a Role and RoleBinding per Cluster so the instance manager reads only its own Cluster (rules[21])',
  ),
  ...grants(
    CROSSPLANE,
    'ClusterRole crossplane-rbac-manager',
    [
      'rules[9]: grants get on rbac.authorization.k8s.io/clusterroles',
      'rules[10]: grants bind on rbac.authorization.k8s.io/clusterroles',
      'rules[11]: grants * on rbac.authorization.k8s.io/clusterrolebindings',
    ],
    "the RBAC manager creates a ClusterRole per provider revision and XRD and binds them to the providers' ServiceAccounts: Kubernetes lets it do so only with bind on those roles and write access to ClusterRoleBindings",
  ),
  ...grants(
    CROSSPLANE,
    'ClusterRole crossplane:system:aggregate-to-crossplane',
    ['rules[2]: grants get on secrets'],
    "held through aggregation (its label puts it into the crossplane ClusterRole that the chart binds to Crossplane core's ServiceAccount, so no binding names it): core writes the connection Secrets of composite resources (rules[2]), creates providers' ServiceAccounts and Services and manages the webhook configurations of installed packages (rules[7])",
  ),
  ...grants(
    'eck-operator@3.5.0',
    'ClusterRole elastic-operator',
    ['rules[4]: grants get on secrets', 'rules[22]: grants get on admissionregistration.k8s.io/validatingwebhookconfigurations'],
    "ECK generates each Elasticsearch cluster's TLS certificates, elastic user and internal user credentials into Secrets and reads them back (rules[4]); with manageWebhookCerts it creates and updates its own ValidatingWebhookConfiguration and keeps the caBundle current (rules[22])",
  ),
  ...grants(
    ESO,
    'ClusterRole external-secrets-cert-controller',
    [
      'rules[2]: grants list on admissionregistration.k8s.io/validatingwebhookconfigurations',
      'rules[3]: grants update on admissionregistration.k8s.io/validatingwebhookconfigurations',
      'rules[7]: grants get on secrets',
      'rules[8]: grants update on secrets',
    ],
    "the cert controller generates the webhook's serving certificate into its Secret (external-secrets-webhook) and writes the CA into the caBundle of ESO's ValidatingWebhookConfigurations and CRD conversion webhooks; a cert-manager Certificate could replace it (webhook.certManager, needs an Issuer in matih-system)",
  ),
  ...grants(
    ESO,
    'ClusterRole external-secrets-controller',
    ['rules[7]: grants get on secrets', 'rules[8]: grants create on serviceaccounts/token'],
    "ESO writes every ExternalSecret's target Secret and reads the Secrets a SecretStore references; it requests a token for the ServiceAccount a SecretStore names (serviceAccountRef) to authenticate to the cloud vault by workload identity",
  ),
  ...grants(
    'flink-kubernetes-operator@1.12.1',
    'Role flink-operator',
    ['rules[0]: grants get on secrets'],
    "the chart's one core rule (flink-operator.rbacRules) for the namespaces the operator watches: the Flink native Kubernetes deployer creates and deletes the pods, Services, ConfigMaps and Secrets of each FlinkDeployment; no value drops Secrets from it",
  ),
  ...grants(
    JUPYTERHUB,
    'Role hub',
    ['rules[0]: grants get on secrets'],
    "KubeSpawner keeps a Secret per single-user server for JupyterHub's internal_ssl certificates, in the hub's namespace only (a Role); the platform does not turn internal_ssl on, so the grant goes unused, but the hub Role is one fixed template: only rbac.create: false with a Role of our own would drop it",
  ),
  ...grants(
    'keda@2.16.0',
    'ClusterRole keda-operator',
    ['rules[2]: grants list on secrets'],
    "KEDA resolves trigger credentials from the Secrets a TriggerAuthentication references (secretTargetRef) and from its scale target's env, in the namespace of the ScaledObject; permissions.operator.restrict.secret would confine it to matih-system and break TriggerAuthentications in tenant namespaces",
  ),
  ...grants(
    KUBE_PROMETHEUS,
    'ClusterRole monitoring-kube-prometheus-operator',
    ['rules[2]: grants * on secrets'],
    'the Prometheus operator owns the ConfigMaps and Secrets it generates in every namespace (rules[2]): the generated Prometheus and Alertmanager configuration Secrets, with the credentials ServiceMonitors and AlertmanagerConfigs reference; rules[2] is full control of every Secret',
  ),
  ...grants(
    'kuberay-operator@1.7.0',
    'ClusterRole kuberay-operator',
    [
      'rules[4]: grants create on secrets',
      'rules[21]: grants create on rbac.authorization.k8s.io/rolebindings',
      'rules[22]: grants create on rbac.authorization.k8s.io/roles',
    ],
    'KubeRay creates the Secret holding the authentication token of a RayCluster with token auth (rules[4]) and, for a RayCluster with in-tree autoscaling, a Role and RoleBinding that let its autoscaler sidecar scale only its own worker pods (rules[21], rules[22])',
  ),
  ...grants(
    MONGODB,
    'ClusterRole mongodb-kubernetes-operator',
    ['rules[1]: grants get on secrets'],
    "the operator writes each replica set's automation config, generated SCRAM credentials and connection-string Secrets and reads the user passwords they reference",
  ),
  ...grants(
    MONGODB,
    'Role mongodb-kubernetes-appdb',
    ['rules[0]: grants get on secrets'],
    "MongoDBCommunity pods run as this ServiceAccount (the operator gives it to them): their readiness probe and version-upgrade hook read the automation config Secret the operator writes, through the API, to compare the agent's goal state; a Role in matih-data-plane only",
  ),
  ...grants(
    'nginx-ingress@2.6.4',
    'ClusterRole nginx-ingress',
    ['rules[0]: grants get on secrets'],
    'NGINX Ingress Controller reads the TLS Secrets named by Ingresses and VirtualServers in every namespace it serves, and the client/JWT Secrets their policies reference',
  ),
  ...grants(
    'nginx-ingress@2.6.4',
    'Role nginx-ingress',
    ['rules[0]: grants get on secrets'],
    'in its own namespace the controller reads its default server TLS Secret and wildcard certificate and keeps its leader-election state',
  ),
  ...grants(
    'plugin-barman-cloud@0.7.0',
    'ClusterRole plugin-barman-cloud',
    ['rules[0]: grants create on secrets', 'rules[6]: grants create on rbac.authorization.k8s.io/rolebindings'],
    "the Barman Cloud plugin reads the credentials Secret an ObjectStore references and manages the Secrets of its plugin connection (rules[0]: create/delete/get/list/watch), and creates, per Cluster using an ObjectStore, a Role and RoleBinding letting that Cluster's instance sidecar read only its ObjectStore and Secrets (rules[6])",
  ),
  ...grants(
    'redis-operator@0.24.0',
    'ClusterRole redis-operator',
    ['rules[5]: grants create on secrets'],
    'one rule of the chart for Secrets, pods/exec, pods and Services: the Redis operator execs redis-cli in its pods to form clusters and replication (cluster create, add node, failover) and reads the password Secret a Redis resource references (redisSecret)',
  ),
  ...grants(
    SPARK,
    'ClusterRole spark-operator-webhook',
    [
      'rules[1]: grants list on admissionregistration.k8s.io/mutatingwebhookconfigurations',
      'rules[2]: grants get on admissionregistration.k8s.io/mutatingwebhookconfigurations',
    ],
    'the Spark operator webhook generates its own serving certificate at start and writes the CA into the caBundle of its MutatingWebhookConfiguration',
  ),
  ...grants(
    SPARK,
    'Role spark-operator-webhook',
    ['rules[0]: grants create on secrets', 'rules[1]: grants get on secrets'],
    "the webhook keeps its generated serving certificate in one Secret of its namespace (the Role's resourceNames) so that restarts and replicas share it",
  ),
  ...grants(
    STRIMZI,
    'ClusterRole strimzi-cluster-operator-global',
    ['rules[0]: grants get on rbac.authorization.k8s.io/clusterrolebindings'],
    'the cluster operator creates the ClusterRoleBinding of the Kafka brokers (rack awareness reads node labels) and reads it back to reconcile',
  ),
  ...grants(
    STRIMZI,
    'ClusterRole strimzi-cluster-operator-namespaced',
    [
      'rules[0]: grants get on rbac.authorization.k8s.io/rolebindings',
      'rules[1]: grants get on rbac.authorization.k8s.io/roles',
      'rules[2]: grants get on secrets',
    ],
    "the cluster operator generates each Kafka cluster's CA, broker and user certificates and passwords into Secrets, and creates the Role and RoleBinding of the entity operator it deploys in the Kafka cluster's namespace",
  ),
  ...grants(
    STRIMZI,
    'ClusterRole strimzi-entity-operator',
    ['rules[4]: grants get on secrets'],
    "the user operator writes each KafkaUser's credentials Secret; the cluster operator holds this role too because it may only bind the entity operator to rules it holds itself",
  ),
  ...grants(
    'temporal-operator@0.6.0',
    'ClusterRole temporal-operator-manager-role',
    ['rules[2]: grants create on secrets'],
    "the Temporal operator reads the datastore password Secrets a TemporalCluster references (passwordSecretRef) and creates, updates and deletes the Secrets it derives for the cluster's services (its kubebuilder rule; no value narrows it)",
  ),
];
