import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
