/**
 * A range of an Int32Array read in order, one element per 64-byte cache line, just before many
 * random accesses into it (the column engines' table regions, the customer records of a group):
 * read in order, the lines stream in at memory bandwidth and the processor prefetches them;
 * read at random, each line is a wait of the memory's latency. No effect on any result.
 * Cost O((to − from) / 16).
 *
 * @example
 * warmLines(new Int32Array(64), 0, 64) // => 0
 */

/** Where the values read are kept, so that the reads cannot be optimised away. */
const sink = { value: 0 };

/** Reads a[from], a[from + 16], … below `to`; returns their XOR (kept in `sink` too). */
export function warmLines(a: Int32Array, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i += 16) x ^= a[i]!;
  sink.value ^= x;
  return x;
}
