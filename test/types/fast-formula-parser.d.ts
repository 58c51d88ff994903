/** The part of fast-formula-parser's API the workbook recipes use (the package ships no types). */
declare module "fast-formula-parser" {
  interface CellRef {
    row: number;
    col: number;
    sheet?: string;
  }
  interface RangeRef {
    sheet?: string;
    from: CellRef;
    to: CellRef;
  }
  interface Options {
    functions?: Record<
      string,
      (...args: { value: unknown; omitted?: boolean; isCellRef?: boolean }[]) => unknown
    >;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
  }
  export default class FormulaParser {
    /** Lists the cells and ranges a formula refers to, without evaluating it. */
    static DepParser: new (options?: object) => {
      parse(formula: string, position: CellRef): (CellRef | RangeRef)[];
    };
    constructor(options: Options);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
    parseAsync(formula: string, position: CellRef, allowReturnArray?: boolean): Promise<unknown>;
  }
}
