/**
 * `crm-analytics`: the add-in's definitions (RFM, CLV summaries, model fits and scores) on CSV or
 * Parquet files of any size, through DuckDB; `sql` prints the same definitions as SQL for a
 * warehouse (issue 14). Progress goes to stderr, results to files (or stdout for `sql` and `fit`).
 * Exit codes: 0 done, 1 the data or the model refused (message says what to fix), 2 bad usage.
 */
import { CrmError, Lang } from "../src/errors";
import { SQL_DIALECTS } from "../src/sql/dialect";
import { UsageError, parseArgs } from "./args";
import { DataError } from "./io";
import { Say, fitCommand, rfmCommand, scoreCommand, sqlCommand, summaryCommand } from "./commands";

const HELP = {
  en: `crm-analytics — CRM Analytics for Excel on files of any size (DuckDB)

Usage: crm-analytics <command> <input.csv|input.parquet> [options]

Commands:
  rfm      RFM table (scores, code, segment, type, value tier) per customer   --out rfm.parquet
  summary  compressed calibration summary (x, t_x, T, customers)            --out summary.csv
           --per-customer: one row per customer; --gamma-gamma: (x, mean spend) of repeaters
           (--spend-decimals k: compressed to (x, spend rounded, customers))
  fit      fit BG/NBD (--model bgnbd|pnbd|all) and Gamma-Gamma on the summary  [--out params.json]
           (input: transactions, or a compressed summary written by "summary"; --spend <file>)
  score    P(alive), expected purchases, spend, CLV per customer  --params params.json --out scores.parquet
  sql      print the SQL for a warehouse: --dialect ${SQL_DIALECTS.join("|")} --piece rfm|summary|compressed|gammagamma|score|checks

Columns: --customer customer_id --date order_date --amount amount [--order order_id]
RFM:     --as-of YYYY-MM-DD --period-start YYYY-MM-DD --bins 5 --method quantile|rfm
         --recency-unit days|weeks|months --tier-cuts 0.05,0.15,0.3 --no-nfc --lang en|zh
         --per-spelling (the default: ids normalised once per spelling, M a sum of sums)
CLV:     --unit weeks --calibration-end YYYY-MM-DD --holdout-end YYYY-MM-DD --merge-days 1 --decimals k
Score:   --horizon 52 (model units) --periods 12 --period-unit months --discount 0.1 --margin 1
sql:     --table <name as the warehouse spells it> (default transactions)

Output: .csv, .parquet, or .xlsx when the result fits a sheet. Exit codes: 0 done, 1 data/model error, 2 usage.
Example: crm-analytics rfm tx.parquet --out rfm.parquet --as-of 2024-12-31
`,
  zh: `crm-analytics —— 在任意大小的文件上运行 CRM Analytics for Excel 的定义（DuckDB）

用法：crm-analytics <命令> <输入.csv|输入.parquet> [选项]

命令：
  rfm      每位客户的 RFM 表（得分、代码、细分、类型、价值层级）        --out rfm.parquet
  summary  压缩的校准期摘要（x、t_x、T、客户数）                       --out summary.csv
           --per-customer：每位客户一行；--gamma-gamma：重复购买客户的 (x, 平均消费额)
           （--spend-decimals k：压缩为 (x, 四舍五入后的消费额, 客户数)）
  fit      在摘要上拟合 BG/NBD（--model bgnbd|pnbd|all）和 Gamma-Gamma   [--out params.json]
           （输入：交易记录，或 summary 生成的压缩摘要；--spend <文件>）
  score    每位客户的存活概率、预期购买次数、消费额、CLV  --params params.json --out scores.parquet
  sql      输出可在数据仓库运行的 SQL：--dialect ${SQL_DIALECTS.join("|")} --piece rfm|summary|compressed|gammagamma|score|checks

列：     --customer customer_id --date order_date --amount amount [--order order_id]
RFM：    --as-of YYYY-MM-DD --period-start YYYY-MM-DD --bins 5 --method quantile|rfm
         --recency-unit days|weeks|months --tier-cuts 0.05,0.15,0.3 --no-nfc --lang en|zh
         --per-spelling（默认：每种编号写法只规范化一次，M 为分组和之和）
CLV：    --unit weeks --calibration-end YYYY-MM-DD --holdout-end YYYY-MM-DD --merge-days 1 --decimals k
评分：   --horizon 52（模型单位）--periods 12 --period-unit months --discount 0.1 --margin 1
sql：    --table <数据仓库中的表名>（默认 transactions）

输出：.csv、.parquet，或结果不超过一个工作表时的 .xlsx。退出码：0 完成，1 数据/模型错误，2 用法错误。
示例：crm-analytics rfm tx.parquet --out rfm.parquet --as-of 2024-12-31
`,
};

export async function main(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf("--lang");
  let lang: Lang = argv.includes("--lang=zh") || (at >= 0 && argv[at + 1] === "zh") ? "zh" : "en";
  const err = (en: string, zh: string) => process.stderr.write(`crm-analytics: ${lang === "zh" ? zh : en}\n`);
  try {
    const args = parseArgs(argv);
    const say: Say = (en, zh) => {
      if (!args.flags.has("quiet")) process.stderr.write(`crm-analytics: ${lang === "zh" ? zh : en}\n`);
    };
    if (!args.command || args.flags.has("help") || args.command === "help") {
      process.stdout.write(HELP[lang]);
      return args.command && args.command !== "help" && !args.flags.has("help") ? 2 : 0;
    }
    switch (args.command) {
      case "rfm":
        await rfmCommand(args, say, lang);
        return 0;
      case "summary":
        await summaryCommand(args, say);
        return 0;
      case "fit":
        await fitCommand(args, say);
        return 0;
      case "score":
        await scoreCommand(args, say);
        return 0;
      case "sql":
        sqlCommand(args, lang);
        return 0;
      default:
        throw new UsageError(
          `Unknown command "${args.command}": use rfm, summary, fit, score or sql (crm-analytics --help).`,
          `未知命令 "${args.command}"：请使用 rfm、summary、fit、score 或 sql（crm-analytics --help）。`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) return (err(e.en, e.zh), 2);
    if (e instanceof DataError) return (err(e.en, e.zh), 1);
    if (e instanceof CrmError) return (err(e.text.en, e.text.zh), e.code === "invalid" ? 2 : 1);
    const msg = e instanceof Error ? e.message : String(e);
    err(`the engine refused: ${msg}`, `引擎报错：${msg}`);
    return 1;
  }
}
