import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-HDTVNODM.js";
import "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";
export {
  formatStylish
};
