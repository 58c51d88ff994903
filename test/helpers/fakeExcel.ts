/**
 * A recording fake of the part of the Excel JavaScript API the adapter uses: Excel.run, the
 * request context (sync, application), worksheets, ranges, tables, charts, conditional formats.
 * It records every property set, method call and sync in order (with the JSON size of each
 * request), and it keeps the cells the way Excel would store an entry:
 *
 * - in a cell formatted as Text ("@") a string is stored as that text;
 * - otherwise a string starting with "=", "+" or "@" becomes a formula, "-2" or "00123" becomes a
 *   number, as Office.js documents for Range.values ("If the value starts with a plus, minus, or
 *   equal sign, Excel interprets this value as a formula") and as Excel parses a typed entry.
 *
 * Loaded properties (values, valueTypes, address, …) can be read only after load + sync, as in
 * Office.js: reading one before throws. Written independently of the adapter (it shares no code).
 */

export type Entry =
  | { kind: "set"; target: string; prop: string; value: unknown }
  | { kind: "call"; target: string; method: string; args: unknown[] }
  | { kind: "sync"; bytes: number };

export interface FakeCell {
  value: unknown;
  format: string;
  formula?: string;
  error?: string;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: { text: string };
  legend: { visible: boolean; position: string };
  axes: {
    categoryAxis: { title: { text: string }; numberFormat: string };
    valueAxis: { title: { text: string }; numberFormat: string };
  };
  position?: { from: [number, number]; to: [number, number] };
}

export interface FakeTable {
  address: string;
  hasHeaders: boolean;
  name: string;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
  showHeaders: boolean;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  colorScale: { criteria: unknown };
}

