import { Construct } from 'constructs';
import type { VolumeSnapshotPolicy } from '../../../../config/types';
import { SnapshotSchedule } from '../../../../imports/snapshotschedules-snapscheduler.backube';
import { snapshotPolicyProblem } from '../../../../lib/model/backup-policy';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export interface ClaimSnapshotScheduleProps {
  /** Name of the SnapshotSchedule; snapscheduler names each snapshot `<claim>-<name>-<timestamp>`. */
  readonly name: string;
  /** Namespace of the claims (a SnapshotSchedule selects claims of its own namespace only). */
  readonly namespace: string;
  /** Schedule (five cron fields, UTC), retention in days, and the claims, from the component's `volumeSnapshots`. */
  readonly policy: VolumeSnapshotPolicy;
  /** The VolumeSnapshotClass of the target's cloud (its CSI driver). */
  readonly snapshotClassName: string;
  /** Labels of the SnapshotSchedule. */
  readonly labels: Readonly<Record<string, string>>;
  /** Labels of every VolumeSnapshot it creates (snapscheduler's objects, not the platform's: no managed-by). */
  readonly snapshotLabels: Readonly<Record<string, string>>;
}

/**
 * snapscheduler's SnapshotSchedule: at each `schedule` it creates a CSI VolumeSnapshot of every
 * claim of `namespace` the selector picks, in `snapshotClassName`, and deletes those older than
 * `retentionDays` (its `expires`, in hours). The selector may not be empty: an empty one would
 * snapshot every claim of the namespace, other components' included.
 */
export class ClaimSnapshotSchedule extends Construct {
  constructor(scope: Construct, id: string, props: ClaimSnapshotScheduleProps) {
    super(scope, id);
    const what = `SnapshotSchedule ${props.namespace}/${props.name}`;
    if (!DNS_LABEL.test(props.name) || props.name.length > 63) throw new Error(`${what}: name must be a DNS label`);
    if (!DNS_SUBDOMAIN.test(props.snapshotClassName))
      throw new Error(`${what}: snapshotClassName "${props.snapshotClassName}" must be a DNS subdomain`);
    const problem = snapshotPolicyProblem(props.policy);
    if (problem) throw new Error(`${what}: ${problem}`);
    const selector = props.policy.claimSelector;
    new SnapshotSchedule(this, 'schedule', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
      spec: {
        claimSelector: {
          ...(selector.matchLabels ? { matchLabels: { ...selector.matchLabels } } : {}),
          ...(selector.matchExpressions
            ? {
                matchExpressions: selector.matchExpressions.map((e) => ({
                  key: e.key,
                  operator: e.operator,
                  ...(e.values ? { values: [...e.values] } : {}),
                })),
              }
            : {}),
        },
        schedule: props.policy.schedule.trim().split(/\s+/).join(' '),
        retention: { expires: `${props.policy.retentionDays * 24}h` },
        snapshotTemplate: { snapshotClassName: props.snapshotClassName, labels: { ...props.snapshotLabels } },
      },
    });
  }
}
