import { placeholderIdentities } from '../../lib/model/outputs';
import { loadPlatform } from '../../lib/model/load';
import { memberIdentityNames } from '../../lib/model/fleet';
import { WORKLOAD_IDENTITIES } from '../../config/identities';

describe('placeholder client ids', () => {
  it('are reported for Azure targets without recorded outputs, never for AWS or GCP (deterministic values)', () => {
    const model = loadPlatform();
    const byTarget = Object.fromEntries(model.targets.map((t) => [t.target.name, placeholderIdentities(t).length]));
    // Member clusters run no control plane: only the identities of the components they run.
    const azureMembers = model.targets.filter((t) => t.target.provider.cloud === 'azure' && t.fleet && t.fleet.role !== 'platform');
    expect(azureMembers.length).toBeGreaterThan(0);
    for (const m of azureMembers) {
      const member = memberIdentityNames(m.components);
      expect({ member: m.target.name, control: member.includes('infrastructure-service') }).toEqual({
        member: m.target.name,
        control: false,
      });
      expect(member.length).toBeLessThan(WORKLOAD_IDENTITIES.length);
    }
    // Every platform identity of config/identities.ts on an Azure platform cluster (no outputs recorded in the shipped config);
    // on an Azure member cluster, those of its components; none on AWS or GCP.
    const all = WORKLOAD_IDENTITIES.length;
    expect(byTarget).toEqual(
      Object.fromEntries(
        model.targets.map((t) => [
          t.target.name,
          t.target.provider.cloud !== 'azure'
            ? 0
            : !t.fleet || t.fleet.role === 'platform'
              ? all
              : memberIdentityNames(t.components).length,
        ]),
      ),
    );
    expect(Object.values(byTarget).filter((n) => n > 0).length).toBeGreaterThan(0);
  });
});
