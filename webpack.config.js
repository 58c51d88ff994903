/**
 * One entry per surface: `functions` (the custom functions; small, no UI libraries) and
 * `taskpane` (React + Fluent UI, the Excel adapter). Both load in the shared-runtime page
 * taskpane.html, which loads Office.js (Microsoft's CDN in production, this dev server's
 * /office-js/ in development).
 * `preview` is the same pane for a plain browser (the in-browser preview): preview.html has its
 * own template without Office.js and with a Content-Security-Policy, and its bundle holds the
 * in-memory workbook only (no Excel adapter), so the page makes no request off its own origin.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeMetadata } = require("./scripts/metadata-zh.cjs");
const { toHtml } = require("./scripts/metadata-docs.cjs");

const urlDev = "https://localhost:3000/";
const originDev = "https://localhost:3000";
// Where the production build is hosted. Change it (or set ADDIN_URL) before publishing.
const urlProd = process.env.ADDIN_URL || "https://crm-analytics.example.com/";
/** Every dev URL rewritten, then the bare origin (AppDomain) — replaceAll, not just the first. */
const toProd = (text) => text.replaceAll(urlDev, urlProd).replaceAll(originDev, new URL(urlProd).origin);
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "/office-js/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The function families: each file's JSDoc is the registration of its functions. */
const FUNCTION_FILES = fs
  .readdirSync(path.join(__dirname, "functions"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => `./functions/${f}`);

/** Emits functions-zh-cn.json and the help pages from the generated functions.json. */
class LocalizedMetadataPlugin {
  constructor(dev) {
    this.dev = dev;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported why
          let en = asset.source.source().toString();
          if (!this.dev) en = toProd(en);
          const { json: zh, problems } = localizeMetadata(en);
          for (const p of problems) compilation.errors.push(new webpack.WebpackError(p));
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(en));
          compilation.emitAsset("functions-zh-cn.json", new webpack.sources.RawSource(zh));
          compilation.emitAsset(
            "help/functions.html",
            new webpack.sources.RawSource(toHtml(JSON.parse(en), "en")),
          );
          compilation.emitAsset(
            "help/functions-zh.html",
            new webpack.sources.RawSource(toHtml(JSON.parse(zh), "zh")),
          );
        },
      );
    });
  }
}

/** https with the Office dev certificates when they are installed, else http (preview only). */
function devServerProtocol() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  if (process.env.DEV_SERVER_HTTP || !files.every((f) => fs.existsSync(f))) return "http";
  return {
    type: "https",
    options: {
      key: fs.readFileSync(files[0]),
      cert: fs.readFileSync(files[1]),
      ca: fs.readFileSync(files[2]),
    },
  };
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTION_FILES,
      taskpane: "./taskpane/index.tsx",
      preview: "./taskpane/preview/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new LocalizedMetadataPlugin(dev),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { officeJs: dev ? OFFICE_JS_LOCAL : OFFICE_JS_CDN },
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./taskpane/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : toProd(content.toString())),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      server: devServerProtocol(),
      headers: { "Access-Control-Allow-Origin": "*" },
      // Office.js for taskpane.html in development only; preview.html never loads it.
      static: [{ directory: OFFICE_JS_DIR, publicPath: "/office-js" }],
      client: { overlay: false },
      open: false,
    },
  };
};
