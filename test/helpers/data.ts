import * as fs from "fs";
import * as path from "path";

/** The shared reference data (../shared/data beside the repository; see its README). */
export const SHARED_DATA = path.resolve(__dirname, "../../../shared/data");

export function readSharedData(relative: string): string {
  const file = path.join(SHARED_DATA, relative);
  if (!fs.existsSync(file))
    throw new Error(`reference data missing: ${file} (shared/ must sit beside the repo)`);
  return fs.readFileSync(file, "utf8");
}
