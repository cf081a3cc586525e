import * as yaml from 'js-yaml';
import { DUMP_OPTIONS, fastDump } from './fast-yaml';

/**
 * The one YAML writer of the project: keys sorted, no anchors, no line folding, so output is
 * byte-stable and diffs stay small. Written by `fastDump`, byte-identical to js-yaml (test/render/yaml-writer.test.ts).
 */
export function toYaml(value: unknown): string {
  return fastDump(value);
}

/** The reference writer `toYaml` must match byte for byte (js-yaml itself). */
function toYamlSlow(value: unknown): string {
  return yaml.dump(value, DUMP_OPTIONS);
}

/** A multi-document YAML file. */
export function toYamlDocuments(values: readonly unknown[]): string {
  return values.map(toYaml).join('---\n');
}

/** `toYamlDocuments` through js-yaml only: the slower path the fast one is checked against. */
export function toYamlDocumentsSlow(values: readonly unknown[]): string {
  return values.map(toYamlSlow).join('---\n');
}
