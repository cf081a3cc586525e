/**
 * lib/charts/values-types.ts on a small chart written for these tests (fixtures/charts/demo/1.0.0,
 * with a vendored subchart and a dependency that is not vendored).
 */
import * as path from 'node:path';
import {
  chartValuesType,
  indexModule,
  parseHelmYaml,
  readVendoredChart,
  readVendoredCharts,
  valuesTypeName,
} from '../../lib/charts/values-types';

const DIR = path.join(__dirname, 'fixtures', 'charts', 'demo', '1.0.0');
const demo = readVendoredChart(DIR, 'demo', '1.0.0');

describe('reading a vendored chart', () => {
  test('values.yaml is read the way Helm reads it: YAML 1.1 booleans, dates and colons stay strings', () => {
    expect(parseHelmYaml('a: yes\nb: off\nc: 2024-04-01\nd: 1:20\ne: 0755\n', 'x.yaml')).toEqual({
      a: true,
      b: false,
      c: '2024-04-01',
      d: '1:20',
      e: 493,
    });
    expect(demo.defaults.enabled).toBe(true);
  });

  test('a vendored subchart is folded in under its alias: defaults (the parent wins), reads, and global reads stay global', () => {
    expect(demo.defaults.sub).toEqual({ size: 'small', enabled: true, global: { registry: '' } });
    expect(demo.reads).toEqual(expect.arrayContaining(['sub.size *', 'sub.enabled *', 'global.registry *']));
    expect(demo.reads).not.toContain('sub *');
  });

  test('a dependency that is not vendored is read whole; dependency conditions are read by Helm', () => {
    expect(demo.reads).toEqual(expect.arrayContaining(['redis *', 'redis.enabled *']));
  });

  test('the schema is compacted to its validation keywords', () => {
    expect(demo.schemas).toEqual([
      {
        path: '',
        schema: {
          definitions: {
            image: {
              additionalProperties: false,
              properties: { repository: { type: 'string' }, tag: { type: 'string' } },
              type: 'object',
            },
          },
          properties: {
            image: { $ref: '#/definitions/image' },
            mode: { enum: ['a', 'b'], type: 'string' },
            replicas: { minimum: 0, type: 'integer' },
          },
          type: 'object',
        },
      },
    ]);
    expect(demo.appVersion).toBe('2.1');
  });
});

test('a chart version listed as not imported (software no longer deployed from its chart) is left out', () => {
  const charts = path.join(__dirname, 'fixtures', 'charts');
  expect(readVendoredCharts(charts).map((c) => `${c.chart}@${c.version}`)).toEqual(['demo@1.0.0']);
  expect(readVendoredCharts(charts, { 'demo@1.0.0': 'rendered by the platform' })).toEqual([]);
  expect(readVendoredCharts(charts, { 'demo@0.9.0': 'another version' })).toHaveLength(1);
});

describe('the values type of a chart version', () => {
  const text = chartValuesType(demo);

  test('typed from the schema where it has one (enum literals, $ref as a named type), else from values.yaml', () => {
    expect(valuesTypeName('demo', '1.0.0')).toBe('Demo_1_0_0Values');
    expect(text).toContain('export type Demo_1_0_0Values = {');
    expect(text).toContain('  mode?: "a" | "b";');
    expect(text).toContain('  replicas?: number;');
    expect(text).toContain('  image?: Demo_1_0_0_image;');
    expect(text).toContain('type Demo_1_0_0_image = {\n  repository?: string;\n  tag?: string;\n};');
    expect(text).toContain('  enabled?: boolean;');
  });

  test('open exactly where a subtree is used whole or values.yaml leaves a map empty', () => {
    expect(text).toContain('  config?: Record<string, unknown>;');
    expect(text).toContain('  nodeSelector?: Record<string, unknown> | readonly unknown[];');
    expect(text).toContain('  tolerations?: readonly unknown[];');
    expect(text).toContain('  redis?: Record<string, unknown>;');
  });

  test('keys the templates never read are left out, so setting them does not compile', () => {
    expect(text).not.toContain('unused');
    expect(text).toContain('  sub?: {\n    enabled?: boolean;\n    size?: string;\n  };');
  });

  test('the index loads each chart version on demand', () => {
    expect(indexModule([demo])).toContain('"demo@1.0.0": () => require("./demo-1.0.0.json"),');
  });
});
