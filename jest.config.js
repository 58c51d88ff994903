/** Jest: unit tests of the core, the functions harness, the Excel adapter (office-addin-mock)
 * and the browser test (playwright-core + Debian Chromium, against the production build). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node10", isolatedModules: true },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock pulls ESM-only deps through office-addin-manifest; its CJS entry loads on Node 20.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 30000,
};
