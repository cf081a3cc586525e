/** No Secret objects at all: values come from ESO, cert-manager or operators, never from git. */
import { type Finding, type GateContext, isObject, ofKind } from '../context';

export function noSecretsRule(ctx: GateContext): Finding[] {
  return ofKind(ctx, 'Secret', '').map(({ file, object }) => {
    const carries = ['data', 'stringData'].filter((k) => isObject(object[k]) && Object.keys(object[k] as object).length > 0);
    const what = carries.length > 0 ? `carries ${carries.join(' and ')} (secret values in git)` : 'is rendered';
    return {
      file,
      object,
      message: `Secret ${what}; produce it with an ExternalSecret (config/secrets.ts), a Certificate or an operator instead`,
    };
  });
}
