import type { Feature } from './core/platform-charts';
import { baseline } from './baseline';
import { gitops } from './gitops';
import { operators } from './operators';
import { secrets } from './secrets';

/**
 * Everything a target renders, in order. GitOps comes last: it reads which folders the others
 * filled and writes one Argo CD Application per folder.
 */
export const FEATURES: readonly Feature[] = [baseline, secrets, operators, gitops];
