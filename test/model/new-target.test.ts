/**
 * Adding a target is a change to config/targets/ only: a target the tests have never heard of is
 * loaded, rendered, passed through the safety gate, synthesized as a cloud stack; its manifests
 * hold every whole-target property (test/baseline/properties.ts), its stack every whole-stack
 * property (test/cloud/properties.ts), and it is one of the targets every property test iterates
 * over (TARGET_NAMES comes from the model).
 */
jest.mock('../../config/targets', () => {
  const actual = jest.requireActual<typeof import('../../config/targets')>('../../config/targets');
  const prodGcp = actual.TARGETS.find((t) => t.name === 'prod-gcp')!;
  if (prodGcp.provider.cloud !== 'gcp') throw new Error('prod-gcp must be a GCP target');
  // A new target written the way a platform engineer would: a file in config/targets/ and a line in its index.
  const qa: typeof prodGcp = {
    ...prodGcp,
    name: 'qa-gcp',
    environment: 'staging',
    domain: 'qa.matih.ai',
    cluster: { ...prodGcp.cluster, name: 'matih-qa' },
    provider: { ...prodGcp.provider, projectId: 'matih-qa', bucketName: 'matih-qa-gcp-data', state: { bucket: 'matih-qa-tfstate' } },
  };
  // lib/model/targets.ts (targetByName) reads TARGETS, so it finds qa-gcp too.
  return { ...actual, TARGETS: [...actual.TARGETS, qa] };
});

import { loadCloudTargets } from '../../lib/synth/cloud';
import { buildK8s } from '../../lib/synth/k8s';
import { CHECKS } from '../baseline/properties';
import { STACK_CHECKS } from '../cloud/properties';
import { synthesizeInput } from '../support/cloud-stacks';
import { allObjects, TARGET_NAMES } from '../support/render';

test('the property tests iterate over it', () => {
  expect(TARGET_NAMES).toContain('qa-gcp');
});

test('it renders, passes the gate, and holds every whole-target property', () => {
  const build = buildK8s({ targets: ['qa-gcp'] });
  expect(build.problems).toEqual([]);
  const objects = allObjects(build.rendered[0]);
  expect(objects.length).toBeGreaterThan(300);
  for (const [name, check] of Object.entries(CHECKS))
    expect({ name, problems: check(objects, build.model.targets[0]) }).toEqual({ name, problems: [] });
});

test('its cloud stack synthesizes with its own names and holds every whole-stack property', () => {
  const [input] = loadCloudTargets({ targets: ['qa-gcp'] });
  const json = JSON.parse(synthesizeInput(input).text);
  expect(Object.values(json.resource.google_container_cluster).map((c) => (c as { name: string }).name)).toEqual(['matih-qa']);
  expect(json.resource.google_storage_bucket.bucket.name).toBe('matih-qa-gcp-data');
  for (const [name, check] of Object.entries(STACK_CHECKS)) expect({ name, problems: check(json, input) }).toEqual({ name, problems: [] });
});
