import { BgNbdFit, fitBgNbd } from "../../../src/clv";
import { clvReport, CLV_REPORT_SETTINGS } from "../../../src/reports";
import { RETRY_PENALTIES } from "../../../src/reports/clvFits";
import { cdnowSummary, cdnowTransactions, serialOf } from "../clv/cdnowData";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze, expectClose, expectRelClose } from "../../helpers/tolerance";

/** CDNOW through the report, calibration to 1997-09-30 (39 weeks), as Fader, Hardie & Lee (2005). */
const cdnow = cdnowTransactions();
const report = clvReport(
  deepFreeze({ ids: cdnow.ids, dates: cdnow.days, amounts: cdnow.amounts, asOf: "1997-09-30", firstRow: 1 }),
  "en",
);

/** CDNOW customers whose only purchase is $0: not customers under the shared rule (§1). */
const zeroOnly = new Set(
  cdnow.ids.filter((id) => cdnow.ids.every((other, i) => other !== id || cdnow.amounts[i] === 0)),
);
const calibrationEnd = serialOf("19970930");
/** The default purchase model is BG/NBD. */
const bgOf = (r: { purchaseFit: { model: string } }) => {
  expect(r.purchaseFit.model).toBe("bgnbd");
  return r.purchaseFit as BgNbdFit;
};

describe("clvReport on CDNOW", () => {
  it("8 customers with a single $0 purchase are left out (listed), as RFM leaves them out", () => {
    expect(zeroOnly.size).toBe(8);
    const later = cdnow.days.filter((d) => d > calibrationEnd).length;
    expect(report.skipped.length).toBe(later + 8);
    expect(report.skipped.filter((s) => /only refunds or zero amounts/.test(s.reason)).length).toBe(8);
  });

  it("BG/NBD: the published summary's fit without those 8 (x = 0) customers; ≈ 0.243, 4.414, 0.793, 2.426", () => {
    const pub = cdnowSummary();
    const keep = pub.id.map((id) => !zeroOnly.has(id));
    const ref = fitBgNbd(
      pub.x.filter((_, i) => keep[i]),
      pub.tx.filter((_, i) => keep[i]),
      pub.T.filter((_, i) => keep[i]),
    );
    for (const k of ["r", "alpha", "a", "b", "logLikelihood"] as const)
      expectRelClose(bgOf(report)[k], ref[k], 1e-4); // the summary file rounds t_x, T to 0.01 week
    // Published (Fader, Hardie & Lee 2005) on all 2357: 8 fewer one-time buyers move them < 1%.
    expectRelClose(bgOf(report).r, 0.243, 0.01);
    expectRelClose(bgOf(report).alpha, 4.414, 0.01);
    expectRelClose(bgOf(report).a, 0.793, 0.01);
    expectRelClose(bgOf(report).b, 2.426, 0.01);
  });

  it("Gamma-Gamma p = 6.25, q = 3.74, γ = 15.44 on the 946 repeaters (±0.015)", () => {
    expect(report.repeaters).toBe(946);
    expectClose(report.gammaGamma.p, 6.25, 0.015);
    expectClose(report.gammaGamma.q, 3.74, 0.015);
    expectClose(report.gammaGamma.gamma, 15.44, 0.015);
  });

  it("x, t_x, T per customer are the published summary's (2357 − 8 customers, Σx = 2457)", () => {
    const pub = cdnowSummary();
    expect(report.customers).toBe(2349);
    const byId = new Map(report.rows.map((r) => [r[0], r]));
    pub.id.forEach((id, i) => {
      if (zeroOnly.has(id)) return expect(byId.has(id)).toBe(false);
      const row = byId.get(id)!;
      expect(row[2]).toBe(pub.x[i]);
      expectClose(row[3] as number, pub.tx[i]!, 0.005); // published to 2 decimals
      expectClose(row[4] as number, pub.T[i]!, 0.005);
    });
    expect(report.rows.reduce((s, r) => s + (r[2] as number), 0)).toBe(2457);
    expect(report.calibrationEnd).toBe(calibrationEnd);
  });

  it("customer 1 (x 2, t_x 30.43, T 38.86, z̄ 22.35): P(alive) by FHL eq. A13, spend ≈ 24.66", () => {
    const row = report.rows.find((r) => r[0] === 1)!;
    const { r, alpha, a, b } = bgOf(report);
    const [x, tx, T] = [2, row[3] as number, row[4] as number];
    const alive = 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
    expectClose(row[5] as number, alive, 1e-12);
    // Published parameters: 6.25 (15.44 + 2 · 22.345) / (6.25 · 2 + 3.74 − 1) = 24.66.
    expectClose(row[7] as number, 24.66, 0.05);
  });

  it("12-month CLV lies between the undiscounted value and that value discounted for a full year", () => {
    for (const row of report.rows.slice(0, 200)) {
      const spend = row[7] as number;
      const clv = row[8] as number;
      // E[purchases in 12 months] from the 52-week column is not the same horizon: recompute bounds
      // from the CLV's own definition: every month's value is discounted by 1 … 1.1.
      expect(clv).toBeGreaterThanOrEqual(0);
      expect(clv).toBeLessThanOrEqual(spend * (row[6] as number) + 1e-9); // 12 months ≤ 52.18 weeks
    }
    expect(CLV_REPORT_SETTINGS).toEqual({
      horizonWeeks: 52,
      clvMonths: 12,
      annualDiscountRate: 0.1,
      margin: 1,
    });
  });

  it("P(alive) bands add up to the customers and the total CLV", () => {
    expect(report.bands.map((b) => b.label)).toEqual(["0–20%", "20–40%", "40–60%", "60–80%", "80–100%"]);
    expect(report.bands.reduce((s, b) => s + b.customers, 0)).toBe(2349);
    expectClose(
      report.bands.reduce((s, b) => s + b.clv, 0),
      report.rows.reduce((s, r) => s + (r[8] as number), 0),
      1e-6,
    );
    // One-time buyers have P(alive) = 1 in BG/NBD: at least 2357 − 946 customers in the top band.
    expect(report.bands[4]!.customers).toBeGreaterThanOrEqual(2349 - 946);
    expect(report.parameters).toMatch(
      /^Calibration end 1997-09-30 · time in weeks · BG\/NBD r=0\.24\d* α=4\.4\d* a=0\.79\d* b=2\.4\d* · Gamma-Gamma p=6\.2\d* q=3\.7\d* γ=15\.4\d* \(946 repeat customers\) · forecast 52 weeks · CLV 12 months, discounted monthly at 10% a year, margin 1/,
    );
  });
});

