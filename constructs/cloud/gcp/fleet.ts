/**
 * The fleet on GCP. A member cluster lives in a project of its own, created by its stack: GKE
 * workload identity is per project (`<project>.svc.id.goog[ns/sa]`), so a member in the platform's
 * project could act as the platform's identities; and Argo CD's `roles/container.admin` on the
 * member project then reaches that cluster only. The platform stack creates Argo CD's Google
 * service account. A member stack peers its network with the platform's (both directions; its
 * control plane has a Private Service Connect endpoint in its own subnet, reachable over the
 * peering), delegates its zone from the platform zone and writes where its API server is into the
 * platform's Secret Manager.
 */
import { ComputeNetworkPeering } from '@cdktf/provider-google/lib/compute-network-peering';
import type { ComputeNetwork } from '@cdktf/provider-google/lib/compute-network';
import type { ContainerCluster } from '@cdktf/provider-google/lib/container-cluster';
import type { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { DnsRecordSet } from '@cdktf/provider-google/lib/dns-record-set';
import { Project } from '@cdktf/provider-google/lib/project';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { SecretManagerSecret } from '@cdktf/provider-google/lib/secret-manager-secret';
import { SecretManagerSecretVersion } from '@cdktf/provider-google/lib/secret-manager-secret-version';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountIamMember } from '@cdktf/provider-google/lib/service-account-iam-member';
import { Fn, type TerraformStack } from 'cdktf';
import { ARGOCD_NAMESPACE, type TargetSpec } from '../../../config/types';
import { ARGOCD_FLEET_SERVICE_ACCOUNTS, providerOf } from '../../../lib/clouds';
import { gcpArgoCdAccountId, gcpWorkloadIdentityMember } from '../../../lib/clouds/gcp';
import { cloudFleet, clusterEntryName, delegatesOwnZone } from '../common/fleet';
import { protect } from '../common/stateful';
import type { GcpContext } from './context';
import { zoneName } from './data';
import { gcpNetworkName } from './network';

/** Full control of the Kubernetes API of every cluster in the member's own project (its one cluster). */
const GKE_ADMIN_ROLE = 'roles/container.admin';

/** Argo CD's Google service account, impersonated by Argo CD's ServiceAccounts through GKE workload identity. */
export function gcpFleetPlatform(stack: TerraformStack, ctx: GcpContext, cluster: ContainerCluster): ServiceAccount {
  const account = new ServiceAccount(stack, 'argocd_account', {
    accountId: gcpArgoCdAccountId(ctx.target),
    displayName: `${ARGOCD_NAMESPACE} (fleet of ${ctx.target.name})`,
  });
  for (const serviceAccount of ARGOCD_FLEET_SERVICE_ACCOUNTS) {
    new ServiceAccountIamMember(stack, `argocd_account_${serviceAccount.replace(/-/g, '_')}`, {
      serviceAccountId: account.name,
      role: 'roles/iam.workloadIdentityUser',
      member: gcpWorkloadIdentityMember(ctx.project, { namespace: ARGOCD_NAMESPACE, serviceAccount }),
      dependsOn: [cluster],
    });
  }
  return account;
}

/**
 * The member's own project, in the folder and billing account of `memberProjects` of the platform
 * target. Everything else of the member's stack depends on it (through the project APIs).
 */
export function gcpMemberProject(stack: TerraformStack, target: TargetSpec): Project {
  const p = providerOf(target, 'gcp');
  if (!p.memberProjects)
    throw new Error(
      `${target.name}: a member cluster on GCP needs provider.memberProjects (folder and billing account) on its platform target`,
    );
  return protect(
    new Project(stack, 'member_project', {
      projectId: p.projectId,
      name: p.projectId,
      folderId: p.memberProjects.folderId,
      billingAccount: p.memberProjects.billingAccount,
      // The stack creates its own network: no default network with its permissive firewall rules.
      autoCreateNetwork: false,
      deletionPolicy: 'PREVENT',
    }),
  );
}

/** A member cluster's links to its platform: peering, zone delegation, Argo CD's access and the cluster entry. */
export function gcpFleetMember(
  stack: TerraformStack,
  ctx: GcpContext,
  network: ComputeNetwork,
  cluster: ContainerCluster,
  zone: DnsManagedZone,
): void {
  const platform = cloudFleet(ctx.model).platform;
  const platformProject = providerOf(platform, 'gcp').projectId;
  const platformNetwork = `projects/${platformProject}/global/networks/${gcpNetworkName(platform)}`;
  new ComputeNetworkPeering(stack, 'peering_to_platform', {
    name: `peer-${platform.name}`.slice(0, 63),
    network: network.selfLink,
    peerNetwork: platformNetwork,
  });
  new ComputeNetworkPeering(stack, 'peering_from_platform', {
    name: `peer-${ctx.target.name}`.slice(0, 63),
    network: platformNetwork,
    peerNetwork: network.selfLink,
  });
  if (delegatesOwnZone(ctx.model)) {
    new DnsRecordSet(stack, 'zone_delegation', {
      project: platformProject,
      managedZone: zoneName(platform.domain),
      name: `${ctx.target.domain}.`,
      type: 'NS',
      ttl: 3600,
      rrdatas: zone.nameServers,
    });
  }
  new ProjectIamMember(stack, 'argocd_cluster_admin', {
    project: ctx.project,
    role: GKE_ADMIN_ROLE,
    member: `serviceAccount:${gcpArgoCdAccountId(platform)}@${platformProject}.iam.gserviceaccount.com`,
  });
  const secret = new SecretManagerSecret(stack, 'argocd_cluster_entry', {
    project: platformProject,
    secretId: clusterEntryName(ctx.target),
    replication: { auto: {} },
    labels: { fleet: 'cluster-entry' },
  });
  new SecretManagerSecretVersion(stack, 'argocd_cluster_entry_value', {
    secret: secret.id,
    secretData: Fn.jsonencode({
      server: Fn.join('', ['https://', cluster.privateClusterConfig.privateEndpoint]),
      caData: cluster.masterAuth.clusterCaCertificate,
    }),
  });
}
