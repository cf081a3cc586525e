/**
 * Neo4j's nightly copy: a logical export over Bolt. Community edition cannot dump a running
 * database (`neo4j-admin database dump` needs it stopped; online backup is Enterprise-only), so
 * APOC's `apoc.export.cypher.all` streams the schema, nodes and relationships as cypher-shell
 * statements, which `cypher-shell` replays into an empty database (README "Restore Neo4j"). APOC
 * ships in the image and the server enables it (NEO4J_PLUGINS); the export runs `cypher-shell` of
 * the server's own image. Each streamed batch is base64-encoded in the query, so cypher-shell's
 * quoting of strings cannot alter it.
 */
import type { k8s } from 'cdk8s-plus-29';
import { RESTRICTED_UID } from '../../../../config/pod-security';
import type { DumpStep } from './dump-job';
import { type BackedUpComponent, serviceDumpAddOn } from './service-dump';

/** The port the export connects to. */
const BOLT_PORT = 'tcp-bolt';
/** The server's credential variable: `neo4j/<password>` (the image's own setting). */
const AUTH = 'NEO4J_AUTH';

const QUERY =
  "CALL apoc.export.cypher.all(null, {stream: true, format: 'cypher-shell'}) YIELD cypherStatements " +
  // A batch without statements streams null, which must not reach base64 -d as the word NULL.
  "RETURN apoc.text.base64Encode(coalesce(cypherStatements, '')) AS batch";

const SCRIPT = [
  // cypher-shell reads the user and password from the environment, never from its command line.
  `export NEO4J_USERNAME="\${${AUTH}%%/*}" NEO4J_PASSWORD="\${${AUTH}#*/}"`,
  `cypher-shell --non-interactive --format plain "${QUERY}" > /tmp/batches`,
  // The header line, then one quoted base64 string per batch.
  "sed -e 1d -e 's/^\"//' -e 's/\"$//' /tmp/batches > /tmp/batches.b64",
  'rm /tmp/batches',
  'while IFS= read -r batch; do printf \'%s\\n\' "$batch" | base64 -d; echo; done < /tmp/batches.b64 > /tmp/export.cypher',
  'rm /tmp/batches.b64',
  'gzip -c /tmp/export.cypher > "$DUMP_DIR/neo4j-$STAMP.cypher.gz"',
].join('\n');

/** The export step of the Neo4j component `c` (a platform service: its image, user, Bolt port and credential). */
export function neo4jDump(c: BackedUpComponent): DumpStep {
  if (c.kind !== 'service') throw new Error(`component "neo4j" must be kind "service" for its export job, found "${c.kind}"`);
  const bolt = c.ports.find((p) => p.name === BOLT_PORT);
  if (!bolt) throw new Error(`components.neo4j.ports: the export job connects to a port named "${BOLT_PORT}"`);
  const auth = c.secrets.find((s) => AUTH in s.env);
  if (!auth) throw new Error(`components.neo4j.secrets: the export job needs the server's ${AUTH}, which none of its secrets sets`);
  const credential: k8s.EnvVar = { name: AUTH, valueFrom: { secretKeyRef: { name: auth.secret, key: auth.env[AUTH] } } };
  return {
    image: `${c.image.repository}:${c.image.tag}`,
    uid: c.runAsUser ?? RESTRICTED_UID,
    script: SCRIPT,
    env: [
      { name: 'NEO4J_ADDRESS', value: `bolt://neo4j.${c.namespace}.svc.cluster.local:${bolt.port}` },
      // cypher-shell's JVM wants a writable home; the root filesystem is read-only.
      { name: 'HOME', value: '/tmp' },
      credential,
    ],
  };
}

export const neo4jBackupAddOn = serviceDumpAddOn('neo4j', neo4jDump);
