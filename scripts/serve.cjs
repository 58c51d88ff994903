/**
 * A static server for the built add-in (dist/), bound to localhost only. Used by the browser test
 * and by `npm start -- --prod`. The production taskpane.html loads Office.js from Microsoft's CDN;
 * preview.html loads no Office.js at all, so nothing else is served.
 */
const path = require("path");
const express = require("express");

const ROOT = path.join(__dirname, "..");

/** @returns {Promise<{url: string, close: () => Promise<void>}>} */
function startServer({ port = 0, dist = path.join(ROOT, "dist") } = {}) {
  const app = express();
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
