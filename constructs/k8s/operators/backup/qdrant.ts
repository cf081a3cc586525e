/**
 * Qdrant's nightly copy: a full-storage snapshot of every node (`POST /snapshots`), downloaded and
 * then deleted from the node. With `config.cluster.enabled` each node snapshots only the shards it
 * holds (Qdrant's snapshot documentation: "create snapshots for each node separately"), so the job
 * snapshots every pod of the StatefulSet through the chart's headless Service, one file per node.
 */
import { QDRANT_SECRET } from '../../../../config/components/define';
import { secretEnv } from '../pod-template';
import { serviceDumpAddOn } from './service-dump';

/** The official curl image (curl/curl-container release 8.21.0, Alpine 3.24): curl and a POSIX shell, nothing else. */
const CURL_IMAGE = 'curlimages/curl:8.21.0';
/** The image's `curl_user` (created with `adduser -S`: the first system UID of Alpine). */
const CURL_UID = 100;
const QDRANT_HTTP_PORT = 6333;

/** The chart's replica count (its StatefulSet `qdrant`, pods `qdrant-<n>`). */
function replicasOf(values: Readonly<Record<string, unknown>>): number {
  const replicas = values.replicaCount ?? 1;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 1)
    throw new Error(`components.qdrant.values.replicaCount: expected a positive integer, found ${JSON.stringify(replicas)}`);
  return replicas;
}

export const qdrantBackupAddOn = serviceDumpAddOn('qdrant', (c) => {
  if (c.kind !== 'chart') throw new Error(`component "qdrant" must be kind "chart" for its snapshot job, found "${c.kind}"`);
  const release = c.releaseName ?? 'qdrant';
  return {
    image: CURL_IMAGE,
    uid: CURL_UID,
    script: [
      'api() { curl -fsS -H "api-key: $QDRANT_API_KEY" "$@"; }',
      'i=0',
      'while [ "$i" -lt "$QDRANT_NODES" ]; do',
      '  node="http://' + release + '-$i.$QDRANT_HOST:$QDRANT_PORT"',
      '  name=$(api -X POST "$node/snapshots?wait=true" | sed -n \'s/.*"name":"\\([^"]*\\)".*/\\1/p\')',
      '  [ -n "$name" ] || { echo "qdrant-$i: no snapshot name in the response" >&2; exit 1; }',
      '  api -o "$DUMP_DIR/qdrant-$STAMP-node$i.snapshot" "$node/snapshots/$name"',
      '  api -X DELETE "$node/snapshots/$name" >/dev/null',
      '  i=$((i + 1))',
      'done',
    ].join('\n'),
    env: [
      // The chart's headless Service (`<release>-headless`): pod `<release>-<n>` is `<release>-<n>.<release>-headless`.
      { name: 'QDRANT_HOST', value: `${release}-headless.${c.namespace}.svc.cluster.local` },
      { name: 'QDRANT_PORT', value: String(QDRANT_HTTP_PORT) },
      { name: 'QDRANT_NODES', value: String(replicasOf(c.values)) },
      secretEnv('QDRANT_API_KEY', QDRANT_SECRET.secret, QDRANT_SECRET.env.QDRANT_API_KEY),
    ],
  };
});
