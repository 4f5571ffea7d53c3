import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-UYH34BOD.js";
import {
  checkInputs
} from "./chunks/chunk-X255F672.js";
import {
  checkBytes,
  checkText,
  localToday,
  parseCharter
} from "./chunks/chunk-VNMRONFB.js";
import {
  charter_schema_default,
  validateDocument
} from "./chunks/chunk-RCH5NZZ6.js";
import "./chunks/chunk-YJ7IQLK6.js";
import {
  allRuleMeta,
  rules
} from "./chunks/chunk-OV5TJV5F.js";
import "./chunks/chunk-CT4NQHLN.js";
import "./chunks/chunk-MBHNAR3Y.js";
export {
  FORMAT_NAMES,
  allRuleMeta,
  checkBytes,
  checkInputs,
  checkText,
  loadFormatter,
  localToday,
  parseCharter,
  rules,
  charter_schema_default as schema,
  validateDocument
};
