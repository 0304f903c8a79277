// AS-3: a random selection of inspection targets that anyone can re-draw from its seed.
// The algorithm is fixed and documented in docs/inspection-sampling.md; changing it would
// change past draws, so it never changes:
//   1. the population is sorted by id (JavaScript string order, i.e. UTF-16 code units);
//   2. mulberry32 is seeded with the seed as an unsigned 32-bit integer;
//   3. a partial Fisher–Yates shuffle: for i = 0 … k-1, j = i + floor(r() × (n − i)),
//      swap a[i] and a[j]; the sample is a[0 … k-1], in the order drawn.

/** mulberry32 (Tommy Ettinger): a 32-bit state PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED_MAX = 0xffffffff;

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= SEED_MAX;
}

/** The first `size` ids of a seeded partial Fisher–Yates shuffle of the sorted population. */
export function drawSample(population: readonly string[], size: number, seed: number): string[] {
  if (!isValidSeed(seed)) throw new RangeError(`seed ${seed} is not an unsigned 32-bit integer`);
  const a = [...new Set(population)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const k = Math.min(Math.max(0, Math.floor(size)), a.length);
  const r = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(r() * (a.length - i));
    const tmp = a[i]; a[i] = a[j]; a[j] = tmp;
  }
  return a.slice(0, k);
}
