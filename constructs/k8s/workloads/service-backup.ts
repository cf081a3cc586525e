/**
 * Nightly copies of the data services the platform renders itself (components of kind `service`
 * with `backup`): a dump over the service's own client protocol, uploaded to the target's object
 * storage by ObjectStorageDump as the service's `backup-write` identity. Each service needs a
 * recipe here; the dump pods carry their own labels and NetworkPolicy (serviceBackupPolicy).
 */
import type { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { RESTRICTED_UID } from '../../../config/pod-security';
import type { ResolvedTarget, ServiceComponent } from '../../../config/types';
import { backupLocation, profileOf } from '../../../lib/clouds';
import { standardLabels } from '../core/labels';
import { backupPods, serviceBackupPolicy } from '../network/network-policies';
import { renderNetworkPolicy } from '../network/network-policy';
import { type DumpStep, ObjectStorageDump } from '../operators/backup/dump-job';
import { backupIdentity } from '../operators/backup/identity';

/** Where the dump reaches the service: its ClusterIP Service in its namespace. */
function serviceHost(name: string, c: ServiceComponent): string {
  return `${name}.${c.namespace}.svc.cluster.local`;
}

function portOf(name: string, c: ServiceComponent, port: string): number {
  const found = c.ports.find((p) => p.name === port);
  if (!found) throw new Error(`components.${name}.ports: the backup recipe needs a port named "${port}"`);
  return found.port;
}

/**
 * Neo4j Community cannot dump a running database (`neo4j-admin database dump` needs it stopped), so
 * the copy is a logical export over Bolt: APOC's `apoc.export.cypher.all` streams the schema, nodes and
 * relationships as cypher-shell statements, which `cypher-shell -f` replays into an empty database.
 * Each streamed batch is base64-encoded in the query, so cypher-shell's quoting of strings cannot alter it.
 */
function neo4jDump(name: string, c: ServiceComponent): DumpStep {
  const query =
    "CALL apoc.export.cypher.all(null, {stream: true, format: 'cypher-shell'}) YIELD cypherStatements " +
    'RETURN apoc.text.base64Encode(cypherStatements) AS batch';
  const script = [
    // NEO4J_AUTH is `neo4j/<password>` (the server's own setting); cypher-shell reads the password from the environment.
    'export NEO4J_USERNAME="${NEO4J_AUTH%%/*}" NEO4J_PASSWORD="${NEO4J_AUTH#*/}"',
    `cypher-shell --non-interactive --format plain "${query}" > /tmp/batches`,
    // The header line, then one quoted base64 string per batch.
    "sed -e 1d -e 's/^\"//' -e 's/\"$//' /tmp/batches > /tmp/batches.b64",
    'rm /tmp/batches',
    'while IFS= read -r batch; do printf \'%s\\n\' "$batch" | base64 -d; echo; done < /tmp/batches.b64 > /tmp/export.cypher',
    'rm /tmp/batches.b64',
    `gzip -c /tmp/export.cypher > "$DUMP_DIR/${name}-$STAMP.cypher.gz"`,
  ].join('\n');
  return {
    image: `${c.image.repository}:${c.image.tag}`,
    uid: c.runAsUser ?? RESTRICTED_UID,
    script,
    env: [
      { name: 'NEO4J_ADDRESS', value: `bolt://${serviceHost(name, c)}:${portOf(name, c, 'tcp-bolt')}` },
      // cypher-shell's JVM and history want a writable home; the root filesystem is read-only.
      { name: 'HOME', value: '/tmp' },
      ...authEnv(c, 'NEO4J_AUTH'),
    ],
  };
}

/** The service's own credential variable, from the Secret its component reads it from. */
function authEnv(c: ServiceComponent, variable: string): k8s.EnvVar[] {
  for (const use of c.secrets) {
    const key = use.env[variable];
    if (key !== undefined) return [{ name: variable, valueFrom: { secretKeyRef: { name: use.secret, key } } }];
  }
  throw new Error(`the backup recipe needs ${variable} from one of the component's secrets`);
}

/** How each backed-up service is dumped. */
export const SERVICE_DUMPS: Readonly<Record<string, (name: string, c: ServiceComponent) => DumpStep>> = {
  neo4j: neo4jDump,
};

export interface ServiceBackupProps {
  readonly name: string;
  readonly component: ServiceComponent;
  readonly model: ResolvedTarget;
}

/** The nightly dump of one service (CronJob) and the NetworkPolicy of its pods. */
export class ServiceBackup extends Construct {
  readonly dump: ObjectStorageDump;

  constructor(scope: Construct, id: string, props: ServiceBackupProps) {
    super(scope, id);
    const { name, component: c, model } = props;
    if (!c.backup) throw new Error(`components.${name}.backup: ServiceBackup renders services with a backup policy only`);
    const recipe = SERVICE_DUMPS[name];
    if (!recipe)
      throw new Error(
        `components.${name}.backup: no dump recipe for "${name}" in constructs/k8s/workloads/service-backup.ts (recipes: ${Object.keys(SERVICE_DUMPS).join(', ')})`,
      );
    const backupName = `${name}-backup`;
    const identity = backupIdentity(model, name, { namespace: c.namespace, serviceAccount: backupName });
    const labels = standardLabels({ name: backupName, component: 'backup', version: c.image.tag, billing: c.billing });
    this.dump = new ObjectStorageDump(this, 'dump', {
      name: backupName,
      namespace: c.namespace,
      schedule: c.backup.schedule,
      retentionDays: c.backup.retentionDays,
      serviceAccount: identity.serviceAccount,
      dump: recipe(name, c),
      upload: profileOf(model.target).backup.rclone(backupLocation(model.target, name)),
      nodePool: c.nodePool,
      labels,
      podLabels: { ...labels, ...backupPods(name), ...identity.podLabels },
    });
    renderNetworkPolicy(this, serviceBackupPolicy(model, name, c));
  }
}
