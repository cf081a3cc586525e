import type { Feature } from '../core/platform-charts';

/** TODO(lead): being written. */
export const secrets: Feature = () => undefined;
