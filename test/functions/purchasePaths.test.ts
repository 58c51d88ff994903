/**
 * Issue 9 "Done when": over random exports, every path that reads purchases — RFM.TABLE,
 * CLV.SUMMARY, CHURN.COHORTS and the pane's RFM, lifecycle and CLV reports — finds the same
 * customers, the same per-customer counts and the same rejected rows. The expected values are
 * computed here independently, from how each generated cell was made (its variant of the id, a
 * valid or invalid date, a purchase, refund or unreadable amount).
 */
import fc from "fast-check";
import { callExcel } from "./harness";
import { clvReport, lifecycleReport, rfmReport } from "../../src/reports";
import { errorCell } from "../../src/cells/errorCell";
import { sampleOrders } from "../../taskpane/preview/sampleData";

const BASE = ["C001", "Zoé", "k-7", 42];
/** Spellings of base id b that the id rule reads as b (case, spaces, NFC, invisible characters). */
const variant = (b: string | number, v: number): string | number => {
  if (typeof b === "number") return [b, String(b), ` ${b} `][v % 3]!;
  return [
    b,
    b.toLowerCase(),
    ` ${b.toUpperCase()}`,
    `\u00a0${b}\u200b`,
    `\ufeff${b.normalize("NFD")}`,
    `${b}\u2060 `,
  ][v % 6]!;
};
const BAD_IDS = [null, "", "  ", "\u200b", errorCell("#N/A")];
const BAD_DATES = ["someday", "2023-02-29", 60, errorCell("#REF!"), -3];
const DAY0 = 45292; // 2024-01-01

interface Row {
  id: unknown;
  date: unknown;
  amount: unknown;
  /** Base id index when the id is valid; the day when the date is valid; the amount's value. */
  who: number | undefined;
  day: number | undefined;
  value: number | undefined;
}

const rowArb = fc
  .record({
    who: fc.integer({ min: 0, max: BASE.length - 1 }),
    v: fc.nat(),
    badId: fc.integer({ min: 0, max: 15 }),
    day: fc.integer({ min: 0, max: 700 }),
    dateKind: fc.integer({ min: 0, max: 12 }),
    cents: fc.integer({ min: 1, max: 200000 }),
    amountKind: fc.integer({ min: 0, max: 12 }),
  })
  .map((r): Row => {
    const idOk = r.badId > 0;
    const dateOk = r.dateKind > 0;
    const day = DAY0 + r.day;
    const x = r.cents / 100;
    const iso = new Date((day - 25569) * 86400000).toISOString().slice(0, 10);
    const date = !dateOk ? BAD_DATES[r.day % BAD_DATES.length] : r.dateKind % 3 === 0 ? iso : day;
    // Amounts: numbers, text numbers with separators and currencies, refunds, unreadable text.
    const kinds: [unknown, number | undefined][] = [
      ["abc", undefined],
      [x, x],
      [-x, -x],
      [String(x), x],
      [`¥${x}`, x],
      [`(${x.toFixed(2)})`, -x],
      [`USD ${x.toLocaleString("en-US", { minimumFractionDigits: 2 })}`, x],
      [x, x],
      [`${x} 元`, x],
      [x, x],
      [0, 0],
      [x, x],
      [errorCell("#DIV/0!"), undefined],
    ];
    const [amount, value] = kinds[r.amountKind]!;
    return {
      id: idOk ? variant(BASE[r.who]!, r.v) : BAD_IDS[r.v % BAD_IDS.length],
      date,
      amount,
      who: idOk ? r.who : undefined,
      day: dateOk ? day : undefined,
      value,
    };
  });

/** The preview's sample export (so the CLV report can fit), always present, ids of its own. */
const SAMPLE = sampleOrders(300).values.slice(1);
const SAMPLE_IDS = [...new Set(SAMPLE.map((r) => r[0] as string))];
const FIXED: Row[] = SAMPLE.map((r) => ({
  id: r[0],
  date: r[1],
  amount: r[3],
  who: BASE.length + SAMPLE_IDS.indexOf(r[0] as string),
  day: r[1] as number,
  value: r[3] as number,
}));

