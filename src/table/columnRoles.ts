/**
 * Which column of a pasted export holds what: customer id, date, amount, order id. Exports from
 * CRMs and shops name them in many ways, in English and Chinese; the task pane proposes this
 * guess and the user can change it. Matching is on the header text, case-insensitive, ignoring
 * spaces, "_" and "-"; the first column matching a role's most specific pattern wins, and a
 * column gets one role at most. Without a header, nothing is guessed.
 *
 * Cost O(columns × patterns).
 *
 * @example
 * guessColumnRoles(["Customer ID", "Order Date", "Order No", "Revenue"])
 * // => { customerId: 0, date: 1, orderId: 2, amount: 3 }
 */
export type ColumnRole = "customerId" | "date" | "amount" | "orderId";

export type ColumnRoles = Partial<Record<ColumnRole, number>>;

/** Patterns per role, most specific first (normalised header text). */
const PATTERNS: Readonly<Record<ColumnRole, readonly RegExp[]>> = {
  orderId: [
    /^(order|invoice|transaction)(id|no|number|code)$/,
    /^(订单|单据|交易)(编号|号|id)$/,
    /^(order|invoice|订单)$/,
  ],
  customerId: [
    /^(customer|client|member|buyer|user)(id|no|number|code)$/,
    /^(客户|会员|顾客|用户)(编号|号|id|代码)$/,
    /^(customer|client|member|buyer|客户|会员|顾客)$/,
    /^(customer|client)(name)$/,
    /^id$/,
  ],
  date: [
    /^(order|purchase|transaction|invoice)?(date|day|time)$/,
    /^(订单|购买|交易|消费|下单)?(日期|时间)$/,
    /date|日期/,
  ],
  amount: [
    /^(amount|revenue|sales|value|total|spend|price|payment|monetary)$/,
    /^(金额|消费金额|销售额|收入|实付|付款|总额|订单金额)$/,
    /amount|revenue|sales|金额/,
  ],
};

const ORDER: readonly ColumnRole[] = ["orderId", "customerId", "date", "amount"];

function normalise(h: string): string {
  return h.toLowerCase().replace(/[\s_\-.]/g, "");
}

export function guessColumnRoles(headers: readonly string[]): ColumnRoles {
  const names = headers.map(normalise);
  const taken = new Set<number>();
  const roles: ColumnRoles = {};
  for (const role of ORDER) {
    for (const pattern of PATTERNS[role]) {
      const i = names.findIndex((n, j) => !taken.has(j) && pattern.test(n));
      if (i >= 0) {
        roles[role] = i;
        taken.add(i);
        break;
      }
    }
  }
  return roles;
}
