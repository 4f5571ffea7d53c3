import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  charter_schema_default
} from "./chunk-RCH5NZZ6.js";
import "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/commands/schema.ts
async function runSchema(io) {
  io.stdout(JSON.stringify(charter_schema_default, null, 2) + "\n");
  return 0;
}
export {
  runSchema
};
