/**
 * A static server for the built add-in (dist/) plus Office.js from node_modules at /office-js/,
 * bound to localhost only. Used by the browser test and by `npm start -- --prod`.
 * Production pages load Office.js from Microsoft's CDN; preview.html loads /office-js/office.js.
 */
const path = require("path");
const express = require("express");

const ROOT = path.join(__dirname, "..");
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** @returns {Promise<{url: string, close: () => Promise<void>}>} */
function startServer({ port = 0, dist = path.join(ROOT, "dist") } = {}) {
  const app = express();
  app.use("/office-js", express.static(OFFICE_JS_DIR));
  app.use(express.static(dist));
  return new Promise((resolve, reject) => {
    const server = app.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on("error", reject);
  });
}

module.exports = { startServer };

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  startServer({ port }).then(({ url }) => {
    process.stdout.write(`Serving dist/ at ${url}/ — in-browser preview: ${url}/preview.html\n`);
  });
}
