import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "charter",
  version: "0.1.0",
  description: "Keep a cross-sector partnership charter as one YAML file: scaffold it, lint it against the known failure modes of partnerships, and render the agreement as Markdown and HTML.",
  keywords: [
    "partnership",
    "charter",
    "cross-sector",
    "lint",
    "yaml",
    "governance",
    "cli"
  ],
  license: "MIT",
  type: "module",
  bin: {
    charter: "bin/charter.js"
  },
  files: [
    "bin",
    "dist",
    "schemas",
    "templates",
    "examples",
    "docs"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "node scripts/build.mjs",
    prepare: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run build && tsc --noEmit && vitest run",
    bench: "npm run build && node bench/run.mjs",
    fuzz: "npm run build && node test/fuzz/run.mjs"
  },
  dependencies: {
    "@inquirer/prompts": "8.7.5",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    chalk: "^5.6.2",
    commander: "^14.0.3",
    handlebars: "^4.7.10",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@stoplight/spectral-cli": "^6.16.3",
    "@types/node": "^20.19.43",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    "axe-core": "^4.14.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fast-xml-parser": "^5.12.1",
    "json-schema-to-typescript": "^16.0.0",
    "markdown-it": "^15.0.3",
    markdownlint: "^0.40.0",
    "playwright-core": "1.65.1",
    typescript: "^5.9.3",
    vitest: "^4.1.12"
  },
  allowScripts: {
    "@microsoft/sarif-multitool-linux": true
  },
  main: "./dist/index.js",
  exports: {
    ".": "./dist/index.js",
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  }
};

// src/version.ts
var version = package_default.version;

export {
  version
};
