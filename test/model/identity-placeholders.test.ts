import { placeholderIdentities } from '../../lib/model/outputs';
import { loadPlatform } from '../../lib/model/load';
import { memberIdentityNames } from '../../lib/model/fleet';
import { WORKLOAD_IDENTITIES } from '../../config/identities';

describe('placeholder client ids', () => {
  it('are reported for Azure targets without recorded outputs, never for AWS or GCP (deterministic values)', () => {
    const model = loadPlatform();
    const byTarget = Object.fromEntries(model.targets.map((t) => [t.target.name, placeholderIdentities(t).length]));
    // Member clusters run no control plane: only the identities of the components they run.
    const member = memberIdentityNames(model.targets.find((t) => t.target.name === 'prod-azure-globex')!.components);
    expect(member).not.toContain('infrastructure-service');
    expect(member.length).toBeLessThan(WORKLOAD_IDENTITIES.length);
    // Every platform identity of config/identities.ts on Azure (no outputs recorded in the shipped config).
    const all = WORKLOAD_IDENTITIES.length;
    expect(byTarget).toEqual({
      'dev-azure': all,
      'staging-azure': all,
      'prod-azure': all,
      'prod-azure-globex': member.length,
      'prod-aws': 0,
      'prod-aws-globex': 0,
      'prod-aws-stark': 0,
      'prod-gcp': 0,
      'prod-gcp-umbrella-labs': 0,
    });
  });
});
