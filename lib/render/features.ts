import type { Feature } from '../../constructs/k8s/core/target-scope';
import { baseline } from '../../constructs/k8s/baseline';
import { fleet } from '../../constructs/k8s/fleet';
import { gitops } from '../../constructs/k8s/gitops';
import { operators } from '../../constructs/k8s/operators';
import { secrets } from '../../constructs/k8s/secrets';

/**
 * Everything a target renders, in order. GitOps comes last: it reads which folders the others
 * filled and writes one Argo CD Application per folder.
 */
export const FEATURES: readonly Feature[] = [baseline, secrets, operators, fleet, gitops];
