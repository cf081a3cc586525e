import { DataAzurermResources } from '@cdktf/provider-azurerm/lib/data-azurerm-resources';
import { KubernetesCluster, type KubernetesClusterDefaultNodePool } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { KubernetesClusterNodePool } from '@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import type { TerraformStack } from 'cdktf';
import type { NodePoolSpec } from '../../../config/types';
import { protect } from '../common/stateful';
import { aksApiEndpoint } from './api-endpoint';
import { type AzureContext, ROLES } from './context';
import { containerInsights, omsAgent } from './monitoring';
import type { AzureNetwork } from './network';

/** Control-plane log categories sent to Log Analytics (audit included). */
export const AKS_LOG_CATEGORIES = [
  'kube-apiserver',
  'kube-audit-admin',
  'kube-controller-manager',
  'kube-scheduler',
  'cluster-autoscaler',
  'guard',
] as const;

interface AzureCluster {
  readonly cluster: KubernetesCluster;
  readonly logs: LogAnalyticsWorkspace;
}

/** `key=value:Effect` (or `key:Effect`), the form AKS takes. */
function taintStrings(pool: NodePoolSpec): string[] {
  return pool.taints.map((t) => `${t.key}${t.value === undefined ? '' : `=${t.value}`}:${t.effect}`);
}

/** Fixed size when min == max, else cluster-autoscaler bounds from config. */
function scaling(pool: NodePoolSpec): Pick<KubernetesClusterDefaultNodePool, 'autoScalingEnabled' | 'minCount' | 'maxCount' | 'nodeCount'> {
  return pool.min === pool.max
    ? { autoScalingEnabled: false, nodeCount: pool.min }
    : { autoScalingEnabled: true, minCount: pool.min, maxCount: pool.max };
}

export function azureCluster(stack: TerraformStack, ctx: AzureContext, net: AzureNetwork): AzureCluster {
  const { target, azure, location } = ctx;
  const rg = net.resourceGroup.name;
  const logs = protect(
    new LogAnalyticsWorkspace(stack, 'log_analytics', {
      name: `log-${target.cluster.name}`,
      location,
      resourceGroupName: rg,
      sku: 'PerGB2018',
      retentionInDays: ctx.settings.azure.logRetentionDays,
    }),
    ctx.settings.deletionProtection,
  );
  const system = target.cluster.nodePools.find((p) => p.name === 'system');
  if (!system) throw new Error(`${target.name}: no system node pool`);
  // The default pool takes no node_taints; AKS taints it CriticalAddonsOnly itself when only_critical_addons_enabled.
  if (system.taints.length > 0)
    throw new Error(`${target.name}: the AKS system pool cannot carry taints of its own (${taintStrings(system).join(', ')})`);
  const endpoint = aksApiEndpoint(stack, ctx, net);
  const cluster = new KubernetesCluster(stack, 'aks', {
    name: target.cluster.name,
    location,
    resourceGroupName: rg,
    dnsPrefix: target.cluster.name,
    kubernetesVersion: target.cluster.kubernetesVersion,
    // Uptime SLA for production control planes.
    skuTier: ctx.settings.azure.aksSkuTier,
    // Patch releases of the pinned minor version arrive automatically; minors stay a config change.
    automaticUpgradeChannel: 'patch',
    nodeOsUpgradeChannel: 'NodeImage',
    // Private cluster unless the environment records the public-endpoint exception (api-endpoint.ts).
    ...endpoint.config,
    // Entra ID users only, authorized by Azure RBAC; no static admin kubeconfig.
    localAccountDisabled: true,
    roleBasedAccessControlEnabled: true,
    azureActiveDirectoryRoleBasedAccessControl: { azureRbacEnabled: true, tenantId: azure.tenantId },
    // Federated ServiceAccount tokens instead of secrets for cloud access.
    oidcIssuerEnabled: true,
    workloadIdentityEnabled: true,
    // Azure Policy add-on (Gatekeeper) enforces the pod security baseline cluster-wide.
    azurePolicyEnabled: true,
    // Container Insights into the target's Log Analytics workspace (monitoring.ts).
    omsAgent: omsAgent(logs),
    // The Azure Disk CSI driver (the managed-csi classes) and the CSI snapshot controller with its CRDs, which the
    // platform's scheduled VolumeSnapshots need: both AKS defaults, set so a provider default change cannot drop them.
    storageProfile: { diskDriverEnabled: true, snapshotControllerEnabled: true },
    networkProfile: {
      // Azure CNI (overlay) with Calico, so NetworkPolicies are enforced (fact sheet §12).
      networkPlugin: 'azure',
      networkPluginMode: 'overlay',
      networkPolicy: 'calico',
      podCidr: target.cluster.podCidr,
      serviceCidr: target.cluster.serviceCidr,
      dnsServiceIp: target.cluster.dnsServiceIp,
      loadBalancerSku: 'standard',
    },
    defaultNodePool: {
      name: system.name,
      vmSize: system.machineType,
      ...scaling(system),
      // The system pool runs only the cloud's critical add-ons (AKS taints it CriticalAddonsOnly); ours use user pools.
      onlyCriticalAddonsEnabled: system.criticalAddonsOnly ?? false,
      // Encrypts temp disks and caches on the host (AKS's at-rest option without a KMS identity).
      hostEncryptionEnabled: true,
      nodePublicIpEnabled: false,
      vnetSubnetId: net.nodeSubnet.id,
      zones: [...system.zones],
      nodeLabels: { ...system.labels },
      temporaryNameForRotation: 'systemtmp',
      upgradeSettings: { maxSurge: '33%' },
    },
  });
  protect(cluster, ctx.settings.deletionProtection);

  for (const pool of target.cluster.nodePools.filter((p) => p.name !== 'system')) {
    new KubernetesClusterNodePool(stack, `pool_${pool.name}`, {
      name: pool.name,
      kubernetesClusterId: cluster.id,
      mode: 'User',
      vmSize: pool.machineType,
      // Autoscaling range from config (the autoscaler may take a pool to its min, GPU to 0).
      autoScalingEnabled: true,
      minCount: pool.min,
      maxCount: pool.max,
      // Only pods tolerating the pool's taint land here (fact sheet §12 taints).
      nodeTaints: taintStrings(pool),
      nodeLabels: { ...pool.labels },
      hostEncryptionEnabled: true,
      nodePublicIpEnabled: false,
      vnetSubnetId: net.nodeSubnet.id,
      zones: [...pool.zones],
      upgradeSettings: { maxSurge: '33%' },
    });
  }

  containerInsights(stack, ctx, net, cluster, logs);

  // Control-plane and audit logs are kept in Log Analytics.
  new MonitorDiagnosticSetting(stack, 'aks_diagnostics', {
    name: 'aks-control-plane',
    targetResourceId: cluster.id,
    logAnalyticsWorkspaceId: logs.id,
    enabledLog: AKS_LOG_CATEGORIES.map((category) => ({ category })),
  });

  // Nodes pull platform images from the shared registry with their kubelet identity, no pull secrets.
  const acr = new DataAzurermResources(stack, 'acr', { name: azure.acrName, type: 'Microsoft.ContainerRegistry/registries' });
  new RoleAssignment(stack, 'aks_acr_pull', {
    scope: acr.resources.get(0).id,
    roleDefinitionName: ROLES.acrPull,
    principalId: cluster.kubeletIdentity.objectId,
    principalType: 'ServicePrincipal',
    skipServicePrincipalAadCheck: true,
  });
  return { cluster, logs };
}
