/**
 * Real engines for the SQL agreement tests: DuckDB through its official Node package, and a
 * PostgreSQL server started for the test from Debian's binaries (initdb and postgres refuse to
 * run as root, so they run as the `postgres` user via runuser, in a temporary data directory,
 * listening only on a Unix socket in that directory; stopped and removed afterwards). Queries go
 * through `psql --csv`, so no npm client is needed.
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export type Row = Record<string, string | number | null>;

/** Transactions as the tests write them: text ids (null = no id), ISO dates, amounts, order ids. */
export interface Transactions {
  readonly ids: readonly (string | null)[];
  readonly dates: readonly string[];
  readonly amounts: readonly number[];
  readonly orders?: readonly (string | null)[];
}

const quote = (v: string | null) => (v === null ? "" : `"${v.replace(/"/g, '""')}"`);

/** A CSV file of the transactions (every text quoted, so spaces and blanks survive). */
export function writeTransactionsCsv(t: Transactions, file: string): void {
  const head = t.orders ? "customer_id,order_date,amount,order_id" : "customer_id,order_date,amount";
  const lines = t.ids.map(
    (id, i) =>
      `${quote(id)},${t.dates[i]},${String(t.amounts[i])}${t.orders ? `,${quote(t.orders[i] ?? null)}` : ""}`,
  );
  fs.writeFileSync(file, [head, ...lines].join("\n") + "\n");
}

function normalise(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "toString" in v) return String(v);
  return v as string | number;
}

export class DuckDb {
  private constructor(private readonly connection: DuckDBConnection) {}
  /**
   * One thread, so DuckDB adds each customer's amounts in file order, as the core does (with
   * several threads partial sums combine in any order, and M can differ in the last bit: a
   * customer whose M ties another's to the cent can then land on the other side of a break).
   */
  static async open(): Promise<DuckDb> {
    const db = await DuckDBInstance.create(":memory:", { threads: "1" });
    return new DuckDb(await db.connect());
  }
  async load(table: string, csv: string, withOrders: boolean): Promise<void> {
    const types = `{'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE'${withOrders ? ", 'order_id': 'VARCHAR'" : ""}}`;
    await this.connection.run(
      `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv('${csv}', header = true, types = ${types}, quote = '"', escape = '"')`,
    );
  }
  async query(sql: string): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((r) => {
      const out: Row = {};
      for (const [k, v] of Object.entries(r)) out[k] = normalise(v);
      return out;
    });
  }
}

/** The directory of PostgreSQL's server binaries, or undefined when none is installed. */
export function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return undefined;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(root, v, "bin");
    if (fs.existsSync(path.join(bin, "initdb")) && fs.existsSync(path.join(bin, "pg_ctl"))) return bin;
  }
  return undefined;
}

export class Postgres {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    private readonly port: number,
  ) {}

  /** initdb (UTF-8, C.UTF-8 so LOWER folds beyond ASCII) and start on a socket in a temp dir. */
  static start(bin: string): Postgres {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-pg-"));
    fs.chmodSync(dir, 0o755);
    execFileSync("chown", ["postgres:postgres", dir]);
    const as = (cmd: string, args: string[]) =>
      execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { stdio: "pipe" });
    const data = path.join(dir, "data");
    as("initdb", ["-D", data, "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust", "-U", "postgres"]);
    const port = 20000 + (process.pid % 20000);
    as("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off`,
      "start",
    ]);
    return new Postgres(bin, dir, port);
  }

  stop(): void {
    try {
      execFileSync(
        "runuser",
        [
          "-u",
          "postgres",
          "--",
          path.join(this.bin, "pg_ctl"),
          "-D",
          path.join(this.dir, "data"),
          "-m",
          "fast",
          "-w",
          "stop",
        ],
        { stdio: "pipe" },
      );
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private psql(args: string[], input?: string): string {
    return execFileSync(
      path.join(this.bin, "psql"),
      [
        "-h",
        this.dir,
        "-p",
        String(this.port),
        "-U",
        "postgres",
        "-d",
        "postgres",
        "-v",
        "ON_ERROR_STOP=1",
        "-X",
        "-q",
        ...args,
      ],
      { input, encoding: "utf8", maxBuffer: 1 << 30 },
    );
  }

  load(table: string, csv: string, withOrders: boolean): void {
    this.psql(
      [],
      `SET client_min_messages = warning;
DROP TABLE IF EXISTS ${table};
CREATE TABLE ${table} (customer_id TEXT, order_date DATE, amount DOUBLE PRECISION${withOrders ? ", order_id TEXT" : ""});
\\copy ${table} FROM '${csv}' WITH (FORMAT csv, HEADER true)
`,
    );
  }

  /** Rows of a query, numbers parsed (PostgreSQL ≥ 12 prints doubles exactly, shortest form). */
  query(sql: string, numeric: readonly string[]): Row[] {
    const out = this.psql(["--csv"], sql);
    const rows = parseCsv(out);
    const head = rows.shift() ?? [];
    return rows.map((cells) => {
      const r: Row = {};
      head.forEach((h, i) => {
        const v = cells[i] ?? "";
        r[h] = v === "" ? null : numeric.includes(h) ? Number(v) : v;
      });
      return r;
    });
  }
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    cell = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(cell), (cell = ""));
    else if (ch === "\n") (row.push(cell), rows.push(row), (row = []), (cell = ""));
    else cell += ch;
  }
  if (cell !== "" || row.length) (row.push(cell), rows.push(row));
  return rows;
}
