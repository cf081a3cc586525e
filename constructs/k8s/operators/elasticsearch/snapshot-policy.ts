/**
 * Registers the snapshot repository and the snapshot lifecycle policy of an ECK cluster. ECK has
 * no resource for either (its StackConfigPolicy needs an Enterprise licence), so a CronJob applies
 * both idempotently through the API every hour: the first run after the cluster is up configures
 * it, and a manual change is reverted within the hour. Elasticsearch itself then takes the
 * snapshots on schedule and deletes them after the retention.
 */
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import type { NodePoolName } from '../../../../config/types';
import type { ElasticsearchSnapshotAccess } from '../../../../lib/clouds';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, writableVolumes } from '../../core/security-context';
import { quartz } from '../backup/schedule';
import { poolSelector, poolTolerations } from '../common';
import { secretEnv } from '../pod-template';
import { ELASTICSEARCH_IMAGE, ELASTICSEARCH_UID } from './elasticsearch-cluster';

/** Name of the snapshot repository and of the lifecycle policy. */
export const SNAPSHOT_REPOSITORY = 'matih-snapshots';
export const SNAPSHOT_POLICY = 'nightly';

interface SnapshotPolicyProps {
  /** The Elasticsearch resource. */
  readonly cluster: string;
  readonly namespace: string;
  /** `http://<cluster>-es-http.<namespace>:9200` */
  readonly url: string;
  readonly repository: ElasticsearchSnapshotAccess['repository'];
  /** Five-field cron, UTC. */
  readonly schedule: string;
  readonly retentionDays: number;
  readonly nodePool: NodePoolName;
  readonly labels: Readonly<Record<string, string>>;
  /** The component's podSelector (its NetworkPolicy lets these pods reach the cluster). */
  readonly podLabels: Readonly<Record<string, string>>;
}

/** The `PUT _slm/policy/<name>` body: schedule, snapshot name, repository, retention. */
export function snapshotPolicyBody(p: Pick<SnapshotPolicyProps, 'schedule' | 'retentionDays'>): Record<string, unknown> {
  return {
    schedule: quartz(p.schedule, 'Elasticsearch snapshot schedule'),
    name: '<nightly-{now/d}>',
    repository: SNAPSHOT_REPOSITORY,
    config: { include_global_state: true },
    retention: { expire_after: `${p.retentionDays}d`, min_count: 3, max_count: 100 },
  };
}

export class ElasticsearchSnapshotPolicy extends Construct {
  readonly cronJob: k8s.KubeCronJob;

  constructor(scope: Construct, id: string, props: SnapshotPolicyProps) {
    super(scope, id);
    const scratch = writableVolumes();
    const script = [
      'set -eu',
      'put() { curl -fsS -u "elastic:$ELASTIC_PASSWORD" -H "Content-Type: application/json" -X PUT "$ES_URL/$1" -d "$2"; echo; }',
      `put "_snapshot/${SNAPSHOT_REPOSITORY}" "$REPOSITORY"`,
      `put "_slm/policy/${SNAPSHOT_POLICY}" "$POLICY"`,
    ].join('\n');
    this.cronJob = new k8s.KubeCronJob(this, 'cronjob', {
      metadata: { name: `${props.cluster}-snapshot-policy`, namespace: props.namespace, labels: { ...props.labels } },
      spec: {
        schedule: '23 * * * *',
        timeZone: 'Etc/UTC',
        concurrencyPolicy: 'Forbid',
        successfulJobsHistoryLimit: 1,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          spec: {
            backoffLimit: 3,
            activeDeadlineSeconds: 600,
            template: {
              metadata: { labels: { ...props.podLabels } },
              spec: {
                restartPolicy: 'Never',
                automountServiceAccountToken: false,
                securityContext: restrictedPodSecurityContext({ uid: ELASTICSEARCH_UID }),
                nodeSelector: poolSelector(props.nodePool),
                tolerations: poolTolerations(props.nodePool),
                containers: [
                  {
                    name: 'apply',
                    // The Elasticsearch image carries curl; no second image to pin.
                    image: ELASTICSEARCH_IMAGE,
                    command: ['/bin/sh', '-c', script],
                    env: [
                      { name: 'ES_URL', value: props.url },
                      // ECK's own superuser Secret of this cluster.
                      secretEnv('ELASTIC_PASSWORD', `${props.cluster}-es-elastic-user`, 'elastic'),
                      { name: 'REPOSITORY', value: JSON.stringify(props.repository) },
                      { name: 'POLICY', value: JSON.stringify(snapshotPolicyBody(props)) },
                    ],
                    resources: {
                      requests: { cpu: k8s.Quantity.fromString('10m'), memory: k8s.Quantity.fromString('32Mi') },
                      limits: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('64Mi') },
                    },
                    securityContext: restrictedContainerSecurityContext({ uid: ELASTICSEARCH_UID }),
                    volumeMounts: scratch.mounts,
                  },
                ],
                volumes: scratch.volumes,
              },
            },
          },
        },
      },
    });
  }
}
