import { placeholderIdentities } from '../../lib/model/outputs';
import { loadPlatform } from '../../lib/model/load';
import { WORKLOAD_IDENTITIES } from '../../config/identities';

describe('placeholder client ids', () => {
  it('are reported for Azure targets without recorded outputs, never for AWS or GCP (deterministic values)', () => {
    const byTarget = Object.fromEntries(loadPlatform().targets.map((t) => [t.target.name, placeholderIdentities(t).length]));
    // Every platform identity of config/identities.ts on Azure (no outputs recorded in the shipped config).
    const all = WORKLOAD_IDENTITIES.length;
    expect(byTarget).toEqual({ 'dev-azure': all, 'staging-azure': all, 'prod-azure': all, 'prod-aws': 0, 'prod-gcp': 0 });
  });
});
