import { ApiObject, Chart, Testing } from 'cdk8s';
import { FOLDERS, type FolderName } from '../../constructs/k8s/core/layout';
import { isPruneProtected, mergeSyncOptions, protectFromPrune, SYNC_OPTIONS_ANNOTATION } from '../../constructs/k8s/core/argocd';
import { objects, TARGET_NAMES } from './helpers';

/** Kinds whose deletion loses data: every object of these kinds must survive prune and Application deletion. */
const STATEFUL = ['Kafka', 'KafkaNodePool', 'KafkaTopic', 'TemporalCluster', 'TenantBucket', 'CompositeResourceDefinition'];

/** The folder (and so the wave) of the operator or XRD that defines each kind this feature renders. */
const DEFINED_IN: Record<string, FolderName | 'chart'> = {
  'kafka.strimzi.io': 'chart',
  'ray.io': 'chart',
  'temporal.io': 'chart',
  'pkg.crossplane.io': 'chart',
  'apiextensions.crossplane.io': 'chart',
  'monitoring.coreos.com': 'chart',
  'azure.m.upbound.io': 'security',
  'aws.m.upbound.io': 'security',
  'gcp.m.upbound.io': 'security',
  'platform.matih.ai': 'data',
};

describe.each(TARGET_NAMES)('stateful objects and waves on %s', (target) => {
  test('every stateful custom resource carries Prune=false,Delete=false', () => {
    const stateful = objects(target).filter((o) => STATEFUL.includes(o.kind));
    expect(stateful.length).toBeGreaterThanOrEqual(5);
    expect(stateful.filter((o) => !isPruneProtected(o.metadata)).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
  });

  test('kinds defined by rendered objects (provider packages, the XRD) are only used in later waves', () => {
    for (const o of objects(target)) {
      const group = o.apiVersion.split('/')[0];
      const definedIn = DEFINED_IN[group];
      if (!definedIn || definedIn === 'chart') continue;
      const folder = o.__file.split('/')[0] as FolderName;
      expect({ object: `${o.kind}/${o.metadata.name}`, after: FOLDERS[folder].wave > FOLDERS[definedIn].wave }).toEqual({
        object: `${o.kind}/${o.metadata.name}`,
        after: true,
      });
    }
  });
});

describe('protectFromPrune', () => {
  test('adds both options and keeps unrelated ones without duplicates', () => {
    const chart = new Chart(Testing.app(), 'c');
    const obj = new ApiObject(chart, 'o', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x', annotations: { [SYNC_OPTIONS_ANNOTATION]: 'ServerSideApply=true,Prune=true' } },
    });
    protectFromPrune(protectFromPrune(obj));
    expect(obj.toJson().metadata.annotations[SYNC_OPTIONS_ANNOTATION]).toBe('ServerSideApply=true,Prune=false,Delete=false');
  });

  test('isPruneProtected needs both options', () => {
    expect(isPruneProtected({ annotations: { [SYNC_OPTIONS_ANNOTATION]: 'Prune=false' } })).toBe(false);
    expect(isPruneProtected({ annotations: { [SYNC_OPTIONS_ANNOTATION]: mergeSyncOptions(undefined) } })).toBe(true);
    expect(isPruneProtected({})).toBe(false);
  });
});
