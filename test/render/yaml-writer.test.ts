import * as yaml from 'js-yaml';
import { DUMP_OPTIONS, fastDump } from '../../lib/render/fast-yaml';
import { shippedBuild } from '../support/render';
import { toYaml, toYamlDocuments, toYamlDocumentsSlow } from '../../lib/render/yaml';
import { DEFAULT_DATA_DIR, resolveTarget } from '../../lib/model/load';
import { parseTenants } from '../../lib/model/tenants';
import { TARGETS } from '../../config/targets';
import { PlatformCharts } from '../../lib/render/platform-charts';
import { FEATURES } from '../../lib/render/features';
import { generateTenants, tenantsYaml } from '../../lib/model/synthetic-tenants';
import { targetByName } from '../../lib/model/targets';

const slow = (value: unknown): string => yaml.dump(value, DUMP_OPTIONS);

/** Files whose text differs between the two writers (empty when identical), with the first differing line. */
function differences(files: ReadonlyMap<string, readonly unknown[]>): string[] {
  const result: string[] = [];
  for (const [file, objects] of files) {
    const fast = toYamlDocuments(objects);
    const reference = toYamlDocumentsSlow(objects);
    if (fast === reference) continue;
    const a = fast.split('\n');
    const b = reference.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    result.push(`${file}:${line + 1}: fast ${JSON.stringify(a[line])} js-yaml ${JSON.stringify(b[line])}`);
  }
  return result;
}

