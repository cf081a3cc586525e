import type { RenderedTarget } from '../core/render';
import type { ResolvedTarget } from '../../config/types';

export interface GateProblem {
  readonly target: string;
  readonly file: string;
  readonly object: string;
  readonly rule: string;
  readonly message: string;
}

/** TODO(lead): the safety gate is being written (issue 7). */
export function validateRendered(_rendered: RenderedTarget, _model: ResolvedTarget): GateProblem[] {
  return [];
}
