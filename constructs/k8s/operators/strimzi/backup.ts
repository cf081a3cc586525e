/**
 * The nightly copy of Kafka's topics to object storage: every record of the previous UTC day, per
 * topic and partition, written by Kafka's own console consumer (the Strimzi Kafka image the brokers
 * run) in the line format its console producer reads back, then uploaded by ObjectStorageDump's
 * rclone step as the `kafka-backup` identity. README "Restore Kafka" replays a day.
 *
 * The day's offset range of a partition is [first offset stamped at or after 00:00, first offset
 * stamped at or after 24:00): both ends come from the same lookup, so consecutive days tile the log
 * with neither gap nor overlap, and a rerun of a day writes the same files. A record that arrives
 * late with an earlier timestamp lands in the next day's range, never nowhere.
 */
import { Construct } from 'constructs';
import type { NodePoolName, Resources } from '../../../../config/types';
import type { EnvVar } from '../../../../lib/clouds/profile';
import {
  KafkaUser,
  KafkaUserSpecAuthenticationType,
  KafkaUserSpecAuthorizationAclsOperations as Op,
  KafkaUserSpecAuthorizationAclsResourcePatternType as Pattern,
  KafkaUserSpecAuthorizationAclsResourceType as Resource,
  KafkaUserSpecAuthorizationType,
  type KafkaUserSpecAuthorizationAcls,
} from '../../../../imports/kafkauser-kafka.strimzi.io';
import { ObjectStorageDump } from '../backup/dump-job';
import { secretEnv } from '../pod-template';
import { KAFKA_UID, TLS_LISTENER } from './kafka-cluster';

const CA_DIR = '/etc/kafka/cluster-ca';
const USER_DIR = '/etc/kafka/user';
const TOPIC_NAME = /^[a-zA-Z0-9._-]+$/;

/**
 * Separators of the dump lines (`headers US key US value`, headers `k:v` joined by GS, null as SUB):
 * control characters JSON text cannot hold unescaped, written as Java properties escapes.
 */
export const DUMP_FORMAT = { keySeparator: '\\u001f', headersSeparator: '\\u001d', nullLiteral: '\\u001a' } as const;

/** The console producer's reader settings that read a dump file back (README "Restore Kafka"). */
export const RESTORE_READER_PROPERTIES = [
  'parse.headers=true',
  'parse.key=true',
  `headers.delimiter=${DUMP_FORMAT.keySeparator}`,
  `key.separator=${DUMP_FORMAT.keySeparator}`,
  `headers.separator=${DUMP_FORMAT.headersSeparator}`,
  `null.marker=${DUMP_FORMAT.nullLiteral}`,
] as const;

/** The dump script: offsets of the day's range, one console consumer per partition with records in it, checks. */
export function kafkaDumpScript(): string {
  const formatter = [
    'print.headers=true',
    'print.key=true',
    'print.value=true',
    `key.separator=${DUMP_FORMAT.keySeparator}`,
    `headers.separator=${DUMP_FORMAT.headersSeparator}`,
    `null.literal=${DUMP_FORMAT.nullLiteral}`,
  ];
  return [
    // Scratch files in a fresh folder of $TMPDIR (the pod's /tmp emptyDir); Kafka's scripts create $LOG_DIR.
    'tmp=$(mktemp -d)',
    'export LOG_DIR="$tmp/logs" KAFKA_HEAP_OPTS="-Xms256m -Xmx768m"',
    // KAFKA_HOME is /opt/kafka in the Strimzi images.
    'bin="$KAFKA_HOME/bin"',
    'cat > "$tmp/client.properties" <<EOF',
    'security.protocol=SSL',
    'ssl.truststore.type=PKCS12',
    `ssl.truststore.location=${CA_DIR}/ca.p12`,
    'ssl.truststore.password=$CA_PASSWORD',
    'ssl.keystore.type=PKCS12',
    `ssl.keystore.location=${USER_DIR}/user.p12`,
    'ssl.keystore.password=$USER_PASSWORD',
    'EOF',
    `cat > "$tmp/formatter.properties" <<'EOF'`,
    ...formatter,
    'EOF',
    // BACKUP_DAY (YYYY-MM-DD) reruns a missed day while the topics still retain it.
    'DAY=${BACKUP_DAY:-$(date -u -d yesterday +%F)}',
    'START_MS=$(date -u -d "$DAY" +%s)000',
    'END_MS=$(date -u -d "$DAY + 1 day" +%s)000',
    'offsets() { "$bin/kafka-get-offsets.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$tmp/client.properties" --exclude-internal-topics --time "$1" > "$2"; }',
    'offsets "$START_MS" "$tmp/from"',
    'offsets "$END_MS" "$tmp/to"',
    'offsets -1 "$tmp/latest"',
    // A partition with no record stamped at or after a bound has that bound at its end.
    'offset_in() { while IFS=: read -r t p o; do if [ "$t" = "$2" ] && [ "$p" = "$3" ]; then echo "$o"; return; fi; done < "$1"; }',
    'total=0',
    'while IFS=: read -r topic partition last; do',
    '  from=$(offset_in "$tmp/from" "$topic" "$partition"); from=${from:-$last}',
    '  to=$(offset_in "$tmp/to" "$topic" "$partition"); to=${to:-$last}',
    '  count=$((to - from))',
    '  [ "$count" -gt 0 ] || continue',
    '  mkdir -p "$DUMP_DIR/$DAY/$topic"',
    '  out="$DUMP_DIR/$DAY/$topic/$partition-$from-$to.records"',
    '  "$bin/kafka-console-consumer.sh" --bootstrap-server "$BOOTSTRAP" --consumer.config "$tmp/client.properties" \\',
    '    --topic "$topic" --partition "$partition" --offset "$from" --max-messages "$count" --timeout-ms 120000 \\',
    '    --formatter-config "$tmp/formatter.properties" < /dev/null > "$out"',
    // One line per record, or the file cannot be replayed: a multi-line value, a gap in the offsets or a timeout.
    '  lines=$(wc -l < "$out")',
    '  if [ "$lines" -ne "$count" ]; then',
    '    echo "kafka-backup: $topic/$partition offsets $from..$to: $lines lines for $count records (multi-line value, offset gap or timeout)" >&2',
    '    exit 1',
    '  fi',
    '  if LC_ALL=C.UTF-8 grep -qaxv ".*" "$out"; then',
    '    echo "kafka-backup: $topic/$partition offsets $from..$to holds a record that is not UTF-8 text; the line format cannot carry it" >&2',
    '    exit 1',
    '  fi',
    // The formatter writes NO_HEADERS for a record without headers; the reader reads the null marker as none.
    '  sed -i \'s/^NO_HEADERS\\x1f/\\x1a\\x1f/\' "$out"',
    '  total=$((total + count))',
    'done < "$tmp/latest"',
    'echo "kafka-backup: $total records of $DAY"',
  ].join('\n');
}

