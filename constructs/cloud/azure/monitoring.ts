import type { KubernetesCluster, KubernetesClusterOmsAgent } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import type { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorDataCollectionRule } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule';
import { MonitorDataCollectionRuleAssociation } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association';
import type { TerraformStack } from 'cdktf';
import type { AzureContext } from './context';
import type { AzureNetwork } from './network';

/** Container Insights' stream group: container logs (v2), Kubernetes events, inventories and performance. */
export const CONTAINER_INSIGHTS_STREAMS = ['Microsoft-ContainerInsights-Group-Default'] as const;

/** The AKS monitoring add-on: the Azure Monitor agent authenticates with its managed identity. */
export function omsAgent(logs: LogAnalyticsWorkspace): KubernetesClusterOmsAgent {
  return { logAnalyticsWorkspaceId: logs.id, msiAuthForMonitoringEnabled: true };
}

/**
 * Container Insights wiring: with managed-identity auth the agent collects what a data collection
 * rule associated with the cluster says, into the target's Log Analytics workspace (retention from
 * `settings.cloud.azure.logRetentionDays`).
 */
export function containerInsights(
  stack: TerraformStack,
  ctx: AzureContext,
  net: AzureNetwork,
  cluster: KubernetesCluster,
  logs: LogAnalyticsWorkspace,
): MonitorDataCollectionRule {
  const rule = new MonitorDataCollectionRule(stack, 'container_insights', {
    name: `MSCI-${ctx.location}-${ctx.target.cluster.name}`,
    location: ctx.location,
    resourceGroupName: net.resourceGroup.name,
    kind: 'Linux',
    destinations: { logAnalytics: [{ name: 'workspace', workspaceResourceId: logs.id }] },
    dataFlow: [{ streams: [...CONTAINER_INSIGHTS_STREAMS], destinations: ['workspace'] }],
    dataSources: {
      extension: [
        {
          name: 'ContainerInsightsExtension',
          extensionName: 'ContainerInsights',
          streams: [...CONTAINER_INSIGHTS_STREAMS],
          extensionJson: JSON.stringify({
            dataCollectionSettings: { interval: '1m', namespaceFilteringMode: 'Off', enableContainerLogV2: true },
          }),
        },
      ],
    },
  });
  new MonitorDataCollectionRuleAssociation(stack, 'container_insights_association', {
    name: 'ContainerInsightsExtension',
    targetResourceId: cluster.id,
    dataCollectionRuleId: rule.id,
  });
  return rule;
}
