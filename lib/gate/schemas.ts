/**
 * The schemas the gate validates against, loaded once per process from the generated
 * imports/schemas/ (a copy of the Kubernetes 1.29 definitions and the pinned CRDs, made by
 * `npm run import`), so validation needs nothing outside the repository.
 */
import { loadCrdSchemas, loadK8sSchema } from '../../imports/schemas';
import { SchemaRegistry } from './structural';

let shipped: SchemaRegistry | undefined;

/** The registry over imports/schemas/ (built on first use, then shared). */
export function shippedSchemas(): SchemaRegistry {
  shipped ??= new SchemaRegistry(loadK8sSchema(), loadCrdSchemas());
  return shipped;
}