const letters = (n: number): string => {
  let s = "";
  for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** How Excel stores a value entered into a cell with number format `format`. */
export function excelEntry(value: unknown, format: string): FakeCell {
  if (typeof value !== "string" || format === "@") return { value, format };
  if (/^[=+@]/.test(value)) return { value: "(formula result)", format, formula: value };
  if (value.trim() !== "" && Number.isFinite(Number(value))) return { value: Number(value), format };
  if (value.startsWith("-")) return { value: "(formula result)", format, formula: `=${value}` };
  return { value, format };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly charts: FakeChart[] = [];
  readonly tables: FakeTable[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  frozenRows = 0;
  deleted = false;
  /** Rows of a source sheet kept as given (see FakeWorkbook.addSourceSheet); cells written later win. */
  rows: readonly (readonly unknown[])[] | undefined;
  /** Worksheet custom properties. */
  readonly properties = new Map<string, string>();
  constructor(
    readonly book: FakeWorkbook,
    public name: string,
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    const stored = this.cells.get(`${r},${c}`);
    if (stored || !this.rows) return stored;
    const v = this.rows[r]?.[c];
    return v === undefined || v === "" ? undefined : { value: v, format: "General" };
  }

  /** The stored values of rows × columns from (0, 0), "" where empty. */
  grid(rows: number, cols: number): unknown[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => this.cell(r, c)?.value ?? ""),
    );
  }

  /** The Office.js face of this sheet. */
  api(): unknown {
    const sheet = this;
    const book = this.book;
    const target = () => sheet.name;
    return {
      get name() {
        return sheet.name;
      },
      set name(v: string) {
        book.record({ kind: "set", target: target(), prop: "name", value: v });
        if (book.sheets.some((o) => o !== sheet && !o.deleted && o.name.toLowerCase() === v.toLowerCase()))
          throw new Error(`fake: sheet ${v} exists`);
        sheet.name = v;
      },
      customProperties: {
        add: (key: string, value: string) => {
          book.record({ kind: "call", target: target(), method: "customProperties.add", args: [key, value] });
          sheet.properties.set(key, value);
        },
        getItemOrNullObject: (key: string) => ({
          load() {
            return this;
          },
          get isNullObject() {
            return !sheet.properties.has(key);
          },
          get value() {
            return sheet.properties.get(key);
          },
        }),
      },
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => rangeApi(sheet, r, c, h, w),
      isNullObject: false,
      load() {
        return this;
      },
      /** The rectangle from the first to the last non-empty cell, as Excel's used range (values only). */
      getUsedRangeOrNullObject: () => {
        const keys = [...sheet.cells.entries()]
          .filter(([, v]) => v.value !== "")
          .map(([k]) => k.split(",").map(Number));
        if (keys.length === 0) return nullRange();
        const rs = keys.map((k) => k[0]!);
        const cs = keys.map((k) => k[1]!);
        const [r0, c0] = [Math.min(...rs), Math.min(...cs)];
        return rangeApi(sheet, r0, c0, Math.max(...rs) - r0 + 1, Math.max(...cs) - c0 + 1);
      },
      getRange: (a: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(a);
        if (!m) throw new Error(`fake: unsupported address ${a}`);
        const col = [...m[1]!].reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        return rangeApi(sheet, Number(m[2]) - 1, col, 1, 1);
      },
      activate: () => book.record({ kind: "call", target: target(), method: "activate", args: [] }),
      delete: () => {
        book.record({ kind: "call", target: target(), method: "delete", args: [] });
        sheet.deleted = true;
      },
      freezePanes: {
        freezeRows: (n: number) => {
          book.record({ kind: "call", target: target(), method: "freezeRows", args: [n] });
          sheet.frozenRows = n;
        },
      },
      tables: {
        add: (source: string | FakeRange, hasHeaders: boolean) => {
          const address = typeof source === "string" ? source : source.address;
          book.record({ kind: "call", target: target(), method: "tables.add", args: [address, hasHeaders] });
          const t: FakeTable = {
            address,
            hasHeaders,
            name: "",
            style: "",
            showBandedRows: false,
            showFilterButton: false,
            showHeaders: hasHeaders,
          };
          sheet.tables.push(t);
          return recorder(book, `${target()}!table`, t);
        },
      },
      charts: {
        add: (type: string, source: { address: string }, seriesBy: string) => {
          book.record({
            kind: "call",
            target: target(),
            method: "charts.add",
            args: [type, source.address, seriesBy],
          });
          const chart: FakeChart = {
            type,
            source: source.address,
            seriesBy,
            title: { text: "" },
            legend: { visible: true, position: "Right" },
            axes: {
              categoryAxis: { title: { text: "" }, numberFormat: "" },
              valueAxis: { title: { text: "" }, numberFormat: "" },
            },
          };
          sheet.charts.push(chart);
          const api = recorder(book, `${target()}!chart${sheet.charts.length}`, chart) as Record<
            string,
            unknown
          >;
          api.setPosition = (from: FakeRange, to: FakeRange) => {
            chart.position = { from: [from.r, from.c], to: [to.r + to.h - 1, to.c + to.w - 1] };
            book.record({
              kind: "call",
              target: `${target()}!chart`,
              method: "setPosition",
              args: [from.address, to.address],
            });
          };
          return api;
        },
      },
    };
  }
}

interface FakeRange {
  r: number;
  c: number;
  h: number;
  w: number;
  address: string;
}

/** A proxy over `obj` that records every property set (nested objects too) and applies it. */
function recorder(book: FakeWorkbook, target: string, obj: object): unknown {
  return new Proxy(obj, {
    get(o, p) {
      const v = (o as Record<string | symbol, unknown>)[p];
      return v !== null && typeof v === "object" && !Array.isArray(v)
        ? recorder(book, `${target}.${String(p)}`, v)
        : v;
    },
    set(o, p, v) {
      book.record({ kind: "set", target, prop: String(p), value: v });
      (o as Record<string | symbol, unknown>)[p] = v;
      return true;
    },
  });
}

