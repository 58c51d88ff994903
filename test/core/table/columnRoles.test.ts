import { guessColumnRoles } from "../../../src/table";

describe("guessColumnRoles", () => {
  it("reads the doc example", () => {
    expect(guessColumnRoles(["Customer ID", "Order Date", "Order No", "Revenue"])).toEqual({
      customerId: 0,
      date: 1,
      orderId: 2,
      amount: 3,
    });
  });
  it("reads the R rfm sample's and the CDNOW-style headers", () => {
    expect(
      guessColumnRoles(["customer_id", "order_date", "revenue", "first_name", "last_name", "email"]),
    ).toEqual({
      customerId: 0,
      date: 1,
      amount: 2,
    });
    expect(guessColumnRoles(["customer_id", "order_date", "order_id", "amount"])).toEqual({
      customerId: 0,
      date: 1,
      orderId: 2,
      amount: 3,
    });
  });
  it("reads Chinese exports", () => {
    expect(guessColumnRoles(["订单编号", "客户编号", "下单日期", "实付"])).toEqual({
      orderId: 0,
      customerId: 1,
      date: 2,
      amount: 3,
    });
    expect(guessColumnRoles(["客户", "日期", "金额"])).toEqual({ customerId: 0, date: 1, amount: 2 });
  });
  describe("edge cases", () => {
    it("no header, no guess", () => expect(guessColumnRoles(["Column 1", "Column 2"])).toEqual({}));
    it("empty", () => expect(guessColumnRoles([])).toEqual({}));
    it("a column gets one role at most", () => {
      const r = guessColumnRoles(["date", "date"]);
      expect(r).toEqual({ date: 0 });
    });
  });
});
