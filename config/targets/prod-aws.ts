import { nodePools } from '../node-pools';
import type { TargetSpec } from '../types';
import { COST_CENTER, KUBERNETES_VERSION, NETWORK } from './common';

export const prodAws: TargetSpec = {
  name: 'prod-aws',
  environment: 'prod',
  // matih.ai itself is served from Azure DNS (the primary cloud); each other cloud gets a delegated child zone.
  domain: 'aws.matih.ai',
  acmeEmail: 'platform@matih.ai',
  cluster: {
    name: 'matih-prod',
    kubernetesVersion: KUBERNETES_VERSION,
    // Private API endpoint only (settings.cloud.publicApiEndpoint is off here): no public ranges.
    authorizedCidrs: [],
    ...NETWORK,
    // The fact sheet's sizes: the ENTERPRISE tenant globex runs on its own cluster (prod-aws-globex, sized for its quota).
    nodePools: nodePools('aws', { zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] }),
  },
  provider: {
    cloud: 'aws',
    accountId: '111122223333',
    region: 'eu-west-1',
    bucketName: 'matih-prod-aws-data',
    state: { bucket: 'matih-tfstate-111122223333', region: 'eu-west-1' },
  },
  storageClass: 'gp3',
  costCenter: COST_CENTER,
};
