import { fitParetoNbd } from "../../../src/clv";
import { expectRelClose } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";
import reference from "./fixtures/paretoNbdReference.json";

/**
 * The Pareto/NBD fit's covariance comes from the one fit template (fitBase.ts, observed
 * information); checked against scipy's finite-difference Hessian of the log-likelihood on CDNOW
 * (fixtures/paretoNbdReference.py).
 */
describe("Pareto/NBD standard errors (observed information)", () => {
  const d = cdnowSummary();
  const ref = reference.cdnowStandardErrors;
  const fit = fitParetoNbd(d.x, d.tx, d.T);
  const cov = fit.covariance!;
  it("CDNOW: standard errors and covariance within 1 % of scipy's finite-difference Hessian", () => {
    cov.forEach((row, i) => expectRelClose(Math.sqrt(row[i]!), ref.standardErrors[i] as number, 0.01));
    cov.forEach((row, i) =>
      row.forEach((v, j) => expectRelClose(v, (ref.covariance[i] as number[])[j] as number, 0.01)),
    );
  });
  it("rescaling time (weeks → days) multiplies the errors of α and β by 7, keeps those of r and s", () => {
    const days = fitParetoNbd(
      d.x,
      d.tx.map((v) => v * 7),
      d.T.map((v) => v * 7),
    ).covariance!;
    const se = (c: number[][], i: number) => Math.sqrt(c[i]![i]!);
    expectRelClose(se(days, 0), se(cov, 0), 1e-3);
    expectRelClose(se(days, 2), se(cov, 2), 1e-3);
    expectRelClose(se(days, 1), 7 * se(cov, 1), 1e-3);
    expectRelClose(se(days, 3), 7 * se(cov, 3), 1e-3);
  });
});
