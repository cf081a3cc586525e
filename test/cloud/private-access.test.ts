/**
 * Private by default, reachable by design. The Checkov-equivalent rules of ./checkov.ts hold on the
 * Terraform of every target (config/targets), except where a target records the public-endpoint
 * exception (`settings.cloud.publicApiEndpoint`, dev only), which then shows as exactly that. Each
 * rule is proven able to fail, the exception and the log retention follow the model when flipped,
 * the address ranges nest without overlapping, and the rendered network policies let the
 * controllers that call cloud APIs reach the private endpoints.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TARGETS } from '../../config/targets';
import { ADMIN_CIDRS } from '../../config/targets/common';
import { CLOUDS, type TargetSpec, type Tenant } from '../../config/types';
import { TIER_QUOTAS } from '../../config/tenancy';
import { cidrContains } from '../../constructs/k8s/network/network-policies';
import { apiEndpointAccess } from '../../constructs/cloud/common/access';
import { PRIVATE_GOOGLE_ACCESS } from '../../constructs/cloud/gcp/private-access';
import { allObjects, renderedTarget } from '../support/render';
import { CLOUD_RULES, type CloudRule, ruleById } from './checkov';
import { CONFIG_DIR, inputFor, type Json, resources, synth, synthInput, targetsOf } from './helpers';

const subjects = (json: Json, rule: CloudRule): Array<[string, Json]> => Object.entries(resources(json, rule.resourceType));
const endpointRule = (cloud: TargetSpec['provider']['cloud']): CloudRule =>
  CLOUD_RULES.find((r) => r.cloud === cloud && r.waivedByPublicEndpoint !== undefined)!;

describe.each(TARGETS.map((t) => [t.name, t] as const))('%s: Checkov-equivalent rules', (name, target) => {
  const s = synth(name);
  const exception = inputFor(name).settings.publicApiEndpoint;
  const rules = CLOUD_RULES.filter((r) => r.cloud === target.provider.cloud);

  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const found = subjects(s.json, rule);
    expect(found.length).toBeGreaterThan(0);
    const waived = rule.waivedByPublicEndpoint !== undefined && exception;
    // Under the recorded exception the rule fails (visibly), and its companion holds instead.
    for (const [id, body] of found) expect({ id, passes: rule.passes(body) }).toEqual({ id, passes: !waived });
    if (waived)
      for (const [id, body] of found)
        expect({ id, companion: ruleById(rule.waivedByPublicEndpoint!.companion).passes(body) }).toEqual({ id, companion: true });
  });
});

describe('every rule can fail', () => {
  it.each(CLOUD_RULES.map((r) => [r.id, r] as const))('%s rejects the broken form of a real resource', (_id, rule) => {
    const name = targetsOf(rule.cloud).find((t) => !rule.waivedByPublicEndpoint || !inputFor(t).settings.publicApiEndpoint);
    if (!name) throw new Error(`no ${rule.cloud} target where ${rule.id} must hold`);
    const [, body] = subjects(synth(name).json, rule)[0];
    expect(rule.passes(body)).toBe(true);
    expect(rule.passes(rule.breaks(body))).toBe(false);
  });
});

describe('the public API endpoint is a recorded dev exception', () => {
  it('staging and prod never record it; a target that does is dev and names its authorized ranges', () => {
    for (const t of TARGETS) {
      const { publicApiEndpoint } = inputFor(t.name).settings;
      if (t.environment !== 'dev') expect({ target: t.name, publicApiEndpoint }).toEqual({ target: t.name, publicApiEndpoint: false });
      if (publicApiEndpoint) {
        expect(t.cluster.authorizedCidrs.length).toBeGreaterThan(0);
        expect(t.cluster.authorizedCidrs).not.toContain('0.0.0.0/0');
      } else {
        // A private endpoint ignores authorized ranges, so a private target lists none.
        expect({ target: t.name, authorizedCidrs: t.cluster.authorizedCidrs }).toEqual({ target: t.name, authorizedCidrs: [] });
      }
    }
    expect(TARGETS.some((t) => inputFor(t.name).settings.publicApiEndpoint)).toBe(true);
  });

  it('is switched on in the dev overlay under a comment that says why', () => {
    const lines = fs.readFileSync(path.join(CONFIG_DIR, 'environments', 'dev.ts'), 'utf8').split('\n');
    const at = lines.findIndex((l) => /^\s*publicApiEndpoint: true,/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^\s*\/\/ /);
    expect(lines.slice(Math.max(0, at - 3), at).join(' ')).toMatch(/Exception:/);
  });

  it('refuses a public endpoint without authorized ranges, or open to every address', () => {
    const input = inputFor(targetsOf('aws')[0]);
    const settings = { ...input.settings, publicApiEndpoint: true };
    const withCidrs = (authorizedCidrs: string[]): TargetSpec => ({
      ...input.target,
      cluster: { ...input.target.cluster, authorizedCidrs },
    });
    expect(() => apiEndpointAccess(withCidrs([]), settings)).toThrow(/publicApiEndpoint is on but cluster.authorizedCidrs is empty/);
    expect(() => apiEndpointAccess(withCidrs(['0.0.0.0/0']), settings)).toThrow(/never open to every address/);
    expect(apiEndpointAccess(withCidrs(['203.0.113.0/24']), settings)).toEqual({ public: true, authorizedCidrs: ['203.0.113.0/24'] });
    expect(apiEndpointAccess(withCidrs(['203.0.113.0/24']), { ...settings, publicApiEndpoint: false })).toEqual({ public: false });
  });
});

describe.each(CLOUDS.filter((c) => targetsOf(c).length > 0).map((c) => [c, targetsOf(c)[0]] as const))(
  '%s (%s): flipping the model flips the Terraform',
  (cloud, name) => {
    const base = inputFor(name);
    const flip = !base.settings.publicApiEndpoint;
    const flipped = synthInput({
      ...base,
      target: { ...base.target, cluster: { ...base.target.cluster, authorizedCidrs: flip ? [...ADMIN_CIDRS] : [] } },
      settings: {
        ...base.settings,
        publicApiEndpoint: flip,
        azure: { ...base.settings.azure, logRetentionDays: 41 },
        aws: { ...base.settings.aws, logRetentionDays: 42 },
        gcp: { ...base.settings.gcp, logRetentionDays: 43 },
      },
    });

    it('settings.cloud.publicApiEndpoint decides the API endpoint rule', () => {
      const rule = endpointRule(cloud);
      const before = subjects(synth(name).json, rule)[0][1];
      const after = subjects(flipped.json, rule)[0][1];
      expect(rule.passes(before)).toBe(!base.settings.publicApiEndpoint);
      expect(rule.passes(after)).toBe(!flip);
      expect(ruleById(rule.waivedByPublicEndpoint!.companion).passes(after)).toBe(true);
    });

    it('settings.cloud.<cloud>.logRetentionDays decides the log retention', () => {
      const retention: Record<string, [string, string, number]> = {
        azure: ['azurerm_log_analytics_workspace', 'retention_in_days', 41],
        aws: ['aws_cloudwatch_log_group', 'retention_in_days', 42],
        gcp: ['google_logging_project_bucket_config', 'retention_days', 43],
      };
      const [type, field, days] = retention[cloud];
      const values = Object.values(resources(flipped.json, type)).map((r) => r[field]);
      expect(values.length).toBeGreaterThan(0);
      expect(new Set(values)).toEqual(new Set([days]));
    });
  },
);

describe('Azure private endpoints fit their subnet', () => {
  it('refuses more vaults than the private endpoint range holds', () => {
    const name = targetsOf('azure')[0];
    const input = inputFor(name);
    const tenant = (slug: string): Tenant => ({
      slug,
      tier: 'FREE',
      targets: [name],
      ownerGroup: `${slug}-admins`,
      quota: TIER_QUOTAS.FREE,
    });
    // A /29 holds 8 addresses, 5 of them reserved by Azure: the platform vault, the storage account and one tenant.
    const small = { ...input.target, cluster: { ...input.target.cluster, privateEndpointCidr: '10.3.4.0/29' } };
    expect(() => synthInput({ ...input, target: small, tenants: [tenant('fits')] })).not.toThrow();
    expect(() => synthInput({ ...input, target: small, tenants: [tenant('fits'), tenant('spills')] })).toThrow(
      /privateEndpointCidr 10\.3\.4\.0\/29 holds 3 private endpoints, 4 are needed/,
    );
  });
});

/** Two CIDR blocks overlap exactly when one contains the other. */
const overlaps = (a: string, b: string): boolean => cidrContains(a, b) || cidrContains(b, a);

