import { parseTenants } from './config/tenants';
const base = require('fs').readFileSync('config/tenants.yaml', 'utf8');
for (const t of [base.replace('slug: acme', 'slug: Acme'), base.replace('tier: STARTER', 'tier: GOLD'), base.replace('requestsCpu: "64"', 'requestsCpu: lots'), base.replace('slug: acme', 'slug: 1acme'), base.replace('slug: acme', 'slug: ' + 'a'.repeat(41)), base.replace('tier: ENTERPRISE', 'tier: ENTERPRISE\n    bogus: 1'), base.replace(/quota:[\s\S]*?requestsStorage: 2Ti\n/, '')]) {
  try { parseTenants(t, 'tenants.yaml', ['dev-azure','staging-azure','prod-azure','prod-aws','prod-gcp']); console.log('ok'); } catch (e) { console.log((e as Error).message); }
}
