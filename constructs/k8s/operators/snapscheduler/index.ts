/**
 * Scheduled CSI snapshots (docs/adr/0031-jupyterhub-volumes-by-csi-snapshots.md): the cloud's
 * VolumeSnapshotClass and one snapscheduler SnapshotSchedule per chart component with a
 * `volumeSnapshots` policy, in `data/volume-snapshots.yaml`. The snapshot controller and its CRDs
 * come with every cluster the cloud stacks create; snapscheduler itself is the chart component
 * `snapscheduler` (config/components/operators.ts), so nothing is rendered while it is disabled.
 */
import { VOLUME_SNAPSHOT_OPERATOR } from '../../../../config/components/operators';
import type { ResolvedTarget } from '../../../../config/types';
import { profileOf } from '../../../../lib/clouds';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { billingLabels } from '../../core/labels';
import { operatorLabels } from '../common';
import { ClaimSnapshotSchedule } from './snapshot-schedule';
import { DiskSnapshotClass } from './volume-snapshot-class';

export { ClaimSnapshotSchedule, type ClaimSnapshotScheduleProps } from './snapshot-schedule';
export { DiskSnapshotClass, type DiskSnapshotClassProps } from './volume-snapshot-class';

/** The chart component that runs snapscheduler. */
const SNAPSCHEDULER_COMPONENT = VOLUME_SNAPSHOT_OPERATOR;
/** The VolumeSnapshotClass every schedule names (one per cluster, the cloud's disk driver). */
const VOLUME_SNAPSHOT_CLASS = 'matih-disk-snapshots';

/** Name of a component's SnapshotSchedule (part of every snapshot's name: `<claim>-<schedule>-<time>`). */
const snapshotScheduleName = (component: string): string => `${component}-volumes`;

function buildVolumeSnapshots(charts: TargetScope, model: ResolvedTarget): void {
  const operator = model.components[SNAPSCHEDULER_COMPONENT];
  if (!operator) return;
  const scope = charts.group('data', 'volume-snapshots');
  new DiskSnapshotClass(scope, 'class', {
    name: VOLUME_SNAPSHOT_CLASS,
    profile: profileOf(model.target).volumeSnapshots,
    labels: operatorLabels(VOLUME_SNAPSHOT_CLASS, operator.billing, 'volume-snapshot-class'),
  });
  for (const name of Object.keys(model.components).sort()) {
    const component = model.components[name];
    if (component.kind !== 'chart' || !component.volumeSnapshots) continue;
    const schedule = snapshotScheduleName(name);
    new ClaimSnapshotSchedule(scope, name, {
      name: schedule,
      namespace: component.namespace,
      policy: component.volumeSnapshots,
      snapshotClassName: VOLUME_SNAPSHOT_CLASS,
      labels: operatorLabels(name, component.billing, 'backup', schedule),
      // snapscheduler adds `snapscheduler.backube/schedule` and `/when` (what a restore looks for); these say whose data it is.
      snapshotLabels: { 'app.kubernetes.io/name': name, ...billingLabels(component.billing) },
    });
  }
}

/** The add-on (../add-on.ts) built by `buildVolumeSnapshots`. */
export const volumeSnapshotsAddOn: OperatorAddOn = { component: SNAPSCHEDULER_COMPONENT, build: buildVolumeSnapshots };
