import * as fs from 'node:fs';
import * as path from 'node:path';
import { factQuota } from '../facts/tenancy';
import { ModelError, parseTenants } from '../../lib/model/tenants';
import { TARGETS } from '../../config/targets';

const targets = TARGETS.map((t) => t.name);
const file = 'config/tenants.yaml';

function problems(yamlText: string): string[] {
  try {
    parseTenants(yamlText, file, targets);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return [...(error as ModelError).problems];
  }
  throw new Error('expected a ModelError');
}

const ok = (extra = '') => `tenants:\n  - slug: acme\n    tier: STARTER\n    targets: [prod-azure]\n${extra}`;

describe('tenants.yaml validation', () => {
  it('accepts the shipped file, with at least five tenants covering every tier', () => {
    const tenants = parseTenants(fs.readFileSync(path.join(__dirname, '../../config/tenants.yaml'), 'utf8'), file, targets);
    expect(tenants.length).toBeGreaterThanOrEqual(5);
    expect(new Set(tenants.map((t) => t.tier))).toEqual(new Set(['FREE', 'STARTER', 'PROFESSIONAL', 'ENTERPRISE']));
  });

  it('fills the tier quota and a default owner group', () => {
    const [tenant] = parseTenants(ok(), file, targets);
    expect(tenant.quota).toEqual(factQuota('STARTER'));
    expect(tenant.ownerGroup).toBe('matih-tenant-acme-admins');
  });

  it.each([
    ['uppercase', 'Acme', /tenants\[0\] \(slug "Acme"\)\.slug: must be a DNS-1123 label/],
    ['leading digit', '1acme', /tenants\[0\] \(slug "1acme"\)\.slug: must be a DNS-1123 label starting with a letter/],
    ['too long', 'a'.repeat(41), /\.slug: at most 40 characters/],
    ['double dash', 'ac--me', /\.slug: must not contain "--"/],
  ])('rejects a slug that is %s', (_case, slug, message) => {
    expect(problems(`tenants:\n  - slug: "${slug}"\n    tier: FREE\n    targets: [prod-azure]\n`).join('\n')).toMatch(message);
  });

  it('rejects a duplicate slug', () => {
    const text = ok('  - slug: acme\n    tier: FREE\n    targets: [dev-azure]\n');
    expect(problems(text)).toEqual(['tenants[1] (slug "acme").slug: duplicate slug, already used by tenants[0]']);
  });

  it('rejects an unknown tier', () => {
    expect(problems('tenants:\n  - slug: acme\n    tier: GOLD\n    targets: [prod-azure]\n').join('\n')).toMatch(
      /tenants\[0\] \(slug "acme"\)\.tier: expected one of FREE, STARTER, PROFESSIONAL, ENTERPRISE/,
    );
  });

  it('rejects an unknown target', () => {
    expect(problems('tenants:\n  - slug: acme\n    tier: FREE\n    targets: [prod-mars]\n').join('\n')).toMatch(
      /tenants\[0\] \(slug "acme"\)\.targets\[0\]: unknown target "prod-mars"; known targets: dev-azure/,
    );
  });

  it('requires ENTERPRISE tenants to state a quota', () => {
    expect(problems('tenants:\n  - slug: big\n    tier: ENTERPRISE\n    targets: [prod-azure]\n')).toEqual([
      'tenants[0] (slug "big").quota: ENTERPRISE tenants must state their own quota (there is no tier default)',
    ]);
  });

  it('rejects a quota that is not a quantity', () => {
    const text = `tenants:
  - slug: big
    tier: ENTERPRISE
    targets: [prod-azure]
    quota: { requestsCpu: "lots", requestsMemory: 1Gi, limitsCpu: "2", limitsMemory: 2Gi, pods: 5, services: 5, persistentVolumeClaims: 1, requestsStorage: 1Gi }
`;
    expect(problems(text).join('\n')).toMatch(/tenants\[0\] \(slug "big"\)\.quota\.requestsCpu: not a Kubernetes quantity/);
  });

  it('rejects unknown fields', () => {
    expect(problems(ok('    teir: FREE\n')).join('\n')).toMatch(/tenants\[0\] \(slug "acme"\): Unrecognized key.*teir/);
  });

  it('reports YAML syntax errors and empty files', () => {
    expect(problems('tenants:\n  - slug: [acme\n')[0]).toMatch(/^YAML syntax error: /);
    expect(problems('')).toEqual(['file is empty: expected a mapping with a "tenants:" list (use "tenants: []" for none)']);
  });
});
