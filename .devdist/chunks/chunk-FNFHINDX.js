import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);

// src/core/paths.ts
var here = import.meta.url;
var packageRoot = here.includes("/dist/") ? new URL(here.slice(0, here.lastIndexOf("/dist/") + 1)) : new URL("../../", here);

export {
  packageRoot
};
