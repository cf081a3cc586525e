import { CONTROL_PLANE } from './control-plane';
import { DATA_INFRASTRUCTURE } from './data-infrastructure';
import { DATA_PLANE } from './data-plane';
import { defineComponents } from './define';
import { FRONTENDS } from './frontends';
import { ML_INFRASTRUCTURE } from './ml-infrastructure';
import { NODE_AGENTS } from './node-agents';
import { OBSERVABILITY } from './observability';
import { OPERATORS } from './operators';

/** The base (production) component catalog; environment overlays change it per target. */
export const COMPONENTS = defineComponents({
  ...OPERATORS,
  ...NODE_AGENTS,
  ...OBSERVABILITY,
  ...DATA_INFRASTRUCTURE,
  ...ML_INFRASTRUCTURE,
  ...CONTROL_PLANE,
  ...DATA_PLANE,
  ...FRONTENDS,
});

export type ComponentName = keyof typeof COMPONENTS;

export { KAFKA_CLUSTER_NAME, KAFKA_CONNECT_CLUSTER_NAME, CLICKHOUSE_INSTALLATION_NAME, TEMPORAL_CLUSTER_NAME } from './data-infrastructure';
export { RAY_CLUSTER_NAME } from './ml-infrastructure';
export { PLATFORM_VERSION } from './define';
