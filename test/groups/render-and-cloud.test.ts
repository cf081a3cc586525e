import { runGroup } from '../support/run-group';

runGroup('render-and-cloud');
