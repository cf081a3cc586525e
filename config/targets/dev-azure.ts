import { nodePools } from '../node-pools';
import type { TargetSpec } from '../types';
import { ADMIN_CIDRS, COST_CENTER, KUBERNETES_VERSION, NETWORK } from './common';

export const devAzure: TargetSpec = {
  name: 'dev-azure',
  environment: 'dev',
  // Fact sheet §8: the dev domain is matih-dev.example.com (nip.io is not usable for DNS-01).
  domain: 'matih-dev.example.com',
  acmeEmail: 'platform@matih.ai',
  cluster: {
    name: 'matih-dev',
    kubernetesVersion: KUBERNETES_VERSION,
    authorizedCidrs: ADMIN_CIDRS,
    ...NETWORK,
    // Dev keeps every pool but at a third of the maxima; GPU stays 0..2 for smoke tests.
    nodePools: nodePools('azure', {
      zones: ['1', '2', '3'],
      maxFactor: 0.34,
      // A fifth data-plane node leaves room for a PROFESSIONAL quota (16 CPU) beside the data services; a third
      // playground node for a STARTER quota of 8 CPU (INVENTORY.md).
      sizes: { dataplane: ['Standard_D8s_v3', 2, 5], playground: ['Standard_D4s_v3', 0, 3] },
    }),
  },
  provider: {
    cloud: 'azure',
    subscriptionId: '00000000-0000-0000-0000-00000000d001',
    tenantId: '00000000-0000-0000-0000-0000000000aa',
    location: 'westeurope',
    resourceGroup: 'rg-matih-dev',
    keyVaultName: 'kv-matih-dev',
    storageAccountName: 'stmatihdev',
    acrName: 'matihlabsacr',
    state: { resourceGroup: 'rg-matih-tfstate', storageAccount: 'stmatihtfstate', container: 'tfstate' },
  },
  storageClass: 'managed-csi-premium',
  costCenter: COST_CENTER,
};
