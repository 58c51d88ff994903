/** An independent check of the fits' covariance: the test's own finite-difference Hessian. */
import { inverseSpd } from "../../../src/clv";

/** −∂² ln L/∂p∂pᵀ by central differences in p (step 1e-4·pᵢ), inverted: the test's own reference. */
export function finiteDifferenceCovariance(ll: (p: number[]) => number, p: readonly number[]): number[][] {
  const d = p.length;
  const h = p.map((v) => 1e-4 * v);
  const at = (i: number, si: number, j: number, sj: number) => {
    const q = [...p];
    q[i] = q[i]! + si * h[i]!;
    q[j] = q[j]! + sj * h[j]!;
    return -ll(q);
  };
  const H = Array.from({ length: d }, (_, i) =>
    Array.from(
      { length: d },
      (_, j) => (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h[i]! * h[j]!),
    ),
  );
  const inv = inverseSpd(H);
  if (!inv) throw new Error("finite-difference information not positive definite");
  return inv;
}
