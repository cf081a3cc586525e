import { runGroup } from '../support/run-group';

runGroup('model-render-gate');