describe("edge cases", () => {
  it("refund and zero rows are skipped and listed; the fits do not change", () => {
    const ids = [...cdnow.ids, 1, 2, 3];
    const days = [...cdnow.days, serialOf("19970301"), serialOf("19970302"), serialOf("19970303")];
    const amounts = [...cdnow.amounts, -10, 0, -5.5];
    const r = clvReport({ ids, dates: days, amounts, asOf: "1997-09-30", firstRow: 2 }, "en");
    const n = cdnow.ids.length;
    expect(r.skipped.slice(-3)).toEqual([
      {
        row: n + 2,
        reason: "Refund -10: the CLV models count purchases only (refunds are not netted into spend).",
      },
      { row: n + 3, reason: "Amount 0: not a purchase." },
      {
        row: n + 4,
        reason: "Refund -5.5: the CLV models count purchases only (refunds are not netted into spend).",
      },
    ]);
    expect(bgOf(r).r).toBe(bgOf(report).r);
    expect(r.gammaGamma.p).toBe(report.gammaGamma.p);
    const zh = clvReport({ ids, dates: days, amounts, asOf: "1997-09-30" }, "zh");
    expect(zh.skipped.at(-3)!.reason).toMatch(/^退款 -10：/);
    expect(zh.parameters).toMatch(/^校准期结束 1997-09-30 · 时间单位：周 · BG\/NBD r=0\.24/);
  });

  it("fewer than 3 repeat customers: a numeric error saying so (doc example)", () => {
    const f = () =>
      clvReport({ ids: ["a", "a", "b"], dates: [45300, 45350, 45310], amounts: [10, 12, 20] }, "en");
    expect(codeOf(f)).toBe("numeric");
    expect(errorOf(f).message).toBe(
      "clvReport: Only 1 of 2 customers bought again by 2024-02-28: the CLV models need at least 3 repeat customers (more is better) — use a longer history.",
    );
  });

  it("a fit with no interior maximum at λ = 0 is retried with the smallest working penalty, and says so", () => {
    const input = {
      ids: ["a", "a", "b", "b", "b", "c", "c", "d"],
      dates: [45300, 45350, 45310, 45330, 45400, 45320, 45440, 45330],
      amounts: [10, 12, 20, 18, 25, 5, 7, 9],
      asOf: 45473,
    };
    const r = clvReport(input, "en");
    const x = r.rows.map((row) => row[2] as number),
      tx = r.rows.map((row) => row[3] as number),
      T = r.rows.map((row) => row[4] as number);
    // Without a penalty BG/NBD runs off; the report used the first penalty of the ladder that fits.
    expect(codeOf(() => fitBgNbd(x, tx, T))).toBe("numeric");
    expect(r.penalties.purchaseRetried).toBe(true);
    const lambda = r.penalties.purchase;
    const earlier = RETRY_PENALTIES.filter((p) => p < lambda);
    for (const p of earlier) expect(codeOf(() => fitBgNbd(x, tx, T, { penalty: p }))).toBe("numeric");
    const direct = fitBgNbd(x, tx, T, { penalty: lambda });
    for (const k of ["r", "alpha", "a", "b"] as const) expect(bgOf(r)[k]).toBe(direct[k]);
    expect(r.warnings.join(" ")).toMatch(
      new RegExp(`^BG/NBD: without a penalty the fit ran off .* small penalty λ = ${lambda}`),
    );
    expect(r.parameters).toMatch(
      /penalty λ: purchase model 0\.0\d*1 \(retried: without one the fit ran off\)/,
    );
    // A penalty the user chose is used as given, never replaced.
    const own = clvReport(input, "en", { penalty: 0.002 });
    expect(own.penalties).toEqual({
      purchase: 0.002,
      spend: 0.002,
      purchaseRetried: false,
      spendRetried: false,
    });
    expect(bgOf(own).r).toBe(fitBgNbd(x, tx, T, { penalty: 0.002 }).r);
    expect(own.warnings).toEqual([]);
    // A large one pulls Gamma-Gamma's q below 1: one-time buyers' expected spend pγ/(q − 1) is not finite.
    const big = () => clvReport(input, "en", { penalty: 0.05 });
    expect(codeOf(big)).toBe("numeric");
    expect(errorOf(big).message).toMatch(/λ = 0\.05 gives q = 0\.\d+ ≤ 1/);
  });

  it("unreadable input throws invalid, as customerTable does", () => {
    expect(codeOf(() => clvReport({ ids: [], dates: [], amounts: [] }, "en"))).toBe("invalid");
  });
});
