import { gitopsView, isProtected, SYNC_WAVE } from './view';

// Small on purpose: the list of Argo CD objects of one target with their policy, the bootstrap
// file and one folder Application. Properties are asserted in app-of-apps.test.ts.
describe('dev-azure apps/ and bootstrap/', () => {
  const v = gitopsView('dev-azure');

  test('Argo CD objects with wave and policy', () => {
    const rows = [v.project, ...v.apps].map((o) =>
      [o.__file, o.kind, o.metadata.name, o.metadata.annotations?.[SYNC_WAVE] ?? '-', isProtected(o) ? 'protected' : 'prunes'].join(' '),
    );
    expect(rows.sort()).toMatchSnapshot();
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
