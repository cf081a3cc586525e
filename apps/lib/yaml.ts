import * as yaml from 'js-yaml';

/**
 * The one YAML writer of the project: keys sorted, no anchors, no line folding, so output is
 * byte-stable and diffs stay small.
 */
export function toYaml(value: unknown): string {
  return yaml.dump(value, { sortKeys: true, noRefs: true, lineWidth: -1, quotingType: '"' });
}

/** A multi-document YAML file. */
export function toYamlDocuments(values: readonly unknown[]): string {
  return values.map(toYaml).join('---\n');
}