/** Read and Describe on the declared topics and on every CDC topic (`<prefix>*`), nothing else: no group, no write. */
export function kafkaBackupAcls(topics: readonly string[], cdcPrefix: string): KafkaUserSpecAuthorizationAcls[] {
  const operations = [Op.DESCRIBE, Op.READ];
  return [
    ...[...new Set(topics)].sort().map((name) => ({ resource: { type: Resource.TOPIC, name, patternType: Pattern.LITERAL }, operations })),
    { resource: { type: Resource.TOPIC, name: cdcPrefix, patternType: Pattern.PREFIX }, operations },
  ];
}

export interface KafkaTopicBackupProps {
  /** Name of the CronJob, and of its KafkaUser (whose client certificate Secret the User Operator writes). */
  readonly name: string;
  readonly namespace: string;
  /** Kafka resource the user belongs to (`<cluster>-kafka-bootstrap`). */
  readonly cluster: string;
  /** Secret of the cluster CA (`ca.p12`, `ca.password`). */
  readonly caSecret: string;
  /** The Strimzi Kafka image the brokers run (its console consumer and offsets tool). */
  readonly image: string;
  /** Topics the dump may read (config/kafka-topics.ts), besides every topic under `cdcPrefix`. */
  readonly topics: readonly string[];
  readonly cdcPrefix: string;
  readonly schedule: string;
  readonly retentionDays: number;
  readonly serviceAccount: string;
  /** rclone remote `backup` and the destination below it (lib/clouds `rclone`). */
  readonly upload: { readonly env: readonly EnvVar[]; readonly destination: string };
  readonly nodePool: NodePoolName;
  readonly labels: Readonly<Record<string, string>>;
  /** Labels of the dump pods: the identity's (its NetworkPolicy, and Kafka's, admit them by it). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** @default ObjectStorageDump's */
  readonly resources?: Resources;
}

/** The KafkaUser of the dump and its CronJob (ObjectStorageDump). */
export class KafkaTopicBackup extends Construct {
  readonly user: KafkaUser;
  readonly dump: ObjectStorageDump;

  constructor(scope: Construct, id: string, props: KafkaTopicBackupProps) {
    super(scope, id);
    const bad = props.topics.filter((t) => !TOPIC_NAME.test(t));
    if (bad.length > 0)
      throw new Error(`Kafka backup ${props.name}: topic name(s) ${bad.map((t) => `"${t}"`).join(', ')} are not legal Kafka topic names`);
    if (!TOPIC_NAME.test(props.cdcPrefix))
      throw new Error(`Kafka backup ${props.name}: CDC prefix "${props.cdcPrefix}" is not a legal topic prefix`);
    if (!/:[^:/]+$/.test(props.image) || props.image.endsWith(':latest'))
      throw new Error(`Kafka backup ${props.name}: image "${props.image}" must carry a pinned tag`);
    this.user = new KafkaUser(this, 'user', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels, 'strimzi.io/cluster': props.cluster } },
      spec: {
        authentication: { type: KafkaUserSpecAuthenticationType.TLS },
        authorization: { type: KafkaUserSpecAuthorizationType.SIMPLE, acls: kafkaBackupAcls(props.topics, props.cdcPrefix) },
      },
    });
    this.dump = new ObjectStorageDump(this, 'dump', {
      name: props.name,
      namespace: props.namespace,
      schedule: props.schedule,
      retentionDays: props.retentionDays,
      serviceAccount: props.serviceAccount,
      dump: {
        image: props.image,
        uid: KAFKA_UID,
        script: kafkaDumpScript(),
        env: [
          { name: 'BOOTSTRAP', value: `${props.cluster}-kafka-bootstrap.${props.namespace}.svc:${TLS_LISTENER.port}` },
          secretEnv('CA_PASSWORD', props.caSecret, 'ca.password'),
          secretEnv('USER_PASSWORD', props.name, 'user.password'),
        ],
        secretMounts: [
          { secret: props.caSecret, mountPath: CA_DIR },
          { secret: props.name, mountPath: USER_DIR },
        ],
      },
      upload: props.upload,
      nodePool: props.nodePool,
      labels: props.labels,
      podLabels: props.podLabels,
      resources: props.resources,
    });
  }
}
