import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);

// src/formatters/index.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "junit", "github"];
async function loadFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./stylish-5TL4SPXN.js")).formatStylish;
    case "json":
      return (await import("./json-5GDFWP3H.js")).formatJson;
    case "sarif":
      return (await import("./sarif-2O2MIZNW.js")).formatSarif;
    case "junit":
      return (await import("./junit-GT4HSL2N.js")).formatJunit;
    case "github":
      return (await import("./github-ZVOYPUMO.js")).formatGithub;
  }
}

export {
  FORMAT_NAMES,
  loadFormatter
};
