/**
 * The preview's in-memory workbook running the lifecycle and CLV analyses end to end
 * (read → core → write): the source sheet is unchanged, each result goes to its own new sheet
 * with the customer table, the summary block and a chart of it.
 */
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { sampleOrders } from "../../taskpane/preview/sampleData";
import { clvSheet, lifecycleSheet } from "../../taskpane/reportSheet";
import { createI18n } from "../../taskpane/i18n";
import { clvReport, lifecycleReport, TransactionColumns } from "../../src/reports";
import { cdnowTransactions } from "../core/clv/cdnowData";
import { codeOf, errorOf } from "../helpers/errors";

async function setUp() {
  const source = sampleOrders();
  const before = JSON.stringify(source.values);
  const book = new MemoryWorkbookAdapter([source]);
  const read = (await book.readSelection())!;
  const body = read.values.slice(1);
  const input: TransactionColumns = {
    ids: body.map((r) => r[0]),
    dates: body.map((r) => r[1]),
    amounts: body.map((r) => r[3]),
    orderIds: body.map((r) => r[2]),
    firstRow: 2,
  };
  return { source, before, book, read, body, input };
}

test("lifecycle writes its own sheet (zh name) with a chart; the source is untouched", async () => {
  const { before, book, read, input } = await setUp();
  const i18n = createI18n("zh");
  const life = lifecycleReport(input, "zh");
  const progress: number[] = [];
  const a = await book.writeReport(lifecycleSheet(life, read.address, i18n.t), (done) => progress.push(done));
  expect(a).toBe("生命周期");
  expect(progress.at(-1)).toBe(life.customers);
  expect(JSON.stringify(book.sheets[0]!.values)).toBe(before);
  const lifeSheet = book.sheets[1]!;
  expect(lifeSheet.values[0]).toEqual([`${read.address} 的生命周期分类`]);
  expect(lifeSheet.values[1]![0]).toBe(life.parameters);
  expect(lifeSheet.values[3]!.slice(0, 6)).toEqual(life.header);
  expect(lifeSheet.values.length).toBe(4 + life.customers);
  expect(lifeSheet.charts).toEqual([{ title: "各生命周期阶段的客户数", categories: 5 }]);
  const stageCounts = lifeSheet.values.slice(4, 9).map((r) => r[8] as number);
  expect(stageCounts.reduce((s, x) => s + x, 0)).toBe(life.customers);
  expect(lifeSheet.values.slice(4, 9).map((r) => r[7])).toEqual([
    "考察期",
    "形成期",
    "稳定期",
    "退化期",
    "终止",
  ]);
});

test("CLV on a CDNOW sheet writes its own sheet with a chart; the source is untouched", async () => {
  const c = cdnowTransactions();
  const values: unknown[][] = [
    ["id", "date", "amount"],
    ...c.ids.map((id, i) => [id, c.days[i], c.amounts[i]]),
  ];
  const before = JSON.stringify(values);
  const book = new MemoryWorkbookAdapter([{ name: "CDNOW", values }]);
  const read = (await book.readSelection())!;
  const body = read.values.slice(1);
  const clv = clvReport(
    {
      ids: body.map((r) => r[0]),
      dates: body.map((r) => r[1]),
      amounts: body.map((r) => r[2]),
      asOf: "1997-09-30",
      firstRow: 2,
    },
    "zh",
  );
  const i18n = createI18n("zh");
  const [a, b] = [
    await book.writeReport(clvSheet(clv, read.address, i18n.t)),
    await book.writeReport(clvSheet(clv, read.address, i18n.t)),
  ];
  expect([a, b]).toEqual(["客户终身价值", "客户终身价值 (2)"]);
  expect(JSON.stringify(book.sheets[0]!.values)).toBe(before);
  const out = book.sheets[1]!;
  expect(out.values[0]).toEqual([`${read.address} 的客户终身价值预测`]);
  expect(out.values[1]![0]).toMatch(/^校准期结束 1997-09-30 · 时间单位：周 · BG\/NBD r=0\.24/);
  expect(out.values[3]!.slice(0, 9)).toEqual(clv.header);
  expect(out.values.length).toBe(4 + clv.customers);
  expect(out.charts).toEqual([{ title: "各存活概率分段的客户数", categories: 5 }]);
  const bandCounts = out.values.slice(4, 9).map((r) => r[11] as number);
  expect(bandCounts.reduce((s, x) => s + x, 0)).toBe(clv.customers);
});

test("CLV on the preview's sample: the data follow BG/NBD (r 0.6, α 5 weeks, a 0.8, b 2.5), so the fit succeeds near them", async () => {
  const { input, body } = await setUp();
  const clv = clvReport(input, "en");
  expect(clv.customers).toBe(new Set(body.filter((r) => (r[3] as number) > 0).map((r) => r[0])).size);
  const [r, alpha, a, b] = ["r", "α", "a", "b"].map((k) =>
    Number(new RegExp(` ${k}=([0-9.]+)`).exec(clv.parameters)![1]),
  );
  // 300 customers: a loose check that the fit found the generating process, not a boundary.
  expect(r).toBeGreaterThan(0.3);
  expect(r).toBeLessThan(1.2);
  expect(alpha).toBeGreaterThan(2.5);
  expect(alpha).toBeLessThan(10);
  expect(a).toBeGreaterThan(0.3);
  expect(b).toBeGreaterThan(1);
});

test("CLV on purchases with no dropout at all (everyone buys every 14 days to the end): the fit's error, in words", () => {
  const ids: string[] = [];
  const dates: number[] = [];
  const amounts: number[] = [];
  for (let c = 0; c < 40; c++) {
    for (let day = 45292 + 7 * c; day <= 46022; day += 14) {
      ids.push(`C${c}`);
      dates.push(day);
      amounts.push(20);
    }
  }
  const input: TransactionColumns = { ids, dates, amounts, firstRow: 2 };
  expect(codeOf(() => clvReport(input, "en"))).toBe("numeric");
  expect(errorOf(() => clvReport(input, "zh")).messageIn("zh")).toMatch(/拟合/);
});
