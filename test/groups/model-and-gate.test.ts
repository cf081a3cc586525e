import { runGroup } from '../support/run-group';

runGroup('model-and-gate');
