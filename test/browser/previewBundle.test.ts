/**
 * The built preview (dist/, from `npm run build`) cannot reach Microsoft's services (issue 8.2):
 * preview.html has no Office.js script and carries a Content-Security-Policy limited to its own
 * origin; the preview bundle holds no Excel adapter (no Excel.run, no Office.js URL). The pane
 * inside Excel (taskpane.html) still loads Office.js.
 */
import * as fs from "fs";
import * as path from "path";

const DIST = path.join(__dirname, "..", "..", "dist");
const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "preview.html")))
    throw new Error("dist/preview.html is missing: run `npm run build` first (npm test does).");
});

test("preview.html loads only its own bundle, under a same-origin CSP", () => {
  const html = read("preview.html");
  // The production build minifies the HTML: attribute values may come without quotes.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts).toEqual([expect.stringMatching(/^preview\.js/)]);
  expect(html).not.toMatch(/office/i);
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const directives = Object.fromEntries(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
  expect(directives["default-src"]).toBe("'self'");
  expect(directives["connect-src"]).toBe("'self'");
  expect(directives["img-src"]).toBe("'self' data: blob:");
  expect(directives["worker-src"]).toBe("'self' blob:");
  expect(directives["script-src"]).toBeUndefined(); // falls back to default-src 'self'
});

test("the preview bundle has no Excel adapter and no Office.js URL", () => {
  const bundle = read("preview.js");
  expect(bundle).not.toContain("Excel.run");
  expect(bundle).not.toContain("appsforoffice");
  expect(bundle).not.toContain("office-js");
});

test("taskpane.html (inside Excel) still loads Office.js", () => {
  const html = read("taskpane.html");
  expect(html).toMatch(/<script[^>]*\ssrc="?[^"\s>]*office\.js/);
});
