import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-29';
import type { Billing } from '../../../config/types';
import { DEFAULT_CLASS_ANNOTATION, type RenderedStorageClass } from '../../../lib/clouds/profile';
import { standardLabels } from '../core/labels';

interface StorageClassesProps {
  /** The classes the cloud's clusters lack, by name (the cloud profile's `storageClasses.rendered`). */
  readonly classes: Readonly<Record<string, RenderedStorageClass>>;
  /** Billing labels (the cluster-wide system's). */
  readonly billing: Billing;
}

/**
 * The StorageClasses the platform creates itself, so that every claim names a class that exists.
 * Disks bind where the pod is scheduled (WaitForFirstConsumer: a zonal disk in the pod's zone),
 * can grow, and are deleted with their claim only when the claim's policy says so (Delete is the
 * class default; stateful claims outlive their workloads through the StatefulSets' Retain policies).
 */
export class StorageClasses extends Construct {
  constructor(scope: Construct, id: string, props: StorageClassesProps) {
    super(scope, id);
    for (const [name, c] of Object.entries(props.classes).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name)) throw new Error(`storage class ${JSON.stringify(name)}: not a DNS subdomain`);
      new k8s.KubeStorageClass(this, name, {
        metadata: {
          name,
          labels: standardLabels({ name, component: 'storage-class', billing: props.billing }),
          ...(c.default ? { annotations: { [DEFAULT_CLASS_ANNOTATION]: 'true' } } : {}),
        },
        provisioner: c.provisioner,
        parameters: { ...c.parameters },
        volumeBindingMode: 'WaitForFirstConsumer',
        allowVolumeExpansion: true,
        reclaimPolicy: 'Delete',
      });
    }
  }
}
