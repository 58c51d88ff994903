import { fitParetoNbd, paretoNbdStandardErrors, ParetoNbdParams } from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectRelClose } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";
import reference from "./fixtures/paretoNbdReference.json";

describe("Pareto/NBD standard errors (observed information)", () => {
  const d = cdnowSummary();
  const ref = reference.cdnowStandardErrors;
  const [r, alpha, s, beta] = ref.point as [number, number, number, number];
  const point: ParetoNbdParams = { model: "pnbd", r, alpha, s, beta };
  const res = paretoNbdStandardErrors(point, d.x, d.tx, d.T);
  it("CDNOW: standard errors and covariance within 1 % of scipy's finite-difference Hessian", () => {
    const se = res.standardErrors;
    [se.r, se.alpha, se.s, se.beta].forEach((v, i) =>
      expectRelClose(v, ref.standardErrors[i] as number, 0.01),
    );
    res.covariance.forEach((row, i) =>
      row.forEach((v, j) => expectRelClose(v, (ref.covariance[i] as number[])[j] as number, 0.01)),
    );
  });
  it("the covariance is symmetric; the fit's own maximum gives the same errors", () => {
    res.covariance.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(res.covariance[j]![i])));
    const fit = fitParetoNbd(d.x, d.tx, d.T);
    expectRelClose(
      paretoNbdStandardErrors(fit, d.x, d.tx, d.T).standardErrors.beta,
      res.standardErrors.beta,
      1e-3,
    );
  });
  it("rescaling time (weeks → days) multiplies the errors of α and β by 7, keeps those of r and s", () => {
    const days = paretoNbdStandardErrors(
      { ...point, alpha: alpha * 7, beta: beta * 7 },
      d.x,
      d.tx.map((v) => v * 7),
      d.T.map((v) => v * 7),
    ).standardErrors;
    expectRelClose(days.r, res.standardErrors.r, 1e-4);
    expectRelClose(days.s, res.standardErrors.s, 1e-4);
    expectRelClose(days.alpha, 7 * res.standardErrors.alpha, 1e-4);
    expectRelClose(days.beta, 7 * res.standardErrors.beta, 1e-4);
  });
  it("edge cases: away from a maximum → numeric; bad parameters → invalid", () => {
    expect(codeOf(() => paretoNbdStandardErrors({ ...point, r: 5 }, d.x, d.tx, d.T))).toBe("numeric");
    expect(codeOf(() => paretoNbdStandardErrors({ ...point, s: 0 }, d.x, d.tx, d.T))).toBe("invalid");
  });
});
