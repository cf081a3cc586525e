/**
 * The checks charts:verify makes without helm: which values paths templates read, which values an
 * Application sets in vain, which fields differ between two renders (and which Argo CD ignores),
 * and the tar reader the chart archives go through.
 */
import type { ChartTree } from '../../lib/charts/chart-archive';
import { differingPaths, unstableObjects } from '../../lib/charts/determinism';
import { readTar, readTgz } from '../../lib/charts/tar';
import { collectRefs, isRead, type RefNode } from '../../lib/charts/template-refs';
import { unreadValues } from '../../lib/charts/unread-values';
import type { K8sObject } from '../../lib/k8s/object';
import { packFolder } from '../support/tgz';
import * as path from 'node:path';

const refsOf = (template: string, prefix: string[] = []) => {
  const refs: RefNode = { whole: false, children: new Map() };
  collectRefs(template, refs, prefix);
  return (p: string) => isRead(refs, p.split('.'));
};

describe('values paths a template reads', () => {
  test('names, with-blocks (and their else), whole uses, index, variables, the root context', () => {
    const read = refsOf(`
{{- if .Values.a.enabled }}{{ .Values.a.name | quote }}{{ end }}
{{- with .Values.b }}{{ .c.d }}{{ else }}{{ .Values.e }}{{ end }}
{{- with .Values.f }}{{ toYaml . }}{{ end }}
{{- range .Values.g }}{{ .x }}{{ end }}
{{- index .Values.h "i" "j" }}
{{- $k := .Values.k }}{{ $k.l }}
{{- $.Values.m.n }} {{ include "x" (dict "v" .Values.o) }}
{{- /* .Values.commented.out */ -}}`);
    expect(
      ['a.enabled', 'a.name', 'b.c.d', 'e', 'f.any.thing', 'g.0.y', 'h.i.j', 'h.i.j.deeper', 'k.anything', 'm.n', 'o.p'].filter(
        (p) => !read(p),
      ),
    ).toEqual([]);
    expect(['a.other', 'b.c.other', 'b.x', 'h.other', 'm.other', 'commented.out', 'x'].filter(read)).toEqual([]);
  });

  test('a subchart reads under its key, and global at the top', () => {
    const read = refsOf('{{ .Values.port }}{{ .Values.global.registry }}', ['sub']);
    expect(['sub.port', 'sub.global.registry', 'global.registry'].filter((p) => !read(p))).toEqual([]);
    expect(read('port')).toBe(false);
  });

  test('handing the whole values to a function reads everything', () => {
    expect(refsOf('{{ toYaml .Values }}')('any.path')).toBe(true);
  });
});

function tree(files: Record<string, string>, subcharts: ChartTree[] = [], dependencies: ChartTree['dependencies'] = []): ChartTree {
  return {
    name: 'top',
    version: '1.0.0',
    sourcePrefix: 'top',
    valuesPath: [],
    files: new Map(Object.entries(files)),
    dependencies,
    subcharts,
  };
}

describe('values an Application sets in vain', () => {
  const sub: ChartTree = {
    name: 'db',
    version: '2.0.0',
    sourcePrefix: 'top/charts/db',
    valuesPath: ['db'],
    files: new Map([
      ['values.yaml', 'enabled: true\n'],
      ['templates/s.yaml', '{{ .Values.size }}'],
    ]),
    dependencies: [],
    asDependency: { name: 'db', condition: 'db.enabled' },
    subcharts: [],
  };
  const chart = tree(
    { 'values.yaml': 'replicas: 1\n', 'templates/d.yaml': '{{ .Values.replicas }}{{ tpl .Values.extra . }}' },
    [sub],
    [{ name: 'db', condition: 'db.enabled' }],
  );

  test('unknown keys are reported; the condition is read by Helm; keys of a disabled subchart are reported as such', () => {
    expect(unreadValues(chart, { replicas: 2, replicaCount: 2, extra: 'x', db: { enabled: false, size: 3 } })).toEqual([
      { path: 'replicaCount', reason: 'no template of top 1.0.0 reads it' },
      { path: 'db.size', reason: 'subchart db (db) is disabled, so nothing reads it' },
    ]);
  });

  test('an enabled subchart reads its keys; a template string in the values reads what it names', () => {
    expect(unreadValues(chart, { db: { size: 3 }, extra: '{{ .Values.custom.name }}', custom: { name: 'n' } })).toEqual([]);
  });
});

describe('output that changes between renders', () => {
  const secret = (password: string, ca = 'x'): K8sObject => ({
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    metadata: { name: 'w' },
    webhooks: [{ name: 'a', clientConfig: { caBundle: ca } }],
    data: { password },
  });

  test('differing paths, with list indexes', () => {
    expect(differingPaths({ a: [1, { b: 2 }], c: 3 }, { a: [1, { b: 4 }], c: 3 })).toEqual([['a', 1, 'b']]);
  });

  test("fields under the Application's ignoreDifferences are not instability; others, and changed names, are", () => {
    const rules = [
      {
        group: 'admissionregistration.k8s.io',
        kind: 'ValidatingWebhookConfiguration',
        jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'],
      },
    ];
    expect(unstableObjects([secret('p', 'ca1')], [secret('p', 'ca2')], rules)).toEqual([]);
    expect(unstableObjects([secret('p1', 'ca1')], [secret('p2', 'ca2')], rules).map((u) => u.paths)).toEqual([['data.password']]);
    expect(unstableObjects([secret('p1')], [secret('p2')], [{ kind: 'ValidatingWebhookConfiguration', jsonPointers: ['/data'] }])).toEqual(
      [],
    );
    const renamed = { ...secret('p'), metadata: { name: 'w-x1' } };
    expect(unstableObjects([secret('p')], [renamed], []).map((u) => [u.object.metadata.name, u.onlyOnce])).toEqual([
      ['w', true],
      ['w-x1', true],
    ]);
  });
});

describe('tar archives', () => {
  test('a packaged chart reads back file by file', () => {
    const entries = readTgz(packFolder(path.join(__dirname, '..', 'fixtures', 'charts', 'compliant'), 'compliant'));
    expect(entries.map((e) => e.path)).toEqual(['compliant/Chart.yaml', 'compliant/templates/deployment.yaml', 'compliant/values.yaml']);
  });

  test('pax path records (git archive writes them for long paths) name the next file', () => {
    const long = `${'d/'.repeat(60)}file.yaml`;
    const record = ` path=${long}\n`;
    const length = String(record.length + 3).length + record.length;
    const pax = Buffer.from(`${length}${record}`);
    const block = (name: string, type: string, size: number) => {
      const b = Buffer.alloc(512);
      b.write(name, 0);
      b.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
      b.write(type, 156);
      return b;
    };
    const pad = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
    const archive = Buffer.concat([
      block('pax', 'x', pax.length),
      pad(pax),
      block('short', '0', 2),
      pad(Buffer.from('ok')),
      Buffer.alloc(1024),
    ]);
    expect(readTar(archive)).toEqual([{ path: long, data: Buffer.from('ok') }]);
  });
});
