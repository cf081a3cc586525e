import { nodePools } from '../node-pools';
import type { TargetSpec } from '../types';
import { COST_CENTER, KUBERNETES_VERSION, NETWORK } from './common';

export const prodAzure: TargetSpec = {
  name: 'prod-azure',
  environment: 'prod',
  domain: 'matih.ai',
  acmeEmail: 'platform@matih.ai',
  cluster: {
    name: 'matih-prod',
    kubernetesVersion: KUBERNETES_VERSION,
    // Private API endpoint only (settings.cloud.publicApiEndpoint is off here): no public ranges.
    authorizedCidrs: [],
    ...NETWORK,
    // The fact sheet's sizes: the ENTERPRISE tenant globex runs on its own cluster (prod-azure-globex, sized for its quota).
    nodePools: nodePools('azure', { zones: ['1', '2', '3'] }),
  },
  provider: {
    cloud: 'azure',
    subscriptionId: '00000000-0000-0000-0000-00000000f001',
    tenantId: '00000000-0000-0000-0000-0000000000aa',
    location: 'westeurope',
    resourceGroup: 'rg-matih-prod',
    keyVaultName: 'kv-matih-prod',
    storageAccountName: 'stmatihprod',
    acrName: 'matihlabsacr',
    state: { resourceGroup: 'rg-matih-tfstate', storageAccount: 'stmatihtfstate', container: 'tfstate' },
  },
  storageClass: 'managed-csi-premium',
  costCenter: COST_CENTER,
};
