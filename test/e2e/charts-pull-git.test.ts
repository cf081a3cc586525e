/**
 * charts:pull --from-git, end to end with real git and helm processes: a chart whose Chart.yaml
 * carries release placeholders and a dependency pinned by a range is assembled from a local git
 * repository (the release edits applied, the dependency put into charts/ at its recorded version,
 * then `helm package`d into the cache); a chart recorded as unavailable is reported, not skipped.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChartCache } from '../../lib/charts/cache';
import { readChartArchive } from '../../lib/charts/chart-archive';
import type { GitSources } from '../../lib/charts/git-source';
import { type PullResult, pullCharts } from '../../lib/charts/pull';

let root: string;
let cache: ChartCache;
let results: PullResult[];

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-chart-git-test-'));
  // A mirror in the `<dir>/<owner>+<name>` layout --mirrors looks for.
  const repo = path.join(root, 'mirrors', 'acme+charts');
  write(
    path.join(repo, 'charts/parent/Chart.yaml'),
    'apiVersion: v2\nname: parent\nversion: 0.0.0\nappVersion: 0.0.0\ndependencies:\n  - name: child\n    version: "1.x"\n    repository: https://charts.example.com\n    condition: child.enabled\n',
  );
  write(path.join(repo, 'charts/parent/values.yaml'), 'image:\n  tag: set-by-release\nchild:\n  enabled: false\n');
  write(
    path.join(repo, 'charts/parent/templates/cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p\ndata:\n  tag: {{ .Values.image.tag }}\n',
  );
  write(path.join(repo, 'charts/child/Chart.yaml'), 'apiVersion: v2\nname: child\nversion: 1.2.0\n');
  write(path.join(repo, 'charts/child/values.yaml'), 'enabled: true\n');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'charts');
  git('tag', 'parent-0.0.0-src');
  git('tag', 'child-1.2.0');
  const sources: GitSources = {
    charts: {
      'parent@2.0.0': {
        repo: 'acme/charts',
        ref: 'parent-0.0.0-src',
        path: 'charts/parent',
        release: { version: '2.0.0', appVersion: '2.0.0', replace: [{ file: 'values.yaml', from: 'set-by-release', to: '2.0.0' }] },
        resolved: { child: '1.2.0' },
      },
      'child@1.2.0': { repo: 'acme/charts', ref: 'child-1.2.0', path: 'charts/child' },
      // A ref whose Chart.yaml carries another version than the pin.
      'child@1.3.0': { repo: 'acme/charts', ref: 'child-1.2.0', path: 'charts/child' },
    },
    unavailable: { 'gone@1.0.0': 'only published in a registry this machine cannot reach' },
  };
  cache = new ChartCache(path.join(root, 'cache'));
  results = await pullCharts(
    [
      { chart: 'parent', version: '2.0.0', repoURL: 'https://charts.example.com' },
      { chart: 'gone', version: '1.0.0', repoURL: 'oci://registry.example.com/charts' },
      { chart: 'parent', version: '2.0.0', repoURL: 'https://charts.example.com' },
      { chart: 'child', version: '1.3.0', repoURL: 'https://charts.example.com' },
    ],
    { cache, git: { mirrorDirs: [path.join(root, 'mirrors')], sources } },
  );
}, 30_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('the chart is assembled with its release edits and its dependency, packaged and cached', () => {
  expect(results.map((r) => `${r.chart}@${r.version} ${r.outcome}`)).toEqual([
    'child@1.3.0 unavailable',
    'gone@1.0.0 unavailable',
    'parent@2.0.0 pulled',
  ]);
  const tree = readChartArchive(cache.archive('parent', '2.0.0'));
  expect(tree).toMatchObject({ name: 'parent', version: '2.0.0' });
  expect(tree.files.get('values.yaml')).toContain('tag: 2.0.0');
  expect(tree.subcharts.map((s) => [s.name, s.version, s.valuesPath.join('.')])).toEqual([['child', '1.2.0', 'child']]);
  expect(cache.provenance('parent', '2.0.0')).toEqual({
    source: 'git acme/charts@parent-0.0.0-src:charts/parent',
    dependencies: [{ name: 'child', version: '1.2.0', source: 'git acme/charts@child-1.2.0:charts/child' }],
    releaseEdits: [
      'Chart.yaml version: 0.0.0 -> 2.0.0',
      'Chart.yaml appVersion: 0.0.0 -> 2.0.0',
      'values.yaml: "set-by-release" -> "2.0.0" (1x)',
    ],
  });
});

test('a chart no git repository holds is reported with the reason, never skipped', () => {
  expect(results.find((r) => r.chart === 'gone')?.detail).toBe(
    'gone@1.0.0 cannot be obtained from git: only published in a registry this machine cannot reach',
  );
  expect(cache.has('gone', '1.0.0')).toBe(false);
});

test('a chart whose assembled Chart.yaml carries another version than the pin fails, naming chart, pin and version found', () => {
  expect(results.find((r) => r.chart === 'child')?.detail).toBe(
    'child: pinned 1.3.0, but Chart.yaml of acme/charts@child-1.2.0:charts/child says version 1.2.0; correct the ref or the release edits in config/chart-sources.ts',
  );
  expect(cache.has('child', '1.3.0')).toBe(false);
});

test('a second pull leaves cached charts alone', async () => {
  const again = await pullCharts([{ chart: 'parent', version: '2.0.0', repoURL: 'https://charts.example.com' }], { cache });
  expect(again).toEqual([expect.objectContaining({ outcome: 'cached', detail: 'git acme/charts@parent-0.0.0-src:charts/parent' })]);
});
