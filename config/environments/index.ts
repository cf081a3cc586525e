import type { EnvironmentName } from '../types';
import { dev } from './dev';
import type { EnvironmentOverlay } from './overlay-types';
import { prod } from './prod';
import { staging } from './staging';

export { BASE_SETTINGS } from './base';
export { LEAF_TYPES, OPEN_PATHS, OPTIONAL_PATHS, type EnvironmentOverlay } from './overlay-types';

export const ENVIRONMENT_OVERLAYS: Readonly<Record<EnvironmentName, { file: string; overlay: EnvironmentOverlay }>> = {
  dev: { file: 'config/environments/dev.ts', overlay: dev },
  staging: { file: 'config/environments/staging.ts', overlay: staging },
  prod: { file: 'config/environments/prod.ts', overlay: prod },
};
