import { FOLDERS } from '../../constructs/k8s/core/layout';
import { tenantFile } from '../../constructs/k8s/core/names';
import { gitopsView, isProtected, SYNC_WAVE, type Obj } from './view';

/** Tenant shard Applications (`matih-tenants-07`): one per shard folder holding a tenant, so they come and go with tenants. */
const TENANT_SHARD_APP = /^matih-tenants-\d+$/;
const row = (o: Obj) =>
  [o.__file, o.kind, o.metadata.name, o.metadata.annotations?.[SYNC_WAVE] ?? '-', isProtected(o) ? 'protected' : 'prunes'].join(' ');

// Small on purpose: the list of Argo CD objects of one target with their policy, the bootstrap
// file and one folder Application. Properties are asserted in app-of-apps.test.ts.
describe('dev-azure apps/ and bootstrap/', () => {
  const v = gitopsView('dev-azure');

  test('Argo CD objects with wave and policy', () => {
    const rows = [v.project, ...v.apps].filter((o) => !TENANT_SHARD_APP.test(o.metadata.name)).map(row);
    expect(rows.sort()).toMatchSnapshot();
  });

  test("one protected Application in the tenants' wave per shard folder holding a tenant of the model", () => {
    const shards = [...new Set(v.model.tenants.map((t) => tenantFile(v.model, t.slug).split('/')[0]))].sort();
    expect(shards.length).toBeGreaterThan(0);
    const expected = shards.map((shard) => {
      const name = `matih-tenants-${shard.replace(/^shard-/, '')}`;
      return `apps/${name}.yaml Application ${name} ${FOLDERS.tenants.wave} protected`;
    });
    expect(
      v.apps
        .filter((o) => TENANT_SHARD_APP.test(o.metadata.name))
        .map(row)
        .sort(),
    ).toEqual(expected);
  });

  test('bootstrap/root.yaml', () => {
    expect(v.files.filter((f) => f.startsWith('bootstrap/'))).toEqual(['bootstrap/root.yaml']);
    expect([v.bootstrapProject!, v.root!].map(({ __file, ...o }) => o)).toMatchSnapshot();
  });

  test('folder Application of workloads', () => {
    const { __file, ...app } = v.folderApps.find((a) => a.metadata.name === 'matih-workloads')!;
    expect(app).toMatchSnapshot();
  });
});
