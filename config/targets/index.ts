import type { TargetSpec } from '../types';
import { devAzure } from './dev-azure';
import { prodAws } from './prod-aws';
import { prodAzure } from './prod-azure';
import { prodGcp } from './prod-gcp';
import { stagingAzure } from './staging-azure';

/** Every target, in render order. Add a target by adding a file here. */
export const TARGETS: readonly TargetSpec[] = [devAzure, stagingAzure, prodAzure, prodAws, prodGcp];
