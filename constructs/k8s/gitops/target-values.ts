import type { ChartComponent, ResolvedTarget } from '../../../config/types';
import { profileOf } from '../../../lib/clouds';

type Values = Record<string, unknown>;

function isObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Helm's merge: objects key by key, arrays and scalars replace. */
export function mergeValues(base: Readonly<Values>, over: Readonly<Values>): Values {
  const result: Values = { ...base };
  for (const [key, value] of Object.entries(over)) {
    result[key] = isObject(value) && isObject(result[key]) ? mergeValues(result[key] as Values, value) : value;
  }
  return result;
}

/**
 * Values only the target knows, merged over the catalog's: the ServiceAccount of a chart bound to
 * a workload identity is the one rendered in platform/identities.yaml (annotated per cloud), so
 * the chart must not create its own; external-dns writes the target's zone with its cloud's provider.
 */
export function targetValues(name: string, chart: ChartComponent, model: ResolvedTarget): Values {
  let values: Values = {};
  const identity = model.identities[name];
  if (identity) {
    if (identity.namespace !== chart.namespace) {
      throw new Error(
        `chart component "${name}" runs in ${chart.namespace} but its workload identity's ServiceAccount is in ${identity.namespace}`,
      );
    }
    values = {
      serviceAccount: { create: false, name: identity.serviceAccount },
      [chart.podLabelsKey ?? 'podLabels']: { ...identity.podLabels },
    };
  }
  if (chart.chart.name === 'external-dns') {
    values = mergeValues(values, {
      ...profileOf(model.target).externalDnsValues(model.target),
      domainFilters: [model.target.domain],
      txtOwnerId: model.target.cluster.name,
    });
  }
  return values;
}

/** The valuesObject of a chart's Application on a target. */
export function chartValues(name: string, chart: ChartComponent, model: ResolvedTarget): Values {
  return mergeValues(chart.values, targetValues(name, chart, model));
}
