import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["node_modules/", "dist/", "coverage/", "test-artifacts/"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    settings: { react: { version: "19" } },
    // TypeScript checks names itself; no-undef does not know its globals.
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
        fetch: "readonly",
      },
    },
  },
  {
    // The core is pure: no Office, no DOM, no UI. It is shared by the functions and the task pane.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window", "fetch"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "@microsoft/*",
            "office-*",
            "react",
            "react-dom",
            "@fluentui/*",
            "../functions/*",
            "../taskpane/*",
            "**/functions/**",
            "**/taskpane/**",
          ],
        },
      ],
      "no-console": "error",
    },
  },
  {
    // Only the Excel adapter talks to Excel.
    files: ["taskpane/**/*.{ts,tsx}"],
    ignores: ["taskpane/adapter/**"],
    rules: { "no-restricted-globals": ["error", "Excel"] },
  },
];
