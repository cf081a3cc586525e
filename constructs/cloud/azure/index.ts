import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Aspects, type TerraformStack } from 'cdktf';
import type { CloudModel, CloudPlatform } from '../common/model';
import { addStackOutputs } from '../common/outputs';
import { cloudTags, TagAspect } from '../common/tags';
import { pinVersions } from '../common/versions';
import { azureCluster } from './cluster';
import { azureContext } from './context';
import { azureData } from './data';
import { azureIdentities } from './identities';
import { azureNetwork } from './network';
import { azureTenants } from './tenants';

/** AKS, DNS, Key Vault, Storage and workload identities of one Azure target. */
export const azurePlatform: CloudPlatform = {
  cloud: 'azure',
  build(stack: TerraformStack, model: CloudModel): void {
    const ctx = azureContext(model);
    new AzurermProvider(stack, 'azurerm', {
      features: [{}],
      subscriptionId: ctx.azure.subscriptionId,
      tenantId: ctx.azure.tenantId,
      // Storage data plane through Entra ID, since shared keys are disabled.
      storageUseAzuread: true,
    });
    pinVersions(stack, 'azurerm');
    const net = azureNetwork(stack, ctx);
    const { cluster, logs } = azureCluster(stack, ctx, net);
    const data = azureData(stack, ctx, net, logs);
    const tenants = azureTenants(stack, ctx, net, data, logs);
    const identities = azureIdentities(stack, ctx, net, cluster, data, tenants);
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
