import { nodePools } from '../node-pools';
import type { TargetSpec } from '../types';
import { COST_CENTER, KUBERNETES_VERSION, NETWORK } from './common';

export const stagingAzure: TargetSpec = {
  name: 'staging-azure',
  environment: 'staging',
  domain: 'staging.matih.ai',
  acmeEmail: 'platform@matih.ai',
  cluster: {
    name: 'matih-staging',
    kubernetesVersion: KUBERNETES_VERSION,
    // Private API endpoint only (settings.cloud.publicApiEndpoint is off here): no public ranges.
    authorizedCidrs: [],
    ...NETWORK,
    nodePools: nodePools('azure', {
      zones: ['1', '2', '3'],
      maxFactor: 0.5,
      // Room for the data services under 80 % plus the ENTERPRISE quota of stark; the HPA maxima of the control plane (INVENTORY.md).
      // The playground keeps the fact sheet's maximum (it scales from zero): at half size one STARTER quota (8 CPU) could never be used.
      sizes: { dataplane: ['Standard_D8s_v3', 2, 9], ctrlplane: ['Standard_D4s_v3', 2, 4], playground: ['Standard_D4s_v3', 0, 3] },
    }),
  },
  provider: {
    cloud: 'azure',
    subscriptionId: '00000000-0000-0000-0000-000000005001',
    tenantId: '00000000-0000-0000-0000-0000000000aa',
    location: 'westeurope',
    resourceGroup: 'rg-matih-staging',
    keyVaultName: 'kv-matih-staging',
    storageAccountName: 'stmatihstaging',
    acrName: 'matihlabsacr',
    state: { resourceGroup: 'rg-matih-tfstate', storageAccount: 'stmatihtfstate', container: 'tfstate' },
  },
  storageClass: 'managed-csi-premium',
  costCenter: COST_CENTER,
};
