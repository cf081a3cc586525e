import { Construct } from 'constructs';
import type { VolumeSnapshotProfile } from '../../../../lib/clouds/profile';
import { VolumeSnapshotClass, VolumeSnapshotClassDeletionPolicy } from '../../../../imports/volumesnapshotclasses-snapshot.storage.k8s.io';

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export interface DiskSnapshotClassProps {
  /** Name of the class (cluster-scoped). */
  readonly name: string;
  /** The cloud's disk CSI driver and its parameters (the cloud profile's `volumeSnapshots`). */
  readonly profile: VolumeSnapshotProfile;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The VolumeSnapshotClass of the cloud's disk CSI driver. `deletionPolicy: Delete`: when a
 * schedule's retention deletes a VolumeSnapshot, the snapshot in the cloud goes with it; with
 * Retain every expired snapshot would stay in the cloud, billed, with no object left to find it by.
 */
export class DiskSnapshotClass extends Construct {
  constructor(scope: Construct, id: string, props: DiskSnapshotClassProps) {
    super(scope, id);
    if (!DNS_SUBDOMAIN.test(props.name)) throw new Error(`VolumeSnapshotClass "${props.name}": name must be a DNS subdomain`);
    if (!DNS_SUBDOMAIN.test(props.profile.driver))
      throw new Error(`VolumeSnapshotClass "${props.name}": driver "${props.profile.driver}" must be a CSI driver name (a DNS subdomain)`);
    const parameters = Object.entries(props.profile.parameters).sort(([a], [b]) => (a < b ? -1 : 1));
    new VolumeSnapshotClass(this, 'class', {
      metadata: { name: props.name, labels: { ...props.labels } },
      driver: props.profile.driver,
      deletionPolicy: VolumeSnapshotClassDeletionPolicy.DELETE,
      ...(parameters.length > 0 ? { parameters: Object.fromEntries(parameters) } : {}),
    });
  }
}
