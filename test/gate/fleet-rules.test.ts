/**
 * Fleet rules on synthetic fleets (lib/gate/fleet-context.ts `Fleet`): a few clusters reduced to the
 * model fields each rule reads, so every rule is shown failing without a render.
 */
import type { ResolvedTarget } from '../../config/types';
import { type Fleet, type FleetCluster, fleetsOf } from '../../lib/gate/fleet';
import { fleetDnsRule } from '../../lib/gate/rules/fleet/dns';
import { fleetTenantsRule } from '../../lib/gate/rules/fleet/tenants';

/** A cluster with its domain, tenants (by slug) and the tenants it keeps while they move away. */
function cluster(name: string, domain: string, fleet: { role: string; platform: string }, tenants: string[] = [], retained: string[] = []) {
  const model = {
    target: { name, domain },
    tenants: tenants.map((slug) => ({ slug })),
    fleet: { ...fleet, shards: Object.fromEntries(tenants.map((slug, i) => [slug, i])), virtualShards: 16, retained },
  };
  return { rendered: { target: name, files: new Map() }, model: model as unknown as ResolvedTarget } satisfies FleetCluster;
}

const platform = (tenants: string[] = [], retained: string[] = []) =>
  cluster('prod', 'matih.ai', { role: 'platform', platform: 'prod' }, tenants, retained);
const member = (name: string, domain: string, tenants: string[] = []) =>
  cluster(name, domain, { role: 'dedicated', platform: 'prod' }, tenants);
const messages = (findings: Array<{ cluster: FleetCluster; message: string }>) =>
  findings.map((f) => `${f.cluster.model.target.name}: ${f.message}`);

describe('fleet-dns', () => {
  test('a member zone directly under the platform zone passes', () => {
    expect(fleetDnsRule({ platform: platform(), members: [member('acme', 'acme.matih.ai')] })).toEqual([]);
  });

  test('a zone two levels down, outside the platform zone, or only ending in its text fails', () => {
    const fleet: Fleet = {
      platform: platform(),
      members: [
        member('ok', 'ok.matih.ai'),
        member('deep', 'a.deep.matih.ai'),
        member('other', 'other.example.com'),
        member('suffix', 'notmatih.ai'),
      ],
    };
    const broken = [
      ['deep', 'a.deep.matih.ai'],
      ['other', 'other.example.com'],
      ['suffix', 'notmatih.ai'],
    ];
    expect(messages(fleetDnsRule(fleet))).toEqual(
      broken.map(
        ([name, zone]) => `${name}: zone ${zone} is not a direct child of the platform zone matih.ai (it is delegated from there)`,
      ),
    );
  });

  test('without a rendered platform there is no zone to check against', () => {
    expect(fleetDnsRule({ members: [member('other', 'other.example.com')] })).toEqual([]);
  });
});

describe('fleet-tenants', () => {
  test('a tenant on one cluster, or on two while the old one retains it (a move), passes', () => {
    expect(fleetTenantsRule({ platform: platform(['a']), members: [member('m1', 'm1.matih.ai', ['b'])] })).toEqual([]);
    expect(fleetTenantsRule({ platform: platform(['b'], ['b']), members: [member('m1', 'm1.matih.ai', ['b'])] })).toEqual([]);
  });

  test('a tenant on the platform and a member without a move fails', () => {
    expect(messages(fleetTenantsRule({ platform: platform(['b']), members: [member('m1', 'm1.matih.ai', ['b'])] }))).toEqual([
      'prod: tenant b is placed on 2 clusters (prod, m1); a tenant runs on one (two only while it moves)',
    ]);
  });

  test('members whose platform was not rendered form their own fleet, and a tenant on two of them fails', () => {
    const members = [member('m1', 'm1.matih.ai', ['b']), member('m2', 'm2.matih.ai', ['b', 'c'])];
    const fleets = fleetsOf(members);
    expect(fleets).toEqual([{ members }]);
    expect(messages(fleetTenantsRule(fleets[0]))).toEqual([
      'm1: tenant b is placed on 2 clusters (m1, m2); a tenant runs on one (two only while it moves)',
    ]);
  });
});
