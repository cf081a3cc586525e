import type { Feature } from '../core/platform-charts';

/** TODO(lead): being written. */
export const gitops: Feature = () => undefined;
