/** Kubernetes resource quantity (apimachinery `resource.Quantity`): number with an optional suffix. */
const QUANTITY = /^[+]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;

export function isQuantity(value: string): boolean {
  return QUANTITY.test(value);
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** Numeric value of a quantity (for comparisons such as requests <= limits). */
export function parseQuantity(value: string): number {
  const match = QUANTITY.exec(value);
  if (!match) throw new Error(`"${value}" is not a Kubernetes quantity`);
  const suffix = match[3] ?? '';
  const number = Number.parseFloat(value.slice(0, value.length - suffix.length));
  if (suffix in BINARY) return number * BINARY[suffix];
  if (suffix in DECIMAL) return number * DECIMAL[suffix];
  return Number(value);
}
