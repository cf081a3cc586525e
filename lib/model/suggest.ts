/** "Did you mean …?" for misspelt keys, shared by the overlay merge and the schema validator. */

/** The known key nearest to a misspelt one, or undefined when none is close enough to suggest. */
export function closestKey(key: string, known: Iterable<string>): string | undefined {
  const candidates = [...known].sort();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3))) return best;
  // `replicaCount` for `replicas`: a long shared prefix is as telling as a small edit distance.
  const byPrefix = candidates
    .map((candidate) => ({ candidate, shared: sharedPrefix(key.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ candidate, shared }) => shared >= 4 && shared >= Math.min(key.length, candidate.length) * 0.75)
    .sort((a, b) => b.shared - a.shared);
  return byPrefix[0]?.candidate;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
