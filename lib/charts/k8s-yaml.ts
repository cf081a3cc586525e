/**
 * YAML as Kubernetes reads it (sigs.k8s.io/yaml over go-yaml v2: YAML 1.1 scalars, so `yes`/`on`/
 * `y` are booleans and `0644` is octal), with js-yaml, which reads a multi-megabyte chart output
 * an order of magnitude faster than a full YAML 1.1 document model.
 */
import * as jsYaml from 'js-yaml';
import { parse as parseYaml11 } from 'yaml';

const TRUE = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;

const bool11 = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (TRUE.test(data) || FALSE.test(data)),
  construct: (data: string) => TRUE.test(data),
  predicate: (value: unknown) => typeof value === 'boolean',
});

// js-yaml 4 exports its built-in types as `types`; @types/js-yaml does not declare them.
type TypeInternals = jsYaml.Type & { resolve(data: string | null): boolean; construct(data: string): unknown };
const builtIn = (jsYaml as unknown as { types: Record<'null' | 'int' | 'float' | 'merge', TypeInternals> }).types;

const OCTAL = /^[-+]?0[0-7]+$/;
/** Integers, with YAML 1.1 octals (`0644`); one type, because js-yaml keeps one type per tag. */
const int11 = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (OCTAL.test(data) || builtIn.int.resolve(data)),
  construct: (data: string) =>
    OCTAL.test(data) ? (data.startsWith('-') ? -1 : 1) * parseInt(data.replace(/^[-+]/, ''), 8) : builtIn.int.construct(data),
  predicate: (value: unknown) => typeof value === 'number' && Number.isInteger(value),
});

/** The core schema with YAML 1.1 booleans and octal integers. */
export const K8S_YAML_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtIn.null, bool11, int11, builtIn.float, builtIn.merge],
});

/**
 * One YAML document, the way Kubernetes reads it. js-yaml first; a document it cannot read (an
 * explicit `!!merge <<` key, as the ClickHouse operator's CRDs write) goes to the full YAML 1.1
 * parser, which throws when that cannot read it either.
 */
export function parseK8sYaml(text: string): unknown {
  try {
    return jsYaml.load(text, { schema: K8S_YAML_SCHEMA });
  } catch {
    return parseYaml11(text, { version: '1.1', merge: true, uniqueKeys: false, maxAliasCount: -1 });
  }
}
