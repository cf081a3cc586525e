import { nodePools } from '../node-pools';
import type { TargetSpec } from '../types';
import { COST_CENTER, KUBERNETES_VERSION, NETWORK } from './common';

export const prodGcp: TargetSpec = {
  name: 'prod-gcp',
  environment: 'prod',
  domain: 'gcp.matih.ai',
  acmeEmail: 'platform@matih.ai',
  cluster: {
    name: 'matih-prod',
    kubernetesVersion: KUBERNETES_VERSION,
    // Private API endpoint only (settings.cloud.publicApiEndpoint is off here): no public ranges.
    authorizedCidrs: [],
    ...NETWORK,
    nodePools: nodePools('gcp', { zones: ['europe-west4-a', 'europe-west4-b', 'europe-west4-c'] }),
  },
  provider: {
    cloud: 'gcp',
    projectId: 'matih-prod',
    region: 'europe-west4',
    bucketName: 'matih-prod-gcp-data',
    state: { bucket: 'matih-prod-tfstate' },
    memberProjects: { folderId: 'folders/000000000000', billingAccount: '000000-000000-000000' },
  },
  storageClass: 'premium-rwo',
  costCenter: COST_CENTER,
};
