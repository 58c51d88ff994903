import * as fs from "fs";
import * as path from "path";

/** The reference data sets, copied into the repository (data/, see its README for sources and licences). */
export const REFERENCE_DATA = path.resolve(__dirname, "../../data");

export function readReferenceData(relative: string): string {
  const file = path.join(REFERENCE_DATA, relative);
  if (!fs.existsSync(file)) throw new Error(`reference data missing: ${file} (see data/README.md)`);
  return fs.readFileSync(file, "utf8");
}
