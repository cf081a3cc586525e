import type { Feature } from '../core/platform-charts';

/** TODO(lead): being written. */
export const operators: Feature = () => undefined;
