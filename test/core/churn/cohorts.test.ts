import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { cohortRetention } from "../../../src/churn/cohorts";
import { codeOf, errorOf } from "../../helpers/errors";
import { readReferenceData } from "../../helpers/data";
import { deepFreeze, expectClose } from "../../helpers/tolerance";

/** Excel 1900 serial of a day after 1900-02-28: days since 1970-01-01 + 25569 (Excel's serial of 1970-01-01). */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

function readCdnow(): { ids: string[]; dates: number[] } {
  const ids: string[] = [];
  const dates: number[] = [];
  for (const line of readReferenceData("cdnow/CDNOW_sample.txt").split("\n")) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 5) continue;
    const ymd = cols[2] as string;
    ids.push(cols[1] as string);
    dates.push(serial(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8))));
  }
  return { ids, dates };
}

/** The R reference (fixtures/cdnow_cohorts.R): cohort code, size, active counts by offset. */
function readReference(unit: string): { size: number; counts: number[] }[] {
  const text = fs.readFileSync(path.join(__dirname, "fixtures", `cdnow_cohorts_${unit}.csv`), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(",").map(Number))
    .map(([, size, ...counts]) => ({ size: size as number, counts }));
}

describe("cohortRetention", () => {
  it("CDNOW sample (6,919 purchases, 2,357 customers) matches base R, by month and by quarter", () => {
    const { ids, dates } = readCdnow();
    expect(ids).toHaveLength(6919);
    for (const unit of ["month", "quarter"] as const) {
      const table = cohortRetention(ids, dates, unit);
      const ref = readReference(unit);
      expect(table.sizes).toEqual(ref.map((r) => r.size));
      table.active.forEach((row, i) => {
        expect(row).toEqual(ref[i]!.counts.slice(0, row.length));
        expect(ref[i]!.counts.slice(row.length).every((c) => c === 0)).toBe(true);
      });
    }
    const monthly = cohortRetention(ids, dates, "month");
    expect(monthly.cohorts).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(monthly.starts).toEqual([serial(1997, 1, 1), serial(1997, 2, 1), serial(1997, 3, 1)]);
    expect(monthly.active.map((r) => r.length)).toEqual([18, 17, 16]); // observed to June 1998
    expectClose(monthly.retention[0]![1]!, 124 / 781, 1e-15);
    expect(cohortRetention(ids, dates, "quarter").cohorts).toEqual(["1997-Q1"]);
  });

  it("hand-computed: doc example and a two-cohort case", () => {
    expect(cohortRetention(["a", "b", "a"], [45292, 45300, 45352]).retention).toEqual([[1, 0, 0.5]]);
    // Jan: a, b; Feb: c; a buys in Feb twice, c in Mar, b never again.
    const t = cohortRetention(
      deepFreeze(["a", "b", "a", "a", "c", "c", 7, 7]),
      deepFreeze([
        serial(2024, 1, 5),
        serial(2024, 1, 9),
        serial(2024, 2, 1),
        serial(2024, 2, 20),
        serial(2024, 2, 2),
        serial(2024, 3, 31),
        serial(2024, 3, 1),
        serial(2024, 3, 2),
      ]),
    );
    expect(t.cohorts).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(t.sizes).toEqual([2, 1, 1]);
    expect(t.active).toEqual([[2, 1, 0], [1, 1], [1]]);
    expect(t.retention).toEqual([[1, 0.5, 0], [1, 1], [1]]);
  });

  it("property: row order does not matter; column 0 is 1; sizes add up to the customers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 45000, max: 46000 })), {
          minLength: 1,
          maxLength: 300,
        }),
        (rows) => {
          const ids = rows.map(([c]) => `c${c}`);
          const dates = rows.map(([, d]) => d);
          const t = cohortRetention(ids, dates);
          const rev = cohortRetention([...ids].reverse(), [...dates].reverse());
          expect(rev).toEqual(t);
          expect(t.sizes.reduce((a, b) => a + b, 0)).toBe(new Set(ids).size);
          t.retention.forEach((row) => {
            expect(row[0]).toBe(1);
            row.forEach((x) => expect(x >= 0 && x <= 1).toBe(true));
          });
        },
      ),
      { seed: 73 },
    );
  });

  describe("edge cases", () => {
    it("1 and '1' are one customer; a fractional serial is its day", () => {
      const t = cohortRetention([1, "1"], [serial(2024, 1, 31) + 0.99, serial(2024, 2, 1)]);
      expect(t.sizes).toEqual([1]);
      expect(t.active).toEqual([[1, 1]]);
    });
    it("quarters group months; dates before 1900-03-01 work", () => {
      const t = cohortRetention(["x", "x"], [1, 91], "quarter"); // 1900-01-01 and 1900-03-31
      expect(t.cohorts).toEqual(["1900-Q1"]);
      expect(t.starts).toEqual([1]);
    });
    it("bad input is invalid with the row named, both languages", () => {
      expect(codeOf(() => cohortRetention([], []))).toBe("invalid");
      expect(codeOf(() => cohortRetention(["a"], [1, 2]))).toBe("invalid");
      expect(codeOf(() => cohortRetention(["a"], [60]))).toBe("invalid");
      expect(codeOf(() => cohortRetention(["a"], [NaN]))).toBe("invalid");
      expect(codeOf(() => cohortRetention(["a"], [45000], "week" as "month"))).toBe("invalid");
      const e = errorOf(() => cohortRetention(["a", " "], [45000, 45001]));
      expect(e.messageIn("en")).toMatch(/Row 2/);
      expect(e.messageIn("zh")).toMatch(/第 2 行/);
    });
  });
});
