import { placeholderIdentities } from '../../apps/k8s';
import { loadPlatform } from '../../lib/model/load';

describe('placeholder client ids', () => {
  it('are reported for Azure targets without recorded outputs, never for AWS or GCP (deterministic values)', () => {
    const byTarget = Object.fromEntries(loadPlatform().targets.map((t) => [t.target.name, placeholderIdentities(t).length]));
    // Member clusters run no control plane: no infrastructure-service identity (5 on Azure).
    expect(byTarget).toEqual({
      'dev-azure': 6,
      'staging-azure': 6,
      'prod-azure': 6,
      'prod-azure-globex': 5,
      'prod-aws': 0,
      'prod-aws-globex': 0,
      'prod-aws-stark': 0,
      'prod-gcp': 0,
      'prod-gcp-umbrella-labs': 0,
    });
  });
});
