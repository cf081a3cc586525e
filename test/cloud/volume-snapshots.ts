/**
 * Checks of the snapshot-based backups (components with `volumeSnapshots`), as pure functions over
 * the rendered manifests and the synthesized Terraform, so test/cloud/backups.test.ts runs them on
 * the real outputs and on broken copies of them.
 */
import type { ChartComponent, ResolvedTarget } from '../../config/types';
import { selects } from '../../lib/k8s/network-policy';
import type { Json } from './helpers';

/** The disk CSI driver of each cloud's block volumes (AKS Azure Disk, EBS, GKE Persistent Disk). */
export const DISK_CSI_DRIVER: Readonly<Record<string, string>> = {
  azure: 'disk.csi.azure.com',
  aws: 'ebs.csi.aws.com',
  gcp: 'pd.csi.storage.gke.io',
};

interface Claim {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The claims a snapshotted component's software creates, with their labels as that software writes
 * them (not as the model says): a new component with `volumeSnapshots` must be described here.
 */
export const SNAPSHOTTED_CLAIMS: Readonly<Record<string, (c: ChartComponent, name: string) => readonly Claim[]>> = {
  jupyterhub: (c, name) => {
    const release = c.releaseName ?? name;
    const chart = `${c.chart.name}-${c.chart.version}`;
    const claims: Claim[] = [
      // z2jh 3.3.8 templates/hub/pvc.yaml: `jupyterhub.labels` (component = the template's folder, `hub`).
      { name: 'hub-db-dir', labels: { component: 'hub', app: 'jupyterhub', release, chart, heritage: 'Helm' } },
      // KubeSpawner 6.2.0 get_pvc_manifest: z2jh's common_labels (jupyterhub_config.py) and component singleuser-storage.
      {
        name: 'claim-alice',
        labels: {
          app: 'jupyterhub',
          heritage: 'jupyterhub',
          chart,
          release,
          component: 'singleuser-storage',
          'hub.jupyter.org/username': 'alice',
        },
      },
    ];
    return claims;
  },
};

/** Components of the target with a snapshot policy. */
export function snapshotted(model: ResolvedTarget): Array<[string, ChartComponent]> {
  return Object.entries(model.components).flatMap(([name, c]) =>
    c.kind === 'chart' && c.volumeSnapshots ? [[name, c] as [string, ChartComponent]] : [],
  );
}

/**
 * What is wrong with a target's snapshot backups in its manifests: every claim of every snapshotted
 * component is selected by a SnapshotSchedule of its namespace with the policy's schedule and
 * retention, naming a VolumeSnapshotClass of the cloud's disk driver that deletes the cloud snapshot
 * with its object; snapscheduler itself is deployed.
 */
export function snapshotFindings(objects: readonly Json[], model: ResolvedTarget): string[] {
  const findings: string[] = [];
  const cloud = model.target.provider.cloud;
  const components = snapshotted(model);
  if (components.length > 0 && !objects.some((o) => o.kind === 'Application' && o.spec?.source?.chart === 'snapscheduler'))
    findings.push('no Argo CD Application installs snapscheduler');
  for (const [name, c] of components) {
    const policy = c.volumeSnapshots!;
    const describe = SNAPSHOTTED_CLAIMS[name];
    if (!describe) {
      findings.push(`${name}: its claims are not described in SNAPSHOTTED_CLAIMS`);
      continue;
    }
    const schedules = objects.filter((o) => o.kind === 'SnapshotSchedule' && o.metadata.namespace === c.namespace);
    for (const claim of describe(c, name)) {
      const schedule = schedules.find((s) => !s.spec.disabled && selects(s.spec.claimSelector ?? {}, claim.labels));
      if (!schedule) {
        findings.push(`${name}: no SnapshotSchedule in ${c.namespace} selects claim ${claim.name}`);
        continue;
      }
      const at = `${name}: SnapshotSchedule ${schedule.metadata.name}`;
      if (schedule.spec.schedule !== policy.schedule) findings.push(`${at}: schedule ${schedule.spec.schedule}, policy ${policy.schedule}`);
      if (schedule.spec.retention?.expires !== `${policy.retentionDays * 24}h`)
        findings.push(`${at}: retention ${JSON.stringify(schedule.spec.retention)}, policy ${policy.retentionDays} days`);
      const className = schedule.spec.snapshotTemplate?.snapshotClassName;
      const snapshotClass = objects.find((o) => o.kind === 'VolumeSnapshotClass' && o.metadata.name === className);
      if (!snapshotClass) {
        findings.push(`${at}: VolumeSnapshotClass ${className} is not rendered`);
        continue;
      }
      if (snapshotClass.driver !== DISK_CSI_DRIVER[cloud])
        findings.push(`${at}: class ${className} uses driver ${snapshotClass.driver}, not ${cloud}'s ${DISK_CSI_DRIVER[cloud]}`);
      if (snapshotClass.deletionPolicy !== 'Delete') findings.push(`${at}: class ${className} keeps expired snapshots in the cloud`);
    }
  }
  return findings;
}

/** What is missing for VolumeSnapshots on a target's cluster in its Terraform: the snapshot controller and its CRDs. */
export function snapshotControllerFindings(tf: Json, cloud: string): string[] {
  const r = tf.resource;
  const none = (what: string) => [`${cloud}: ${what}`];
  if (cloud === 'aws') {
    const clusters = Object.keys(r.aws_eks_cluster ?? {});
    const addons = Object.values<Json>(r.aws_eks_addon ?? {}).filter((a) => a.addon_name === 'snapshot-controller');
    return clusters.every((id) => addons.some((a) => a.cluster_name === `\${aws_eks_cluster.${id}.name}`))
      ? []
      : none('an EKS cluster without the snapshot-controller add-on');
  }
  if (cloud === 'azure') {
    const clusters = Object.values<Json>(r.azurerm_kubernetes_cluster ?? {});
    return clusters.every((c) => c.storage_profile?.snapshot_controller_enabled === true && c.storage_profile?.disk_driver_enabled === true)
      ? []
      : none('an AKS cluster without storage_profile.snapshot_controller_enabled and disk_driver_enabled');
  }
  const clusters = Object.values<Json>(r.google_container_cluster ?? {});
  return clusters.every((c) => c.addons_config?.gce_persistent_disk_csi_driver_config?.enabled === true)
    ? []
    : none('a GKE cluster without the Persistent Disk CSI driver (and so without the snapshot controller)');
}
