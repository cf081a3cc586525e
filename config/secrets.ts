import { KAFKA_CLUSTER_NAME } from './components/data-infrastructure';
import type { SecretSpec } from './types';

type Shape = NonNullable<SecretSpec['generate']>[string];

/** A secret synced by ESO from the cloud vault; every key has a generator shape for dev. */
function vault(
  name: string,
  description: string,
  keys: Record<string, Shape>,
  opts: { shared?: boolean; retainOnDelete?: boolean } = {},
): SecretSpec {
  return {
    name,
    description,
    keys: Object.keys(keys),
    producer: 'external-secret',
    generate: keys,
    retainOnDelete: opts.retainOnDelete ?? true,
    shared: opts.shared ?? false,
  };
}

/** Strimzi names the cluster CA secret `<cluster>-cluster-ca-cert`; the fact sheet's `kafka-cluster-ca-cert` is that name for a cluster called `kafka`. */
export const KAFKA_CA_SECRET = `${KAFKA_CLUSTER_NAME}-cluster-ca-cert`;

// One secret per concept: the embeddings chart's `redis-credentials` and `matih-jwt-secret` [CHEMB] are matih-redis-credentials and platform-jwt-secret.
export const SECRETS: readonly SecretSpec[] = [
  vault(
    'matih-db-credentials',
    'Shared PostgreSQL login `matih`: owner of every service database (CloudNativePG bootstrap and managed role), used by services and third-party charts',
    { username: 'username', password: 'password' },
    { shared: true },
  ),
  vault(
    'matih-redis-credentials',
    'Shared Redis password (the RedisReplication and its Sentinels)',
    { password: 'password' },
    { shared: true },
  ),
  vault(
    'elasticsearch-credentials',
    'Password of the platform user `matih` of Elasticsearch (an ECK file-realm user)',
    { password: 'password' },
    { shared: true },
  ),
  vault('platform-jwt-secret', 'Shared JWT signing key of the platform', { 'signing-key': 'base64-64' }, { shared: true }),
  vault('ai-service-db-credentials', 'ai-service database login and URL', {
    username: 'username',
    password: 'password',
    'database-url': 'placeholder',
  }),
  vault('ai-service-llm-keys', 'External LLM provider API keys (ai-service, ops-agent-service)', {
    'openai-api-key': 'placeholder',
    'anthropic-api-key': 'placeholder',
    'azure-openai-api-key': 'placeholder',
  }),
  vault('embeddings-service-db-secret', 'embeddings-service database login', { username: 'username', password: 'password' }),
  vault('qdrant-credentials', 'Qdrant API key (server and clients)', { 'api-key': 'hex32' }),
  vault('trino-password-db', 'Trino password file (htpasswd, bcrypt) for PASSWORD authentication', { 'password.db': 'placeholder' }),
  vault('polaris-trino-credentials', 'Polaris OAuth2 client used by the Trino iceberg catalog', {
    'client-id': 'username',
    'client-secret': 'hex32',
  }),
  vault('polaris-db-credentials', 'Polaris relational-JDBC persistence login', {
    username: 'username',
    password: 'password',
    'jdbc-url': 'placeholder',
  }),
  vault('lakehouse-s3-credentials', 'MinIO access key for the lakehouse, MLflow artifacts, Spark history and Triton models', {
    'access-key': 'username',
    'secret-key': 'password',
  }),
  vault('minio-root-credentials', 'MinIO root user (chart existingSecret)', { rootUser: 'username', rootPassword: 'password' }),
  vault('alertmanager-receivers', 'Alertmanager receiver credentials, mounted as files', {
    'pagerduty-key': 'placeholder',
    'slack-webhook': 'placeholder',
    'smtp-user': 'placeholder',
    'smtp-pass': 'placeholder',
  }),
  vault('billing-stripe-credentials', 'Stripe API key and webhook signing secret', {
    'api-key': 'placeholder',
    'webhook-secret': 'placeholder',
  }),
  vault('notification-channel-credentials', 'SMTP, Slack and Teams credentials of notification-service', {
    'smtp-username': 'placeholder',
    'smtp-password': 'placeholder',
    'slack-bot-token': 'placeholder',
    'teams-webhook-url': 'placeholder',
  }),
  vault('grafana-admin-credentials', 'Grafana admin login', { 'admin-user': 'username', 'admin-password': 'password' }),
  vault('airflow-metadata-secret', 'Airflow metadata DB connection string (key `connection`)', { connection: 'placeholder' }),
  vault('airflow-webserver-secret', 'Airflow webserver session secret', { 'webserver-secret-key': 'hex32' }),
  vault('airflow-fernet-key', 'Airflow Fernet key (32 url-safe base64 bytes)', { 'fernet-key': 'placeholder' }),
  vault('openmetadata-fernet-key', 'OpenMetadata Fernet key (encrypts stored service connection credentials)', {
    FERNET_KEY: 'placeholder',
  }),
  vault('airflow-admin-credentials', 'Password of the Airflow admin user (create-user job)', { password: 'password' }),
  vault('neo4j-auth', 'Neo4j auth in the form neo4j/<password>', { NEO4J_AUTH: 'placeholder' }),
  vault('mongodb-credentials', 'Password of the MongoDB administrator `matih` (MongoDBCommunity user, also used by the backup job)', {
    password: 'password',
  }),
  vault('dgraph-admin', "Dgraph Alpha admin token (the Alphas and the nightly export's job)", { token: 'hex32' }),
  vault('chromadb-auth', 'ChromaDB token (server and ops-agent-service)', { token: 'hex32' }),
  vault('mlflow-flask-secret', 'MLflow server Flask secret key (envFrom after the chart-managed one)', {
    MLFLOW_FLASK_SERVER_SECRET_KEY: 'hex32',
  }),
  // Keys named as the hub reads them from hub.existingSecret (z2jh get_secret_value); 32 random bytes, hex.
  vault('jupyterhub-hub-secret', 'JupyterHub cookie secret and CryptKeeper key (hub.existingSecret)', {
    'hub.config.JupyterHub.cookie_secret': 'hex32',
    'hub.config.CryptKeeper.keys': 'hex32',
  }),
  vault('huggingface-token', 'Hugging Face token for gated vLLM models', { token: 'placeholder' }),
  {
    name: KAFKA_CA_SECRET,
    description: 'Kafka cluster CA certificate (truststore) created by Strimzi in matih-data-plane',
    keys: ['ca.crt', 'ca.p12', 'ca.password'],
    producer: 'strimzi',
    retainOnDelete: false,
    shared: false,
  },
];