describe('fast YAML writer (lib/render/fast-yaml.ts) against js-yaml', () => {
  it('is what toYaml uses', () => {
    // A string js-yaml quotes and a nested list of maps: proves the layout and the delegation are wired.
    const value = { b: [{ y: 1, x: 'yes' }], a: {} };
    expect(toYaml(value)).toBe('a: {}\nb:\n  - x: "yes"\n    "y": 1\n');
    expect(toYaml(value)).toBe(slow(value));
  });

  it('writes every file of the shipped dist (all targets, built in memory) byte-identically', () => {
    // The shared build of the test run (rendered once by the global setup; its objects hold no undefined values: the gate rejects them).
    const build = shippedBuild();
    let files = 0;
    let objects = 0;
    let blocks = 0;
    for (const rendered of build.rendered) {
      expect({ target: rendered.target, differences: differences(rendered.files) }).toEqual({ target: rendered.target, differences: [] });
      files += rendered.files.size;
      for (const list of rendered.files.values()) {
        objects += list.length;
        blocks += list.filter((o) => JSON.stringify(o).includes('\\n')).length;
      }
    }
    // Not vacuous: every target, thousands of objects, and multi-line strings (literal blocks) among them.
    expect(build.rendered.map((r) => r.target)).toEqual(expect.arrayContaining(TARGETS.map((t) => t.name)));
    expect(files).toBeGreaterThan(100);
    expect(objects).toBeGreaterThan(1000);
    expect(blocks).toBeGreaterThanOrEqual(5);
  });

  it('writes a tenant set of every tier (100 synthetic tenants on prod-azure) byte-identically', () => {
    const tenants = parseTenants(
      tenantsYaml(generateTenants({ count: 100, targets: ['prod-azure'] })),
      'bench',
      TARGETS.map((t) => t.name),
    );
    const charts = new PlatformCharts(resolveTarget(targetByName('prod-azure'), DEFAULT_DATA_DIR, tenants));
    for (const feature of FEATURES) feature(charts, charts.model);
    const files = charts.render();
    expect([...files.values()].reduce((n, list) => n + list.length, 0)).toBeGreaterThan(100 * 10);
    expect(new Set(tenants.map((t) => t.tier)).size).toBe(4);
    expect(differences(files)).toEqual([]);
  });

  const TRICKY = [
    '',
    'true',
    'True',
    'FALSE',
    'null',
    'Null',
    'NULL',
    '~',
    '1e3',
    '1.5',
    '0x1F',
    '0o17',
    '0b101',
    '012',
    '08',
    '1:30',
    '190:20:30',
    ' leading',
    'trailing ',
    'a: b',
    'a:b',
    'a #b',
    'a#b',
    '- x',
    '-',
    '--',
    '---',
    '...',
    '#',
    "it's",
    'quote"',
    'back\\slash',
    'multi\nline',
    'trailing newline\n',
    'two\n\nblank lines\n\n',
    '\nleading newline',
    ' indented\nblock',
    'tab\tinside',
    '\ttab first',
    'cr\r\nlf',
    'nul\u0000',
    'bell\u0007',
    'ünicode',
    'emoji 😀',
    '\u2028sep',
    '\ufeffbom',
    '*',
    '*alias',
    '&a',
    '!tag',
    '@',
    '`',
    '%',
    '|',
    '>',
    '{',
    '}',
    '[',
    ']',
    ',',
    '?',
    '? x',
    ':',
    'key:',
    ': x',
    'y',
    'Y',
    'n',
    'N',
    'yes',
    'Yes',
    'YES',
    'no',
    'No',
    'on',
    'On',
    'ON',
    'off',
    'Off',
    'OFF',
    '.inf',
    '-.inf',
    '.NaN',
    '.5',
    '-.5',
    '+1',
    '-1',
    '+.5',
    '1_000',
    '1__0',
    '2026-11-23',
    '2026-11-23T10:00:00Z',
    '<<',
    '=',
    'abcdef',
    'abcdefg',
    'matih.ai/tier',
    'nullable',
    'true-ish',
    'Yes-please',
    'a b',
    '"x"',
    "'x'",
    'a,b',
    'a[0]',
    'x'.repeat(1030),
    `long ${'word '.repeat(200)}end`,
    `${'line of text '.repeat(20)}\n${'second '.repeat(30)}`,
  ];
  const NUMBERS = [
    0,
    -0,
    1,
    -1,
    1.5,
    -2.25,
    1e21,
    1e-7,
    123456789012,
    0.1 + 0.2,
    Number.MAX_SAFE_INTEGER,
    2 ** 60,
    NaN,
    Infinity,
    -Infinity,
  ];

  /** Deterministic PRNG (mulberry32) so a failure is reproducible. */
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function randomValue(random: () => number, depth: number): unknown {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const roll = random();
    if (depth > 0 && roll < 0.25) {
      const object: Record<string, unknown> = {};
      const size = Math.floor(random() * 5);
      for (let i = 0; i < size; i++) object[pick(TRICKY).slice(0, 40)] = randomValue(random, depth - 1);
      return object;
    }
    if (depth > 0 && roll < 0.45) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth - 1));
    if (roll < 0.8) return pick(TRICKY);
    if (roll < 0.9) return pick(NUMBERS);
    return pick([true, false, null, undefined]);
  }

  it('writes every tricky string, number and key, alone and nested at several depths, as js-yaml does', () => {
    const cases: unknown[] = [
      ...TRICKY,
      ...NUMBERS,
      true,
      false,
      null,
      {},
      [],
      [[]],
      [{}],
      [[1, [2]]],
      { a: undefined },
      { a: undefined, b: 1 },
      [undefined, 1],
    ];
    for (const s of TRICKY) {
      cases.push({ [s]: s }, [s], [[s]], [{ [s]: [s] }], { a: { b: { c: { d: s } } } }, { a: [{ b: [{ c: s, [s]: [[s]] }] }] });
    }
    const random = prng(8);
    for (let i = 0; i < 3000; i++) cases.push(randomValue(random, 6));
    const failures = cases.filter((value) => fastDump(value) !== slow(value));
    const clip = (text: string): string => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
    expect(failures.map((v) => ({ value: clip(JSON.stringify(v) ?? String(v)), fast: clip(fastDump(v)), jsYaml: clip(slow(v)) }))).toEqual(
      [],
    );
    // The fuzz reaches the interesting shapes: literal blocks deep down, quoted keys, skipped undefined values.
    const all = cases.map(slow).join('');
    expect(all).toMatch(/\n {6,}- .*\|-?\n/);
    expect(all).toMatch(/\n {4,}"a: b": /);
    expect(all).toContain('? ');
  });

  it('leaves unusual documents to js-yaml whole, and fails the same way js-yaml does', () => {
    const date = { at: new Date(Date.UTC(2026, 10, 23)), keys: { 'multi\nline': 1 } };
    expect(fastDump(date)).toBe(slow(date));
    expect(() => fastDump({ f: () => 1 })).toThrow('unacceptable kind of an object to dump [object Function]');
  });
});