describe('address ranges', () => {
  it('tell overlapping blocks from disjoint ones', () => {
    expect(overlaps('10.3.4.0/22', '10.3.5.0/24')).toBe(true);
    expect(overlaps('10.3.0.0/28', '10.3.4.0/22')).toBe(false);
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s: the private endpoint range lies inside vnetCidr and overlaps no other range',
    (_name, target) => {
      const c = target.cluster;
      const ranges: Record<string, string> = {
        nodeCidr: c.nodeCidr,
        podCidr: c.podCidr,
        serviceCidr: c.serviceCidr,
        apiServerCidr: c.apiServerCidr,
        masterCidr: c.masterCidr,
        privateEndpointCidr: c.privateEndpointCidr,
      };
      for (const key of ['nodeCidr', 'podCidr', 'serviceCidr', 'apiServerCidr', 'privateEndpointCidr'])
        expect({ key, inside: cidrContains(c.vnetCidr, ranges[key]) }).toEqual({ key, inside: true });
      const keys = Object.keys(ranges);
      for (const [i, a] of keys.entries())
        for (const b of keys.slice(i + 1)) expect({ a, b, overlap: overlaps(ranges[a], ranges[b]) }).toEqual({ a, b, overlap: false });
      // The Private Google Access VIP is no private range either (see the network policy check below).
      expect(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].some((r) => overlaps(r, PRIVATE_GOOGLE_ACCESS.cidr))).toBe(false);
    },
  );
});

