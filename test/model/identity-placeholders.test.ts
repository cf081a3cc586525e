import { placeholderIdentities } from '../../lib/model/outputs';
import { loadPlatform } from '../../lib/model/load';

describe('placeholder client ids', () => {
  it('are reported for Azure targets without recorded outputs, never for AWS or GCP (deterministic values)', () => {
    const byTarget = Object.fromEntries(loadPlatform().targets.map((t) => [t.target.name, placeholderIdentities(t).length]));
    expect(byTarget).toEqual({ 'dev-azure': 6, 'staging-azure': 6, 'prod-azure': 6, 'prod-aws': 0, 'prod-gcp': 0 });
  });
});
