/**
 * The values every Helm Application hands its chart, checked against the pinned chart version's own
 * files (imports/charts, generated from the vendored values.yaml, values.schema.json and
 * template-refs.txt): the merged values (chart defaults + valuesObject, merged the way Helm merges)
 * must validate against the chart's schema, as `helm template` would demand, and every key the
 * valuesObject sets must be read by the chart's templates, because Helm ignores any other key
 * silently. A chart version without vendored files is an error unless config/chart-values.ts
 * lists it.
 */
import { CHART_VALUES_EXCEPTIONS, type ChartValuesException } from '../../../config/chart-values';
import { closestKey } from '../../model/suggest';
import { asArray, type Finding, type GateContext, isObject, ofKind } from '../context';
import { helmMerge, isValuesMap, type Values } from '../helm-values';
import { JsonSchemaValidator, type JsonSchema } from '../json-schema';
import { chartKey, vendoredChart, type VendoredChart } from '../vendored-chart';

export interface ChartValuesRuleOptions {
  /** @default CHART_VALUES_EXCEPTIONS (config/chart-values.ts) */
  readonly exceptions?: readonly ChartValuesException[];
  /** @default the vendored charts of imports/charts */
  readonly lookup?: (name: string, version: string) => VendoredChart | undefined;
}

/** The Helm sources of an Application: chart, version and values. */
function helmSources(spec: Record<string, unknown>): Array<{ at: string; chart: string; version: string; values: Values }> {
  const sources = [
    ...(isObject(spec.source) ? [{ at: 'spec.source', source: spec.source }] : []),
    ...asArray(spec.sources).map((source, i) => ({ at: `spec.sources[${i}]`, source })),
  ];
  return sources.flatMap(({ at, source }) => {
    if (!isObject(source) || typeof source.chart !== 'string') return [];
    const helm = isObject(source.helm) ? source.helm : {};
    const values = isValuesMap(helm.valuesObject) ? helm.valuesObject : {};
    return [{ at, chart: source.chart, version: String(source.targetRevision ?? ''), values }];
  });
}

const validators = new WeakMap<object, JsonSchemaValidator>();

function validatorOf(schema: JsonSchema): JsonSchemaValidator {
  const key = typeof schema === 'object' ? schema : { schema };
  let validator = validators.get(key);
  if (!validator) validators.set(key, (validator = new JsonSchemaValidator(schema)));
  return validator;
}

/** Value at a dotted path of `values` (a subchart's values under its alias). */
function subtree(values: Values, path: string): unknown {
  let node: unknown = values;
  for (const key of path === '' ? [] : path.split('.')) node = isValuesMap(node) ? node[key] : undefined;
  return node;
}

/** Problems of one chart version's values, as messages (the same values give the same messages: cached per process). */
function problemsOf(chart: VendoredChart, values: Values, skip: ChartValuesException['skip'] | undefined): string[] {
  const messages: string[] = [];
  const merged = helmMerge(chart.defaults, values);
  for (const { path, schema } of chart.schemas) {
    const node = subtree(merged, path);
    if (node === undefined) continue;
    for (const problem of validatorOf(schema).validate(node, path))
      messages.push(`values of ${chart.key} fail its values.schema.json: ${problem}`);
  }
  if (skip !== 'unread-keys' && Object.keys(values).length > 0) {
    if (!chart.readPaths) {
      messages.push(
        `${chart.key} has no vendored template-refs.txt, so the keys set cannot be checked: vendor it, or add an "unread-keys" exception to config/chart-values.ts`,
      );
    } else {
      for (const path of chart.readPaths.unread(values)) {
        const dot = path.lastIndexOf('.');
        const parent = dot === -1 ? '' : path.slice(0, dot);
        const best = closestKey(path.slice(dot + 1), chart.readPaths.keysBelow(parent));
        const hint = best !== undefined ? ` (did you mean "${parent === '' ? best : `${parent}.${best}`}"?)` : '';
        messages.push(`values key ${path} is never read by ${chart.key} (not in its template-refs.txt; Helm ignores it)${hint}`);
      }
    }
  }
  return messages;
}

/** Messages by chart version and values: the five targets hand most charts the same values. */
const memo = new Map<string, string[]>();

export function chartValuesRule(options: ChartValuesRuleOptions = {}) {
  const exceptions = options.exceptions ?? CHART_VALUES_EXCEPTIONS;
  const lookup = options.lookup ?? vendoredChart;
  const shared = options.lookup === undefined && options.exceptions === undefined;
  return (ctx: GateContext): Finding[] => {
    const findings: Finding[] = [];
    for (const { file, object } of ofKind(ctx, 'Application', 'argoproj.io')) {
      if (!isObject(object.spec)) continue;
      for (const source of helmSources(object.spec)) {
        const key = chartKey(source.chart, source.version);
        const skip = exceptions.find((e) => e.chart === key)?.skip;
        if (skip === 'unvendored' || skip === 'findings') continue;
        const chart = lookup(source.chart, source.version);
        if (!chart) {
          findings.push({
            file,
            object,
            message: `${source.at}: chart ${key} has no vendored values (../shared/charts/${source.chart}/${source.version}, npm run import -- --charts) and no exception in config/chart-values.ts`,
          });
          continue;
        }
        const memoKey = shared ? `${key}\n${skip ?? ''}\n${JSON.stringify(source.values)}` : undefined;
        let messages = memoKey !== undefined ? memo.get(memoKey) : undefined;
        if (!messages) {
          messages = problemsOf(chart, source.values, skip);
          if (memoKey !== undefined) memo.set(memoKey, messages);
        }
        for (const message of messages) findings.push({ file, object, message: `${source.at}.helm: ${message}` });
      }
    }
    return findings;
  };
}