type Policy = Json & { metadata: { namespace: string; name: string } };

/** True when some policy selecting the pod allows TCP egress to the whole `cidr` on `port`. */
function egressAllowed(policies: readonly Policy[], podLabels: Record<string, string>, cidr: string, port: number): boolean {
  const selects = (p: Policy): boolean =>
    Object.entries((p.spec.podSelector?.matchLabels ?? {}) as Record<string, string>).every(([k, v]) => podLabels[k] === v);
  return policies
    .filter(selects)
    .some((p) =>
      ((p.spec.egress ?? []) as Json[]).some(
        (rule) =>
          (rule.ports === undefined || rule.ports.some((pt: Json) => (pt.protocol ?? 'TCP') === 'TCP' && pt.port === port)) &&
          (rule.to ?? []).some(
            (peer: Json) =>
              peer.ipBlock !== undefined &&
              cidrContains(peer.ipBlock.cidr, cidr) &&
              !(peer.ipBlock.except ?? []).some((ex: string) => overlaps(ex, cidr)),
          ),
      ),
    );
}

describe('the rendered network policies let cloud-API callers reach the private endpoints', () => {
  it('knows an excluded range from an allowed one', () => {
    const policy = {
      metadata: { namespace: 'n', name: 'p' },
      spec: { podSelector: {}, egress: [{ ports: [{ port: 443 }], to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }] },
    } as Policy;
    expect(egressAllowed([policy], {}, '10.3.4.0/22', 443)).toBe(false);
    expect(egressAllowed([policy], {}, PRIVATE_GOOGLE_ACCESS.cidr, 443)).toBe(true);
    expect(egressAllowed([policy], {}, PRIVATE_GOOGLE_ACCESS.cidr, 80)).toBe(false);
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s: External Secrets, cert-manager, external-dns, Crossplane and infrastructure-service reach them on 443',
    (name, target) => {
      // Azure private endpoints and AWS interface endpoints live in privateEndpointCidr; GCP answers Google APIs on the VIP.
      const destination = target.provider.cloud === 'gcp' ? PRIVATE_GOOGLE_ACCESS.cidr : target.cluster.privateEndpointCidr;
      const objects = allObjects(renderedTarget(name));
      const policies = (namespace: string): Policy[] =>
        objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === namespace) as unknown as Policy[];
      // Namespace-wide allowances of matih-system hold for every controller pod there.
      expect(egressAllowed(policies('matih-system'), { 'no-label-of-its-own': 'x' }, destination, 443)).toBe(true);
      const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'infrastructure-service') as Json | undefined;
      expect(deployment).toBeDefined();
      expect(egressAllowed(policies(deployment!.metadata.namespace), deployment!.spec.template.metadata.labels, destination, 443)).toBe(
        true,
      );
    },
  );
});
