import { COMPONENTS } from '../../config/components';
import { OPERATOR_ADD_ONS } from '../../constructs/k8s/operators';

test('every operated component of the catalog has an operator add-on that renders it', () => {
  const served = new Set(OPERATOR_ADD_ONS.map((a) => a.component));
  const operated = Object.entries(COMPONENTS)
    .filter(([, c]) => c.kind === 'operated')
    .map(([name]) => name);
  expect(operated.filter((name) => !served.has(name))).toEqual([]);
});

test('every add-on serves a catalog component (a typo would render nothing, silently)', () => {
  expect(OPERATOR_ADD_ONS.map((a) => a.component).filter((c) => !(c in COMPONENTS))).toEqual([]);
});
