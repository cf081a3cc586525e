import type { EnvironmentOverlay } from './overlay-types';

/** Prod is the base (production defaults); this overlay stays empty unless prod differs from it. */
export const prod: EnvironmentOverlay = {};