describe("one reading of purchases on every path (issue 9)", () => {
  it("property: same customers, counts and rejections in the three formulas and the three reports", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 40 }), async (random) => {
        const data = [...FIXED, ...random];
        const ids = data.map((r) => r.id);
        const dates = data.map((r) => r.date);
        const amounts = data.map((r) => r.amount);
        // Expected, from how the rows were made.
        const used = data.map((r) => r.who !== undefined && r.day !== undefined && r.value !== undefined);
        const purchases = new Map<number, number[]>();
        data.forEach((r, i) => {
          if (used[i] && r.value! > 0) purchases.set(r.who!, [...(purchases.get(r.who!) ?? []), r.day!]);
        });
        const order: number[] = [];
        data.forEach((r, i) => {
          if (used[i] && purchases.has(r.who!) && !order.includes(r.who!)) order.push(r.who!);
        });
        const badRows = data.flatMap((r, i) => (!used[i] ? [i + 1] : []));
        const noPurchaseRows = data.flatMap((r, i) => (used[i] && !purchases.has(r.who!) ? [i + 1] : []));
        const rejectedRows = [...badRows, ...noPurchaseRows].sort((a, b) => a - b);
        // Shown: the first spelling in the column, invisible characters as spaces, trimmed, NFC.
        const clean = (v: unknown) =>
          String(v)
            .replace(/[\u00a0\u200b\u2060\ufeff]/g, " ")
            .trim()
            .normalize("NFC");
        const shown = (c: number) => {
          const first = data.find((r) => r.who === c)!.id;
          return typeof first === "number" ? String(first) : clean(first);
        };
        const expectedIds = order.map(shown);
        const freq = order.map((c) => purchases.get(c)!.length);
        const repeatDays = order.map((c) => new Set(purchases.get(c)).size - 1);

        // The three formulas.
        const rfm = (await callExcel("RFM.TABLE", [
          ids,
          dates,
          amounts,
          null,
          null,
          null,
          null,
          "en",
        ])) as unknown[][];
        const clv = (await callExcel("CLV.SUMMARY", [
          ids,
          dates,
          amounts,
          null,
          "days",
          "en",
        ])) as unknown[][];
        const coh = (await callExcel("CHURN.COHORTS", [
          ids,
          dates,
          null,
          null,
          "en",
          null,
          amounts,
        ])) as unknown[][];
        const body = (t: unknown[][]) => t.slice(1).filter((r) => !String(r[0]).startsWith("Note:"));
        const note = (t: unknown[][]) => String(t.find((r) => String(r[0]).startsWith("Note:"))?.[0] ?? "");
        expect(body(rfm).map((r) => String(r[0]))).toEqual(expectedIds);
        expect(body(rfm).map((r) => r[3])).toEqual(freq);
        expect(body(clv).map((r) => String(r[0]))).toEqual(expectedIds);
        expect(body(clv).map((r) => r[1])).toEqual(repeatDays);
        expect(body(coh).reduce((s, r) => s + (r[1] as number), 0)).toBe(expectedIds.length);
        const count = rejectedRows.length;
        for (const t of [rfm, clv, coh]) {
          if (count === 0) expect(note(t)).not.toMatch(/rows not used/);
          else {
            expect(note(t)).toMatch(
              new RegExp(`^Note: ${count} of ${data.length} rows not used\\. Row ${rejectedRows[0]}: `),
            );
          }
        }
        // The three pane reports (sheet rows: the data starts on row 2).
        const input = { ids, dates, amounts, firstRow: 2 };
        const reports = [rfmReport(input, "en"), lifecycleReport(input, "en"), clvReport(input, "en")];
        for (const r of reports) {
          expect(r.rows.map((row) => String(row[0]))).toEqual(expectedIds);
          const skipped = r.skipped.filter((s) => !/^(Refund|Amount 0)/.test(s.reason)).map((s) => s.row - 1);
          expect(skipped).toEqual(rejectedRows);
        }
        expect(reports[0]!.rows.map((row) => row[3])).toEqual(freq); // the RFM row layout: frequency is column 3
        expect(reports[2]!.rows.map((row) => row[2])).toEqual(repeatDays);
      }),
      { seed: 2026, numRuns: 30 },
    );
  }, 120000);
});
