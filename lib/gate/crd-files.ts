/**
 * Reading vendored CRD files: YAML streams, some with merge keys (`!!merge <<: *anchor`, the Altinity
 * ClickHouse CRDs), which js-yaml rejects; those files go through the
 * `yaml` package with merge keys on; js-yaml, several times faster, reads the rest. Used by
 * `npm run import` and by the test that compares imports/schemas with the vendored files, so both
 * read every file the same way.
 */
import * as jsYaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';

/** Every document of a YAML stream as plain JSON values, merge keys resolved. */
export function loadYamlDocuments(text: string): unknown[] {
  if (!text.includes('<<:')) return jsYaml.loadAll(text);
  return parseAllDocuments(text, { merge: true }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors[0].message);
    return doc.toJS({ maxAliasCount: -1 });
  });
}

/** The CustomResourceDefinitions of a YAML stream. */
export function crdDocuments(text: string): unknown[] {
  return loadYamlDocuments(text).filter((d) => (d as { kind?: string } | null)?.kind === 'CustomResourceDefinition');
}
