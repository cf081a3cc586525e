/**
 * The snapscheduler constructs on synthetic input: what they render, and the precise refusal of
 * every input the cluster would reject or misread.
 */
import { Chart, Testing } from 'cdk8s';
import { TARGETS } from '../../config/targets';
import type { VolumeSnapshotPolicy } from '../../config/types';
import { ClaimSnapshotSchedule, DiskSnapshotClass } from '../../constructs/k8s/operators/snapscheduler';
import { ModelError } from '../../lib/model/errors';
import { resolveSpec } from '../../lib/model/load';
import { validateSpec } from '../../lib/model/validate';

type Json = Record<string, any>;

const POLICY: VolumeSnapshotPolicy = {
  schedule: '0 1 * * *',
  retentionDays: 3,
  claimSelector: { matchLabels: { app: 'hub' }, matchExpressions: [{ key: 'component', operator: 'In', values: ['storage'] }] },
};

function schedule(policy: Partial<VolumeSnapshotPolicy> = {}, props: { name?: string; snapshotClassName?: string } = {}): Json[] {
  const chart = new Chart(Testing.app(), 'test');
  new ClaimSnapshotSchedule(chart, 's', {
    name: props.name ?? 'hub-volumes',
    namespace: 'ns',
    policy: { ...POLICY, ...policy },
    snapshotClassName: props.snapshotClassName ?? 'disks',
    labels: { a: 'b' },
    snapshotLabels: { c: 'd' },
  });
  return Testing.synth(chart);
}

function snapshotClass(driver: string, name = 'disks'): Json[] {
  const chart = new Chart(Testing.app(), 'test');
  new DiskSnapshotClass(chart, 'c', { name, profile: { driver, parameters: { b: '2', a: '1' }, location: 'x' }, labels: {} });
  return Testing.synth(chart);
}

describe('ClaimSnapshotSchedule', () => {
  test('renders the policy as snapscheduler reads it: retention in hours, the class and the snapshot labels', () => {
    const [s] = schedule({ schedule: ' 0  1 * * * ' });
    expect(s).toMatchObject({
      apiVersion: 'snapscheduler.backube/v1',
      kind: 'SnapshotSchedule',
      metadata: { name: 'hub-volumes', namespace: 'ns' },
    });
    expect(s.spec).toEqual({
      claimSelector: POLICY.claimSelector,
      schedule: '0 1 * * *',
      retention: { expires: '72h' },
      snapshotTemplate: { snapshotClassName: 'disks', labels: { c: 'd' } },
    });
  });

  test('refuses a schedule or retention the model checker or snapscheduler rejects', () => {
    expect(() => schedule({ schedule: '0 1 * *' })).toThrow(
      'SnapshotSchedule ns/hub-volumes: schedule "0 1 * *" must have five cron fields',
    );
    expect(() => schedule({ retentionDays: 0 })).toThrow(
      'SnapshotSchedule ns/hub-volumes: retentionDays must be a positive integer, found 0',
    );
    expect(() => schedule({ retentionDays: 1.5 })).toThrow('retentionDays must be a positive integer, found 1.5');
    // Valid cron, but snapscheduler's CRD pattern allows one range or step per field, not a range with a step.
    expect(() => schedule({ schedule: '0 1-5/2 * * *' })).toThrow('field "1-5/2" is not one snapscheduler accepts');
    expect(() => schedule({ schedule: '*/15 * * * 1,3,5' })).not.toThrow();
  });

  test('refuses an empty or malformed claim selector', () => {
    expect(() => schedule({ claimSelector: {} })).toThrow(
      'claimSelector must name matchLabels or matchExpressions (an empty selector snapshots every claim',
    );
    expect(() => schedule({ claimSelector: { matchLabels: { app: '' } } })).toThrow(
      'claimSelector.matchLabels.app must be a non-empty string',
    );
    expect(() => schedule({ claimSelector: { matchExpressions: [{ key: 'c', operator: 'In' }] } })).toThrow(
      'claimSelector.matchExpressions[0]: operator In needs values',
    );
    expect(() => schedule({ claimSelector: { matchExpressions: [{ key: 'c', operator: 'Exists', values: ['x'] }] } })).toThrow(
      'claimSelector.matchExpressions[0]: operator Exists takes no values',
    );
    expect(() => schedule({ claimSelector: { matchExpressions: [{ key: 'c', operator: 'Is' as 'In', values: ['x'] }] } })).toThrow(
      'claimSelector.matchExpressions[0].operator "Is" must be one of In, NotIn, Exists, DoesNotExist',
    );
    expect(() => schedule({ claimSelector: { matchExpressions: [{ key: '', operator: 'Exists' }] } })).toThrow(
      'claimSelector.matchExpressions[0].key must be set',
    );
  });

  test('refuses names Kubernetes rejects', () => {
    expect(() => schedule({}, { name: 'Hub_Volumes' })).toThrow('SnapshotSchedule ns/Hub_Volumes: name must be a DNS label');
    expect(() => schedule({}, { snapshotClassName: 'Disks!' })).toThrow('snapshotClassName "Disks!" must be a DNS subdomain');
  });
});

describe('DiskSnapshotClass', () => {
  test('deletes the cloud snapshot with its object; parameters in a stable order', () => {
    const [c] = snapshotClass('disk.csi.azure.com');
    expect(c).toMatchObject({ apiVersion: 'snapshot.storage.k8s.io/v1', kind: 'VolumeSnapshotClass', driver: 'disk.csi.azure.com' });
    expect(c.deletionPolicy).toBe('Delete');
    expect(Object.keys(c.parameters)).toEqual(['a', 'b']);
  });

  test('refuses a driver or name that is not a DNS subdomain', () => {
    expect(() => snapshotClass('')).toThrow('VolumeSnapshotClass "disks": driver "" must be a CSI driver name');
    expect(() => snapshotClass('Disk CSI')).toThrow('driver "Disk CSI" must be a CSI driver name');
    expect(() => snapshotClass('disk.csi.azure.com', 'Disks')).toThrow('VolumeSnapshotClass "Disks": name must be a DNS subdomain');
  });
});

test('the model refuses a snapshot policy on a target whose snapscheduler is disabled (nothing would take the snapshots)', () => {
  const target = TARGETS.find((t) => t.name === 'dev-azure')!;
  const spec = resolveSpec(target);
  expect(() => validateSpec(spec, target)).not.toThrow();
  const off = { ...spec, components: { ...spec.components, snapscheduler: { ...spec.components.snapscheduler, enabled: false } } };
  let problems: readonly string[] = [];
  try {
    validateSpec(off, target);
  } catch (error) {
    problems = (error as ModelError).problems;
  }
  // One problem per component with a snapshot policy, whichever they are.
  const withPolicy = Object.entries(spec.components).filter(([, c]) => c.kind === 'chart' && c.volumeSnapshots !== undefined && c.enabled);
  expect(withPolicy.length).toBeGreaterThan(0);
  expect(problems).toEqual(
    withPolicy.map(
      ([name]) =>
        `components.${name}.volumeSnapshots: the component "snapscheduler" takes the snapshots and is disabled in dev-azure (enable it, or remove the policy and record an exception in config/backups.ts)`,
    ),
  );
});