function rangeApi(sheet: FakeSheet, r: number, c: number, h: number, w: number): unknown {
  const book = sheet.book;
  const address = `${sheet.name}!${letters(c)}${r + 1}:${letters(c + w - 1)}${r + h}`;
  const loaded = new Set<string>();
  const pending = new Set<string>();
  const snapshot: Record<string, unknown> = {};
  const read = (p: string) => {
    if (!loaded.has(p)) throw new Error(`fake: ${p} of ${address} read before load + sync`);
    return snapshot[p];
  };
  const shape = (v: unknown, prop: string): unknown[][] => {
    if (!Array.isArray(v) || v.length !== h || v.some((row) => !Array.isArray(row) || row.length !== w))
      throw new Error(`fake: ${prop} of ${address} must be a ${h} × ${w} array`);
    return v as unknown[][];
  };
  const self: FakeRange & Record<string, unknown> = {
    r,
    c,
    h,
    w,
    address,
    load(props: string) {
      for (const p of props.split(",")) pending.add(p.trim());
      book.onSync(() => {
        for (const p of pending) {
          loaded.add(p);
          if (p === "values")
            snapshot.values = Array.from({ length: h }, (_, i) =>
              Array.from({ length: w }, (_, j) => sheet.cell(r + i, c + j)?.value ?? ""),
            );
          else if (p === "valueTypes")
            snapshot.valueTypes = Array.from({ length: h }, (_, i) =>
              Array.from({ length: w }, (_, j) => book.valueType(sheet.cell(r + i, c + j))),
            );
          else if (p === "address") snapshot.address = address;
          else if (p === "rowCount") snapshot.rowCount = h;
          else if (p === "columnCount") snapshot.columnCount = w;
          else if (p === "rowIndex") snapshot.rowIndex = r;
          else if (p === "columnIndex") snapshot.columnIndex = c;
          else if (p === "isNullObject") snapshot.isNullObject = false;
          else throw new Error(`fake: cannot load ${p}`);
        }
        pending.clear();
      });
      return self;
    },
    get values() {
      return read("values");
    },
    set values(v: unknown) {
      const rows = shape(v, "values");
      book.record({ kind: "set", target: address, prop: "values", value: v });
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          const key = `${r + i},${c + j}`;
          sheet.cells.set(key, excelEntry(x, sheet.cells.get(key)?.format ?? "General"));
        }),
      );
    },
    get valueTypes() {
      return read("valueTypes");
    },
    get rowCount() {
      return read("rowCount");
    },
    get columnCount() {
      return read("columnCount");
    },
    get rowIndex() {
      return read("rowIndex");
    },
    get columnIndex() {
      return read("columnIndex");
    },
    get isNullObject() {
      return false;
    },
    get numberFormat() {
      return read("numberFormat");
    },
    set numberFormat(v: unknown) {
      const rows = shape(v, "numberFormat");
      book.record({ kind: "set", target: address, prop: "numberFormat", value: v });
      rows.forEach((row, i) =>
        row.forEach((f, j) => {
          const key = `${r + i},${c + j}`;
          const cell = sheet.cells.get(key) ?? { value: "", format: "General" };
          sheet.cells.set(key, { ...cell, format: String(f) });
        }),
      );
    },
    format: recorder(book, `${address}.format`, {
      font: { bold: false },
      autofitColumns: () =>
        book.record({ kind: "call", target: address, method: "autofitColumns", args: [] }),
    }),
    conditionalFormats: {
      add: (type: string) => {
        book.record({ kind: "call", target: address, method: "conditionalFormats.add", args: [type] });
        const cf: FakeConditionalFormat = { address, type, colorScale: { criteria: undefined } };
        sheet.conditionalFormats.push(cf);
        return recorder(book, `${address}.conditionalFormat`, cf);
      },
    },
    getCell: (i: number, j: number) => rangeApi(sheet, r + i, c + j, 1, 1),
    getResizedRange: (dr: number, dc: number) => rangeApi(sheet, r, c, h + dr, w + dc),
    getUsedRangeOrNullObject: () => rangeApi(sheet, r, c, h, w),
  };
  return self;
}

/** The fake workbook: its sheets, the selection, and the log of everything the adapter did. */
export class FakeWorkbook {
  readonly log: Entry[] = [];
  readonly sheets: FakeSheet[] = [];
  selection: { sheet: string; rows: number; cols: number } | null = null;
  private batch = 0;
  private readonly syncHooks: (() => void)[] = [];
  /** Called at each sync, before it resolves (a test can cancel in the middle of a run). */
  onEachSync: ((syncs: number) => void) | undefined;
  /** The workbook's date system (File › Options › Advanced › "Use 1904 date system"). */
  dateSystem: 1900 | 1904 = 1900;

