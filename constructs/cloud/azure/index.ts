import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Aspects, type TerraformStack } from 'cdktf';
import type { CloudModel, CloudPlatform } from '../common/model';
import { addStackOutputs } from '../common/outputs';
import { cloudTags, TagAspect } from '../common/tags';
import { pinVersions } from '../common/versions';
import { azureCluster } from './cluster';
import { azureContext } from './context';
import { azureData } from './data';
import { cloudFleet } from '../common/fleet';
import { azureFleetMember, azureFleetPlatform } from './fleet';
import { azureIdentities } from './identities';
import { azureNetwork } from './network';
import { azurePrivateLink } from './private-link';
import { azureTenants } from './tenants';

/** AKS, DNS, Key Vault, Storage (private endpoints only) and workload identities of one Azure target. */
export const azurePlatform: CloudPlatform = {
  cloud: 'azure',
  build(stack: TerraformStack, model: CloudModel): void {
    const ctx = azureContext(model);
    new AzurermProvider(stack, 'azurerm', {
      // Storage is private: the provider manages it through Resource Manager only, so a deploy from
      // outside the VNet never calls the blob/queue endpoints (containers use storage_account_id).
      features: [{ storage: [{ dataPlaneAvailable: false }] }],
      subscriptionId: ctx.azure.subscriptionId,
      tenantId: ctx.azure.tenantId,
      // Storage data plane through Entra ID, since shared keys are disabled.
      storageUseAzuread: true,
    });
    pinVersions(stack, 'azurerm');
    const net = azureNetwork(stack, ctx);
    const link = azurePrivateLink(stack, ctx, net);
    const { cluster, logs } = azureCluster(stack, ctx, net);
    const data = azureData(stack, ctx, net, link, logs);
    const tenants = azureTenants(stack, ctx, net, link, data, logs);
    const identities = azureIdentities(stack, ctx, net, cluster, data, tenants);
    const fleet = cloudFleet(model);
    if (fleet.role === 'platform' && fleet.members.length > 0) {
      const argocd = azureFleetPlatform(stack, ctx, net, cluster);
      identities.set('argocd', argocd);
    }
    if (fleet.role !== 'platform') azureFleetMember(stack, ctx, net, cluster, data);
    addStackOutputs(stack, {
      identities: Object.fromEntries(
        [...identities].map(([name, uai]) => [name, { clientId: uai.clientId, principalId: uai.principalId }]),
      ),
      nameServers: data.zone.nameServers,
      clusterName: cluster.name,
      oidcIssuer: cluster.oidcIssuerUrl,
    });
    Aspects.of(stack).add(new TagAspect(cloudTags(model.target), ['tags']));
  },
};
