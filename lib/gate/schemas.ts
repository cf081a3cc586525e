/**
 * The schemas the gate validates against, loaded once per process from the generated
 * imports/schemas/ (a copy of the Kubernetes 1.29 definitions and the pinned CRDs, made by
 * `npm run import`), so validation needs nothing outside the repository.
 */
import { loadCrdSchemas as loadCrdJson, loadK8sSchema as loadK8sJson } from '../../imports/schemas';
import type { CrdSchemaFile, K8sSchemaFile } from './compact-schema';
import { SchemaRegistry } from './structural';

/** The committed Kubernetes 1.29 schema (imports/schemas/k8s-1.29.json). */
export const loadK8sSchema = (): K8sSchemaFile => loadK8sJson() as K8sSchemaFile;
/** The committed CRD schemas (imports/schemas/*.json). */
export const loadCrdSchemas = (): CrdSchemaFile[] => loadCrdJson() as CrdSchemaFile[];

let shipped: SchemaRegistry | undefined;

/** The registry over imports/schemas/ (built on first use, then shared). */
export function shippedSchemas(): SchemaRegistry {
  shipped ??= new SchemaRegistry(loadK8sSchema(), loadCrdSchemas());
  return shipped;
}
