// "Did you mean …": the nearest string by edit distance, when it is near enough.
export function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** The option nearest to `word`, or '' when none is within `maxDistance(word)` edits. */
export function nearest(word: string, options: Iterable<string>, maxDistance = (w: string) => Math.max(2, Math.floor(w.length / 3))): string {
  let best = '', bestD = Infinity;
  const w = word.toLowerCase();
  for (const o of options) {
    if (Math.abs(o.length - word.length) > maxDistance(word) + 1) continue;
    const d = levenshtein(w, o.toLowerCase());
    if (d < bestD) { bestD = d; best = o; }
  }
  return bestD <= maxDistance(word) ? best : '';
}
