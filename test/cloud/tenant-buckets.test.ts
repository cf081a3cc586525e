/**
 * Cross-layer: the cloud identity that provisions tenant buckets (Crossplane's) is scoped to exactly
 * the names the Kubernetes side gives tenant buckets, on every cloud that scopes by name.
 */
import { TARGETS } from '../../config/targets';
import { tenantBucketName } from '../../constructs/k8s/operators/crossplane';
import { dataSources, inputFor, type Json, resources, synth } from './helpers';
import { tenantNamespace } from '../../lib/model/tenants';

const globMatches = (glob: string, name: string) =>
  new RegExp(
    `^${glob
      .split('*')
      .map((p) => p.replace(/[.?+^$()|[\]\\{}]/g, '\\$&'))
      .join('.*')}$`,
  ).test(name);

describe.each(TARGETS.filter((t) => t.provider.cloud === 'aws').map((t) => t.name))('%s', (name) => {
  test("the provisioning role's S3 statement covers every tenant bucket and nothing outside the tenant prefix", () => {
    const { json } = synth(name);
    const statements = Object.values(dataSources(json, 'aws_iam_policy_document')).flatMap((d: Json) => d.statement ?? []);
    const buckets = statements.find((s: Json) => s.sid === 'TenantBuckets');
    expect(buckets).toBeDefined();
    const target = inputFor(name).target;
    const tenants = inputFor(name).tenants.length > 0 ? inputFor(name).tenants : [{ slug: 'probe' }];
    for (const t of tenants) {
      const bucket = tenantBucketName(target, tenantNamespace(t.slug));
      expect({ bucket, covered: (buckets.resources as string[]).some((r) => globMatches(r, `arn:aws:s3:::${bucket}`)) }).toEqual({
        bucket,
        covered: true,
      });
    }
    expect(
      (buckets.resources as string[]).some((r) =>
        globMatches(r, `arn:aws:s3:::${target.provider.cloud === 'aws' ? target.provider.bucketName : ''}`),
      ),
    ).toBe(false);
  });
});

describe.each(TARGETS.filter((t) => t.provider.cloud === 'gcp').map((t) => t.name))('%s', (name) => {
  test("the provisioning account's storage grant is conditioned on the tenant bucket prefix", () => {
    const { json } = synth(name);
    const grant = Object.values(resources(json, 'google_project_iam_member')).find(
      (m: Json) => m.condition?.title === 'tenant-buckets',
    ) as Json;
    const prefix = /startsWith\("projects\/_\/buckets\/([^"]+)"\)/.exec(grant.condition.expression)![1];
    const target = inputFor(name).target;
    for (const t of [...inputFor(name).tenants, { slug: 'probe' }])
      expect(tenantBucketName(target, tenantNamespace(t.slug)).startsWith(prefix)).toBe(true);
  });
});