  addSheet(name: string, values: unknown[][] = [], errors: Record<string, string> = {}): FakeSheet {
    const s = new FakeSheet(this, name);
    values.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && s.cells.set(`${r},${c}`, { value: v, format: "General" })),
    );
    for (const [key, code] of Object.entries(errors))
      s.cells.set(key, { value: code, format: "General", error: code });
    this.sheets.push(s);
    return s;
  }

  /**
   * A source sheet of `rows` kept as the array given instead of one stored cell each: a million
   * rows of data to read cost no more memory than the rows themselves.
   */
  addSourceSheet(name: string, rows: readonly (readonly unknown[])[]): FakeSheet {
    const s = this.addSheet(name);
    s.rows = rows;
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name && !s.deleted);
  }

  valueType(cell: FakeCell | undefined): string {
    if (!cell || cell.value === "") return "Empty";
    if (cell.error) return "Error";
    if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
    if (typeof cell.value === "boolean") return "Boolean";
    return "String";
  }

  record(e: Entry): void {
    this.log.push(e);
    if (e.kind !== "sync")
      this.batch += Buffer.byteLength(JSON.stringify(e.kind === "set" ? e.value : e.args) ?? "", "utf8");
  }

  onSync(hook: () => void): void {
    this.syncHooks.push(hook);
  }

  get syncs(): number {
    return this.log.filter((e) => e.kind === "sync").length;
  }

  /** The largest request (UTF-8 bytes of the JSON of everything queued between two syncs). */
  get largestRequest(): number {
    return Math.max(0, ...this.log.flatMap((e) => (e.kind === "sync" ? [e.bytes] : [])));
  }

  private context(): unknown {
    const book = this;
    const live = () => book.sheets.filter((s) => !s.deleted);
    const worksheets = {
      items: [] as unknown[],
      load() {
        book.onSync(() => (worksheets.items = live().map((s) => s.api())));
        return worksheets;
      },
      add: (name: string) => {
        book.record({ kind: "call", target: "worksheets", method: "add", args: [name] });
        if (live().some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`fake: sheet ${name} exists`);
        return book.addSheet(name).api();
      },
      getItem: (name: string) => {
        const s = book.sheet(name);
        if (!s) throw new Error(`fake: no sheet ${name}`);
        return s.api();
      },
      getItemOrNullObject: (name: string) => {
        const s = book.sheets.find((x) => !x.deleted && x.name.toLowerCase() === name.toLowerCase());
        return s ? s.api() : nullRange();
      },
    };
    const selected = () => {
      const sel = book.selection;
      const s = sel ? book.sheet(sel.sheet) : undefined;
      if (!sel || !s) return nullRange();
      return rangeApi(s, 0, 0, sel.rows, sel.cols);
    };
    return {
      workbook: {
        worksheets,
        // workbook.functions.date(y, m, d): a FunctionResult whose value is readable after sync,
        // the serial of that day in the workbook's date system (as Excel's DATE computes it).
        functions: {
          date: (y: number, m: number, d: number) => {
            book.record({ kind: "call", target: "functions", method: "date", args: [y, m, d] });
            const result: { error: string | null; value?: number; load: () => unknown } = {
              error: null,
              load: () => {
                book.onSync(() => {
                  const serial1900 = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
                  result.value = book.dateSystem === 1904 ? serial1900 - 1462 : serial1900;
                });
                return result;
              },
            };
            return result;
          },
        },
        getSelectedRange: () => ({
          getUsedRangeOrNullObject: () => selected(),
        }),
      },
      application: {
        suspendApiCalculationUntilNextSync: () =>
          book.record({
            kind: "call",
            target: "application",
            method: "suspendApiCalculationUntilNextSync",
            args: [],
          }),
      },
      sync: async () => {
        const hooks = book.syncHooks.splice(0);
        for (const h of hooks) h();
        book.log.push({ kind: "sync", bytes: book.batch });
        book.batch = 0;
        book.onEachSync?.(book.syncs);
      },
    };
  }

  /** Installs this workbook as the global `Excel` (Excel.run); returns an uninstaller. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    g.Excel = { run: async (cb: (ctx: unknown) => Promise<unknown>) => cb(this.context()) };
    return () => delete g.Excel;
  }
}

function nullRange(): unknown {
  return {
    isNullObject: true,
    load() {
      return this;
    },
  };
}
