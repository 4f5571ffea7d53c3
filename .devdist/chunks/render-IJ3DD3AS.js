import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-DCQJABUE.js";
import {
  require_handlebars_runtime
} from "./chunk-RZI6U4Z4.js";
import {
  ConfigFinder,
  readCharterBytes,
  toDisplayPath
} from "./chunk-X255F672.js";
import {
  analyseBytes,
  localToday
} from "./chunk-VNMRONFB.js";
import "./chunk-RCH5NZZ6.js";
import {
  UsageError
} from "./chunk-YJ7IQLK6.js";
import {
  formatStylish
} from "./chunk-HDTVNODM.js";
import "./chunk-OV5TJV5F.js";
import "./chunk-CT4NQHLN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MBHNAR3Y.js";

// node_modules/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/commands/render.ts
import { dirname, resolve } from "node:path";

// src/render/render.ts
var import_runtime = __toESM(require_runtime(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";

// src/generated/templates.js
var templates_default = {
  "md/agreement": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.invokePartial(lookupProperty(partials, "cover"), depth0, { "name": "cover", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "parties"), depth0, { "name": "parties", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "vision"), depth0, { "name": "vision", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "goals"), depth0, { "name": "goals", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "roles"), depth0, { "name": "roles", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "governance"), depth0, { "name": "governance", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "communication"), depth0, { "name": "communication", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "escalation"), depth0, { "name": "escalation", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "amendments"), depth0, { "name": "amendments", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "admission"), depth0, { "name": "admission", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "exit"), depth0, { "name": "exit", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "ip"), depth0, { "name": "ip", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "data-sharing"), depth0, { "name": "data-sharing", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "confidentiality"), depth0, { "name": "confidentiality", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "metrics"), depth0, { "name": "metrics", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "commitments"), depth0, { "name": "commitments", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "risks"), depth0, { "name": "risks", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "term"), depth0, { "name": "term", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "extensions"), depth0, { "name": "extensions", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "signatures"), depth0, { "name": "signatures", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true },
  "md/partials/admission": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Admission of new partners\n\n" + ((stack1 = (helper = (helper = lookupProperty(helpers, "admission") || (depth0 != null ? lookupProperty(depth0, "admission") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "admission", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 13 } } }) : helper)) != null ? stack1 : "") + "\n\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "admission") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/amendments": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Amendments\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "process") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "approval") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "");
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "process") : stack1, depth0)) != null ? stack1 : "") + "\n\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "Amendments are approved by " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "approval") : stack1, depth0)) != null ? stack1 : "") + ".\n\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "amendments") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/commitments": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Commitments\n\n| Partner | Commitment | Due | Status |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "commitments") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "partner") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 18 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 21 }, "end": { "line": 7, "column": 41 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "due") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 44 }, "end": { "line": 7, "column": 56 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "status") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 59 }, "end": { "line": 7, "column": 74 } } })) != null ? stack1 : "") + " |\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "commitments") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/communication": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Communication plan\n\n" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "communication") : depth0, { "name": "with", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 19, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "channels") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "cadence") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "reportingCadence") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "languages") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Channels: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "channels") : depth0, { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 12 }, "end": { "line": 6, "column": 77 } } })) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 38 }, "end": { "line": 6, "column": 68 } } })) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Partners update each other " + ((stack1 = (helper = (helper = lookupProperty(helpers, "cadence") || (depth0 != null ? lookupProperty(depth0, "cadence") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "cadence", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 29 }, "end": { "line": 9, "column": 40 } } }) : helper)) != null ? stack1 : "") + ".\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Progress is reported " + ((stack1 = (helper = (helper = lookupProperty(helpers, "reportingCadence") || (depth0 != null ? lookupProperty(depth0, "reportingCadence") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "reportingCadence", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 23 }, "end": { "line": 12, "column": 43 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "audience") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 43 }, "end": { "line": 12, "column": 82 } } })) != null ? stack1 : "") + ".\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " to " + ((stack1 = (helper = (helper = lookupProperty(helpers, "audience") || (depth0 != null ? lookupProperty(depth0, "audience") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "audience", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 63 }, "end": { "line": 12, "column": 75 } } }) : helper)) != null ? stack1 : "");
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "audience") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 0 } } })) != null ? stack1 : "";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Progress is reported to " + ((stack1 = (helper = (helper = lookupProperty(helpers, "audience") || (depth0 != null ? lookupProperty(depth0, "audience") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "audience", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 26 }, "end": { "line": 14, "column": 38 } } }) : helper)) != null ? stack1 : "") + ".\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Working languages: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "languages") || (depth0 != null ? lookupProperty(depth0, "languages") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "languages", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 21 }, "end": { "line": 17, "column": 34 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "communication") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/confidentiality": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Confidentiality\n\n" + ((stack1 = (helper = (helper = lookupProperty(helpers, "confidentiality") || (depth0 != null ? lookupProperty(depth0, "confidentiality") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "confidentiality", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 19 } } }) : helper)) != null ? stack1 : "") + "\n\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "confidentiality") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/cover": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \xB7 Version " + ((stack1 = (helper = (helper = lookupProperty(helpers, "version") || (depth0 != null ? lookupProperty(depth0, "version") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "version", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 66 }, "end": { "line": 3, "column": 77 } } }) : helper)) != null ? stack1 : "");
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (helper = (helper = lookupProperty(helpers, "summary") || (depth0 != null ? lookupProperty(depth0, "summary") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 11 } } }) : helper)) != null ? stack1 : "") + "\n\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + ((stack1 = (helper = (helper = lookupProperty(helpers, "heading") || (depth0 != null ? lookupProperty(depth0, "heading") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "heading", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 13 } } }) : helper)) != null ? stack1 : "") + "\n\nPartnership charter \xB7 Status: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 30 }, "end": { "line": 3, "column": 40 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "version") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 40 }, "end": { "line": 3, "column": 84 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "summary") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true },
  "md/partials/data-sharing": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Data sharing\n\n" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "dataSharing") : depth0, { "name": "with", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 29, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "purpose") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "items") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "personalData") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "legalBasis") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "controllers") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "retention") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "security") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "breachNoticeHours") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Purpose: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "purpose") || (depth0 != null ? lookupProperty(depth0, "purpose") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "purpose", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 11 }, "end": { "line": 6, "column": 22 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Data shared: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "items") || (depth0 != null ? lookupProperty(depth0, "items") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "items", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 15 }, "end": { "line": 9, "column": 24 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Personal data: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "personalData") || (depth0 != null ? lookupProperty(depth0, "personalData") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "personalData", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 17 }, "end": { "line": 12, "column": 33 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Legal basis: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "legalBasis") || (depth0 != null ? lookupProperty(depth0, "legalBasis") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "legalBasis", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 15 }, "end": { "line": 15, "column": 29 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Controllers: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "controllers") || (depth0 != null ? lookupProperty(depth0, "controllers") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "controllers", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 15 }, "end": { "line": 18, "column": 30 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Retention: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "retention") || (depth0 != null ? lookupProperty(depth0, "retention") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "retention", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 13 }, "end": { "line": 21, "column": 26 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Security: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "security") || (depth0 != null ? lookupProperty(depth0, "security") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "security", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 12 }, "end": { "line": 24, "column": 24 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Breaches are notified to the other partners within " + ((stack1 = (helper = (helper = lookupProperty(helpers, "breachNoticeHours") || (depth0 != null ? lookupProperty(depth0, "breachNoticeHours") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "breachNoticeHours", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 53 }, "end": { "line": 27, "column": 74 } } }) : helper)) != null ? stack1 : "") + " hours.\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "dataSharing") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/escalation": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Conflict resolution\n\nA dispute the partners cannot settle is escalated, in this order:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "escalation") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (helper = (helper = lookupProperty(helpers, "step") || (depth0 != null ? lookupProperty(depth0, "step") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "step", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 8 } } }) : helper)) != null ? stack1 : "") + ". " + ((stack1 = (helper = (helper = lookupProperty(helpers, "level") || (depth0 != null ? lookupProperty(depth0, "level") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 10 }, "end": { "line": 7, "column": 19 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "days") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 19 }, "end": { "line": 7, "column": 60 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "by") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 60 }, "end": { "line": 7, "column": 86 } } })) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ", within " + ((stack1 = (helper = (helper = lookupProperty(helpers, "days") || (depth0 != null ? lookupProperty(depth0, "days") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "days", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 40 }, "end": { "line": 7, "column": 48 } } }) : helper)) != null ? stack1 : "") + " days";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 72 }, "end": { "line": 7, "column": 78 } } }) : helper)) != null ? stack1 : "") + ")";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "escalation") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/exit": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Exit\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "noticeDays") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "obligations") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "assets") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "A partner may leave with " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "noticeDays") : stack1, depth0)) != null ? stack1 : "") + " days' written notice.\n\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Obligations on leaving: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "obligations") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Shared data, IP and assets: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "assets") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "exit") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/extensions": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Further provisions\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "extensions") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 6, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- " + ((stack1 = (helper = (helper = lookupProperty(helpers, "key") || (depth0 != null ? lookupProperty(depth0, "key") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "key", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 9 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 11 }, "end": { "line": 5, "column": 20 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "extensions") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/goals": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Goal " + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 9 }, "end": { "line": 4, "column": 19 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "heading") || (depth0 != null ? lookupProperty(depth0, "heading") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "heading", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 21 }, "end": { "line": 4, "column": 32 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "owner") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "partners") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "due") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "alignment") : depth0, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 21, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (helper = (helper = lookupProperty(helpers, "description") || (depth0 != null ? lookupProperty(depth0, "description") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 15 } } }) : helper)) != null ? stack1 : "") + "\n\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Owner: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "owner") || (depth0 != null ? lookupProperty(depth0, "owner") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "owner", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 9 }, "end": { "line": 11, "column": 18 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Shared by: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "partners") || (depth0 != null ? lookupProperty(depth0, "partners") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "partners", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 13 }, "end": { "line": 14, "column": 25 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Due: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "due") || (depth0 != null ? lookupProperty(depth0, "due") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "due", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 7 }, "end": { "line": 17, "column": 14 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Why it matters to " + ((stack1 = (helper = (helper = lookupProperty(helpers, "partner") || (depth0 != null ? lookupProperty(depth0, "partner") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "partner", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 20 }, "end": { "line": 20, "column": 31 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 33 }, "end": { "line": 20, "column": 41 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Shared goals\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "goals") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 23, "column": 9 } } })) != null ? stack1 : "");
  }, "useData": true },
  "md/partials/governance": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Governance\n\n" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "governance") : depth0, { "name": "with", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 48, "column": 9 } } })) != null ? stack1 : "");
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "body") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "backbone") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "decisions") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 41, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "meetings") : depth0, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "chair") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "members") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "");
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "Chair: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "chair") : stack1, depth0)) != null ? stack1 : "") + ".\n\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| Partner | Seats | Role |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "members") : stack1, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 17, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "partner") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 2 }, "end": { "line": 16, "column": 18 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "seats") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 21 }, "end": { "line": 16, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "role") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 38 }, "end": { "line": 16, "column": 51 } } })) != null ? stack1 : "") + " |\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "The secretariat is run by " + ((stack1 = (helper = (helper = lookupProperty(helpers, "backbone") || (depth0 != null ? lookupProperty(depth0, "backbone") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "backbone", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 26 }, "end": { "line": 22, "column": 38 } } }) : helper)) != null ? stack1 : "") + ".\n\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Decision-making\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "rule") : stack1, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "quorum") : stack1, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "threshold") : stack1, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 36, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "tieBreak") : stack1, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 39, "column": 7 } } })) != null ? stack1 : "") + "\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Decisions are taken by " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "rule") : stack1, depth0)) != null ? stack1 : "") + ".\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Quorum: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "quorum") : stack1, depth0)) != null ? stack1 : "") + " of the voting seats.\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Threshold: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "threshold") : stack1, depth0)) != null ? stack1 : "") + " of the votes cast.\n";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- When no decision can be reached: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "tieBreak") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Meetings\n\nThe governing body meets " + ((stack1 = (helper = (helper = lookupProperty(helpers, "meetings") || (depth0 != null ? lookupProperty(depth0, "meetings") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "meetings", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 25 }, "end": { "line": 45, "column": 37 } } }) : helper)) != null ? stack1 : "") + ".\n\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "governance") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/ip": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Intellectual property\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "background") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "foreground") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "licensing") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "publication") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Background IP: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "background") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Foreground IP: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "foreground") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Licensing: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "licensing") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Publication: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "publication") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "ip") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/metrics": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Measuring impact\n\n| Metric | Goal | Baseline | Target | Unit | Direction | Frequency | Owner |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "metrics") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "name") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 15 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "goal") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 18 }, "end": { "line": 7, "column": 31 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "baseline") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 34 }, "end": { "line": 7, "column": 51 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "target") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 54 }, "end": { "line": 7, "column": 69 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "unit") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 72 }, "end": { "line": 7, "column": 85 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "direction") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 88 }, "end": { "line": 7, "column": 106 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "frequency") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 109 }, "end": { "line": 7, "column": 127 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "owner") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 130 }, "end": { "line": 7, "column": 144 } } })) != null ? stack1 : "") + " |\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "metrics") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/parties": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Party " + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 10 }, "end": { "line": 4, "column": 20 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "heading") || (depth0 != null ? lookupProperty(depth0, "heading") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "heading", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 22 }, "end": { "line": 4, "column": 33 } } }) : helper)) != null ? stack1 : "") + "\n\n- Sector: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "sector") || (depth0 != null ? lookupProperty(depth0, "sector") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "sector", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 10 }, "end": { "line": 6, "column": 20 } } }) : helper)) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "type") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "mission") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "representative") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "contributions") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "expectations") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Type: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "type") || (depth0 != null ? lookupProperty(depth0, "type") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "type", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 8 }, "end": { "line": 8, "column": 16 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Mission: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "mission") || (depth0 != null ? lookupProperty(depth0, "mission") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "mission", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 11 }, "end": { "line": 11, "column": 22 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Representative: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "role") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 41 }, "end": { "line": 14, "column": 100 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "email") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 100 }, "end": { "line": 14, "column": 162 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "authority") : stack1, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 162 }, "end": { "line": 14, "column": 240 } } })) != null ? stack1 : "") + "\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ", " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "role") : stack1, depth0)) != null ? stack1 : "");
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "email") : stack1, depth0)) != null ? stack1 : "") + ")";
  }, "6": function(container, depth0, helpers, partials, data) {
    return ", authorised to commit the organisation";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Contributes:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "contributions") : depth0, { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 20, "column": 9 } } })) != null ? stack1 : "");
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  - " + ((stack1 = (helper = (helper = lookupProperty(helpers, "type") || (depth0 != null ? lookupProperty(depth0, "type") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "type", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 4 }, "end": { "line": 19, "column": 12 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "description") || (depth0 != null ? lookupProperty(depth0, "description") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 14 }, "end": { "line": 19, "column": 29 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "value") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 29 }, "end": { "line": 19, "column": 61 } } })) != null ? stack1 : "") + "\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + ((stack1 = (helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 44 }, "end": { "line": 19, "column": 53 } } }) : helper)) != null ? stack1 : "") + ")";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Expects: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "expectations") : depth0, { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 11 }, "end": { "line": 23, "column": 80 } } })) != null ? stack1 : "") + "\n";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 41 }, "end": { "line": 23, "column": 71 } } })) != null ? stack1 : "");
  }, "12": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Parties\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "parties") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 26, "column": 9 } } })) != null ? stack1 : "");
  }, "useData": true },
  "md/partials/risks": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Risks\n\n| Challenge | Risk | Mitigation | Owner |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "risks") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "challenge") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 20 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 23 }, "end": { "line": 7, "column": 43 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "mitigation") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 46 }, "end": { "line": 7, "column": 65 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "owner") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 68 }, "end": { "line": 7, "column": 82 } } })) != null ? stack1 : "") + " |\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "risks") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "md/partials/roles": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Roles and responsibilities\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "roles") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 6, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- " + ((stack1 = (helper = (helper = lookupProperty(helpers, "partner") || (depth0 != null ? lookupProperty(depth0, "partner") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "partner", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 13 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "role") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 13 }, "end": { "line": 5, "column": 43 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "responsibilities") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 43 }, "end": { "line": 5, "column": 149 } } })) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + ((stack1 = (helper = (helper = lookupProperty(helpers, "role") || (depth0 != null ? lookupProperty(depth0, "role") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "role", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 27 }, "end": { "line": 5, "column": 35 } } }) : helper)) != null ? stack1 : "") + ")";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "responsibilities") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 69 }, "end": { "line": 5, "column": 142 } } })) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 103 }, "end": { "line": 5, "column": 133 } } })) != null ? stack1 : "");
  }, "5": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Responsibility matrix\n\n| Activity | Responsible | Accountable | Consulted | Informed |\n| --- | --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "raci") : depth0, { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 16, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "activity") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 2 }, "end": { "line": 15, "column": 19 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "responsible") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 22 }, "end": { "line": 15, "column": 42 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "accountable") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 45 }, "end": { "line": 15, "column": 65 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "consulted") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 68 }, "end": { "line": 15, "column": 86 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "informed") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 89 }, "end": { "line": 15, "column": 106 } } })) != null ? stack1 : "") + " |\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "roles") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "raci") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true },
  "md/partials/signatures": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Signed for party " + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 21 }, "end": { "line": 4, "column": 31 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "heading") || (depth0 != null ? lookupProperty(depth0, "heading") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "heading", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 33 }, "end": { "line": 4, "column": 44 } } }) : helper)) != null ? stack1 : "") + "\n\nName: " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "signatory") : depth0) != null ? lookupProperty(stack1, "name") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 101 } } })) != null ? stack1 : "") + "\n\nTitle: " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "signatory") : depth0) != null ? lookupProperty(stack1, "title") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 8, "column": 7 }, "end": { "line": 8, "column": 104 } } })) != null ? stack1 : "") + "\n\nSignature: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\nDate: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "signatory") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) != null ? stack1 : "";
  }, "2": function(container, depth0, helpers, partials, data) {
    return "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "signatory") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) != null ? stack1 : "";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Signatures\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "parties") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 14, "column": 9 } } })) != null ? stack1 : "");
  }, "useData": true },
  "md/partials/term": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Term\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "start") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "end") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "review") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- Start: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "start") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- End: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "end") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- The partners review this charter " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "review") : stack1, depth0)) != null ? stack1 : "") + ".\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Legal nature\n\n" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "agreement") : depth0, { "name": "with", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 36, "column": 9 } } })) != null ? stack1 : "");
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "binding") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "governingLaw") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "");
  }, "6": function(container, depth0, helpers, partials, data) {
    return "This charter is legally binding on the partners.\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    return "This charter is not legally binding; it records the partners' shared intentions.\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "It is governed by " + ((stack1 = (helper = (helper = lookupProperty(helpers, "governingLaw") || (depth0 != null ? lookupProperty(depth0, "governingLaw") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "governingLaw", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 18 }, "end": { "line": 25, "column": 34 } } }) : helper)) != null ? stack1 : "") + ".\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "Separate agreements carry the binding terms:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 33, "column": 9 } } })) != null ? stack1 : "") + "\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1;
    return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "term") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "agreement") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true },
  "md/partials/vision": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## The challenge\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "statement") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "focus") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "");
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "statement") : stack1, depth0)) != null ? stack1 : "") + "\n\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "Focus: " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "focus") : stack1, depth0)) != null ? stack1 : "") + ".\n\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Working across sectors\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "sectors") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 33, "column": 9 } } })) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### " + ((stack1 = (helper = (helper = lookupProperty(helpers, "sector") || (depth0 != null ? lookupProperty(depth0, "sector") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "sector", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 4 }, "end": { "line": 21, "column": 14 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "norms") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "constraints") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "bridging") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + "\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- How this sector works: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "norms") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 25 }, "end": { "line": 24, "column": 87 } } })) != null ? stack1 : "") + "\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 48 }, "end": { "line": 24, "column": 78 } } })) != null ? stack1 : "");
  }, "7": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- What it cannot bend: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "constraints") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 23 }, "end": { "line": 27, "column": 91 } } })) != null ? stack1 : "") + "\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- How the partnership bridges it: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "bridging") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 34 }, "end": { "line": 30, "column": 99 } } })) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Vision\n\n" + ((stack1 = (helper = (helper = lookupProperty(helpers, "vision") || (depth0 != null ? lookupProperty(depth0, "vision") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "vision", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 3, "column": 10 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "challenge") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "sectors") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 34, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true },
  "html/agreement": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="charter">
<title>` + container.escapeExpression((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 7 }, "end": { "line": 8, "column": 16 } } }) : helper)) + "</title>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "style"), depth0, { "name": "style", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</head>\n<body>\n<main>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "cover"), depth0, { "name": "cover", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "parties"), depth0, { "name": "parties", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "vision"), depth0, { "name": "vision", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "goals"), depth0, { "name": "goals", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "roles"), depth0, { "name": "roles", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "governance"), depth0, { "name": "governance", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "communication"), depth0, { "name": "communication", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "escalation"), depth0, { "name": "escalation", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "amendments"), depth0, { "name": "amendments", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "admission"), depth0, { "name": "admission", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "exit"), depth0, { "name": "exit", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "ip"), depth0, { "name": "ip", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "data-sharing"), depth0, { "name": "data-sharing", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "confidentiality"), depth0, { "name": "confidentiality", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "metrics"), depth0, { "name": "metrics", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "commitments"), depth0, { "name": "commitments", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "risks"), depth0, { "name": "risks", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "term"), depth0, { "name": "term", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "extensions"), depth0, { "name": "extensions", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "signatures"), depth0, { "name": "signatures", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</main>\n</body>\n</html>\n";
  }, "usePartial": true, "useData": true },
  "html/partials/admission": { "0": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="admission">\n<h2 id="admission">Admission of new partners</h2>\n<p>' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "admission") || (depth0 != null ? lookupProperty(depth0, "admission") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "admission", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 3 }, "end": { "line": 4, "column": 16 } } }) : helper)) + "</p>\n</section>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "admission") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/amendments": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="amendments">\n<h2 id="amendments">Amendments</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "process") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 62 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "approval") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 92 } } })) != null ? stack1 : "") + "\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "process") : stack1, depth0)) + "</p>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Amendments are approved by " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "amendments") : depth0) != null ? lookupProperty(stack1, "approval") : stack1, depth0)) + ".</p>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "amendments") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/commitments": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="commitments">\n<h2 id="commitments">Commitments</h2>\n<table>\n<caption>What each partner has committed to deliver</caption>\n<thead><tr><th scope="col">Partner</th><th scope="col">Commitment</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "commitments") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><th scope="row">' + alias3((helper = (helper = lookupProperty(helpers, "partner") || (depth0 != null ? lookupProperty(depth0, "partner") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "partner", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 20 }, "end": { "line": 9, "column": 31 } } }) : helper)) + "</th><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 40 }, "end": { "line": 9, "column": 60 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "due") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 69 }, "end": { "line": 9, "column": 81 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "status") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 90 }, "end": { "line": 9, "column": 105 } } })) + "</td></tr>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "commitments") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/communication": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="communication">\n<h2 id="communication">Communication plan</h2>\n' + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "communication") : depth0, { "name": "with", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<ul>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "channels") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 107 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "cadence") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 70 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "reportingCadence") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 187 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "languages") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 65 } } })) != null ? stack1 : "") + "\n</ul>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Channels: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "channels") : depth0, { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 30 }, "end": { "line": 6, "column": 95 } } })) != null ? stack1 : "") + "</li>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression(container.lambda(depth0, depth0)) + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 56 }, "end": { "line": 6, "column": 86 } } })) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "5": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Partners update each other " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "cadence") || (depth0 != null ? lookupProperty(depth0, "cadence") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "cadence", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 46 }, "end": { "line": 7, "column": 57 } } }) : helper)) + ".</li>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Progress is reported " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "reportingCadence") || (depth0 != null ? lookupProperty(depth0, "reportingCadence") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "reportingCadence", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 49 }, "end": { "line": 8, "column": 69 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "audience") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 69 }, "end": { "line": 8, "column": 108 } } })) != null ? stack1 : "") + ".</li>";
  }, "7": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " to " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "audience") || (depth0 != null ? lookupProperty(depth0, "audience") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "audience", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 89 }, "end": { "line": 8, "column": 101 } } }) : helper));
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "audience") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 114 }, "end": { "line": 8, "column": 180 } } })) != null ? stack1 : "";
  }, "9": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Progress is reported to " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "audience") || (depth0 != null ? lookupProperty(depth0, "audience") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "audience", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 162 }, "end": { "line": 8, "column": 174 } } }) : helper)) + ".</li>";
  }, "10": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Working languages: " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "languages") || (depth0 != null ? lookupProperty(depth0, "languages") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "languages", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 40 }, "end": { "line": 9, "column": 53 } } }) : helper)) + "</li>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "communication") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/confidentiality": { "0": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="confidentiality">\n<h2 id="confidentiality">Confidentiality</h2>\n<p>' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "confidentiality") || (depth0 != null ? lookupProperty(depth0, "confidentiality") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "confidentiality", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 3 }, "end": { "line": 4, "column": 22 } } }) : helper)) + "</p>\n</section>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "confidentiality") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/cover": { "0": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \xB7 Version " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "version") || (depth0 != null ? lookupProperty(depth0, "version") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "version", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 60 }, "end": { "line": 4, "column": 71 } } }) : helper));
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \xB7 From " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "start") : stack1, depth0));
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " to " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "end") : stack1, depth0));
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="summary">' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "summary") || (depth0 != null ? lookupProperty(depth0, "summary") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 19 }, "end": { "line": 6, "column": 30 } } }) : helper)) + "</p>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<header class="cover">\n<p class="kicker">Partnership charter</p>\n<h1>' + alias4((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 4 }, "end": { "line": 3, "column": 13 } } }) : helper)) + '</h1>\n<p class="meta">Status: ' + alias4((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 24 }, "end": { "line": 4, "column": 34 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "version") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 34 }, "end": { "line": 4, "column": 78 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "start") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 78 }, "end": { "line": 4, "column": 125 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "end") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 125 }, "end": { "line": 4, "column": 164 } } })) != null ? stack1 : "") + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "summary") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + "</header>\n";
  }, "useData": true },
  "html/partials/data-sharing": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="data-sharing">\n<h2 id="data-sharing">Data sharing</h2>\n' + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "dataSharing") : depth0, { "name": "with", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<dl class="facts">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "purpose") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 58 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "items") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 58 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "personalData") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 74 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "legalBasis") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 68 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "controllers") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 10, "column": 70 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "retention") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 64 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "security") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 12, "column": 61 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "breachNoticeHours") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 13, "column": 97 } } })) != null ? stack1 : "") + "\n</dl>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Purpose</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "purpose") || (depth0 != null ? lookupProperty(depth0, "purpose") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "purpose", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 35 }, "end": { "line": 6, "column": 46 } } }) : helper)) + "</dd>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Data shared</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "items") || (depth0 != null ? lookupProperty(depth0, "items") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "items", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 37 }, "end": { "line": 7, "column": 46 } } }) : helper)) + "</dd>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Personal data</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "personalData") || (depth0 != null ? lookupProperty(depth0, "personalData") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "personalData", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 46 }, "end": { "line": 8, "column": 62 } } }) : helper)) + "</dd>";
  }, "5": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Legal basis</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "legalBasis") || (depth0 != null ? lookupProperty(depth0, "legalBasis") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "legalBasis", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 42 }, "end": { "line": 9, "column": 56 } } }) : helper)) + "</dd>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Controllers</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "controllers") || (depth0 != null ? lookupProperty(depth0, "controllers") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "controllers", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 43 }, "end": { "line": 10, "column": 58 } } }) : helper)) + "</dd>";
  }, "7": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Retention</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "retention") || (depth0 != null ? lookupProperty(depth0, "retention") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "retention", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 39 }, "end": { "line": 11, "column": 52 } } }) : helper)) + "</dd>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Security</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "security") || (depth0 != null ? lookupProperty(depth0, "security") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "security", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 37 }, "end": { "line": 12, "column": 49 } } }) : helper)) + "</dd>";
  }, "9": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Breach notice</dt><dd>within " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "breachNoticeHours") || (depth0 != null ? lookupProperty(depth0, "breachNoticeHours") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "breachNoticeHours", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 58 }, "end": { "line": 13, "column": 79 } } }) : helper)) + " hours</dd>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "dataSharing") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/escalation": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="conflict-resolution">\n<h2 id="conflict-resolution">Conflict resolution</h2>\n<p>A dispute the partners cannot settle is escalated, in this order:</p>\n<ol class="ladder">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "escalation") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "") + "</ol>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "level") || (depth0 != null ? lookupProperty(depth0, "level") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 13 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "days") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 13 }, "end": { "line": 7, "column": 54 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "by") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 54 }, "end": { "line": 7, "column": 80 } } })) != null ? stack1 : "") + "</li>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ", within " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "days") || (depth0 != null ? lookupProperty(depth0, "days") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "days", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 34 }, "end": { "line": 7, "column": 42 } } }) : helper)) + " days";
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 66 }, "end": { "line": 7, "column": 72 } } }) : helper)) + ")";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "escalation") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/exit": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="exit">\n<h2 id="exit">Exit</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "noticeDays") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 103 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "obligations") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 82 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "assets") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 76 } } })) != null ? stack1 : "") + "\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>A partner may leave with " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "noticeDays") : stack1, depth0)) + " days' written notice.</p>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Obligations on leaving: " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "obligations") : stack1, depth0)) + "</p>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Shared data, IP and assets: " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "exit") : depth0) != null ? lookupProperty(stack1, "assets") : stack1, depth0)) + "</p>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "exit") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/extensions": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="further-provisions">\n<h2 id="further-provisions">Further provisions</h2>\n<dl class="facts">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "extensions") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 9 } } })) != null ? stack1 : "") + "</dl>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>" + alias4((helper = (helper = lookupProperty(helpers, "key") || (depth0 != null ? lookupProperty(depth0, "key") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "key", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 11 } } }) : helper)) + "</dt><dd>" + alias4((helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 20 }, "end": { "line": 6, "column": 29 } } }) : helper)) + "</dd>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "extensions") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/goals": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h3>Goal " + alias4((helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 9 }, "end": { "line": 4, "column": 19 } } }) : helper)) + ": " + alias4((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 21 }, "end": { "line": 4, "column": 30 } } }) : helper)) + "</h3>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 48 } } })) != null ? stack1 : "") + '\n<dl class="facts">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "owner") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 52 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "partners") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 62 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "due") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 46 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "alignment") : depth0, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 10, "column": 69 } } })) != null ? stack1 : "") + "\n</dl>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "description") || (depth0 != null ? lookupProperty(depth0, "description") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 22 }, "end": { "line": 5, "column": 37 } } }) : helper)) + "</p>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Owner</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "owner") || (depth0 != null ? lookupProperty(depth0, "owner") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "owner", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 31 }, "end": { "line": 7, "column": 40 } } }) : helper)) + "</dd>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Shared by</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "partners") || (depth0 != null ? lookupProperty(depth0, "partners") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "partners", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 38 }, "end": { "line": 8, "column": 50 } } }) : helper)) + "</dd>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Due</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "due") || (depth0 != null ? lookupProperty(depth0, "due") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "due", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 27 }, "end": { "line": 9, "column": 34 } } }) : helper)) + "</dd>";
  }, "5": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>For " + alias4((helper = (helper = lookupProperty(helpers, "partner") || (depth0 != null ? lookupProperty(depth0, "partner") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "partner", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 27 }, "end": { "line": 10, "column": 38 } } }) : helper)) + "</dt><dd>" + alias4((helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 47 }, "end": { "line": 10, "column": 55 } } }) : helper)) + "</dd>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="goals">\n<h2 id="goals">Shared goals</h2>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "goals") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 12, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "useData": true },
  "html/partials/governance": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="governance">\n<h2 id="governance">Governance</h2>\n' + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "governance") : depth0, { "name": "with", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "body") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "backbone") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 20, "column": 69 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "decisions") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "meetings") : depth0, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h3>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) + "</h3>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "chair") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 54 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "members") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "");
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Chair: " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "chair") : stack1, depth0)) + ".</p>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<table>\n<caption>Members of the " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) + '</caption>\n<thead><tr><th scope="col">Partner</th><th scope="col">Seats</th><th scope="col">Role</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "body") : depth0) != null ? lookupProperty(stack1, "members") : stack1, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><th scope="row">' + alias3((helper = (helper = lookupProperty(helpers, "partner") || (depth0 != null ? lookupProperty(depth0, "partner") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "partner", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 20 }, "end": { "line": 14, "column": 31 } } }) : helper)) + '</th><td class="number">' + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "seats") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 55 }, "end": { "line": 14, "column": 69 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "role") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 78 }, "end": { "line": 14, "column": 91 } } })) + "</td></tr>\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>The secretariat is run by " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "backbone") || (depth0 != null ? lookupProperty(depth0, "backbone") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "backbone", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 45 }, "end": { "line": 20, "column": 57 } } }) : helper)) + ".</p>";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h3>Decision-making</h3>\n<ul>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "rule") : stack1, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 24, "column": 80 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "quorum") : stack1, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 25, "column": 89 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "threshold") : stack1, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 26, "column": 96 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "tieBreak") : stack1, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 27, "column": 97 } } })) != null ? stack1 : "") + "\n</ul>\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Decisions are taken by " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "rule") : stack1, depth0)) + ".</li>";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Quorum: " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "quorum") : stack1, depth0)) + " of the voting seats.</li>";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>Threshold: " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "threshold") : stack1, depth0)) + " of the votes cast.</li>";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>When no decision can be reached: " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "decisions") : depth0) != null ? lookupProperty(stack1, "tieBreak") : stack1, depth0)) + "</li>";
  }, "12": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h3>Meetings</h3>\n<p>The governing body meets " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "meetings") || (depth0 != null ? lookupProperty(depth0, "meetings") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "meetings", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 28 }, "end": { "line": 32, "column": 40 } } }) : helper)) + ".</p>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "governance") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 36, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/ip": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="ip">\n<h2 id="ip">Intellectual property</h2>\n<dl class="facts">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "background") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 76 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "foreground") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 76 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "licensing") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 70 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "publication") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 76 } } })) != null ? stack1 : "") + "\n</dl>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Background IP</dt><dd>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "background") : stack1, depth0)) + "</dd>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Foreground IP</dt><dd>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "foreground") : stack1, depth0)) + "</dd>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Licensing</dt><dd>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "licensing") : stack1, depth0)) + "</dd>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Publication</dt><dd>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ip") : depth0) != null ? lookupProperty(stack1, "publication") : stack1, depth0)) + "</dd>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "ip") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/metrics": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="metrics">\n<h2 id="metrics">Measuring impact</h2>\n<table>\n<caption>Metrics, with their baselines and targets</caption>\n<thead><tr><th scope="col">Metric</th><th scope="col">Goal</th><th scope="col">Baseline</th><th scope="col">Target</th><th scope="col">Unit</th><th scope="col">Direction</th><th scope="col">Frequency</th><th scope="col">Owner</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "metrics") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><th scope="row">' + alias3((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 20 }, "end": { "line": 9, "column": 28 } } }) : helper)) + "</th><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "goal") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 37 }, "end": { "line": 9, "column": 50 } } })) + '</td><td class="number">' + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "baseline") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 74 }, "end": { "line": 9, "column": 91 } } })) + '</td><td class="number">' + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "target") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 115 }, "end": { "line": 9, "column": 130 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "unit") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 139 }, "end": { "line": 9, "column": 152 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "direction") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 161 }, "end": { "line": 9, "column": 179 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "frequency") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 188 }, "end": { "line": 9, "column": 206 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "owner") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 215 }, "end": { "line": 9, "column": 229 } } })) + "</td></tr>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "metrics") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/parties": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h3>Party " + alias4((helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 10 }, "end": { "line": 4, "column": 20 } } }) : helper)) + ": " + alias4((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 22 }, "end": { "line": 4, "column": 30 } } }) : helper)) + '</h3>\n<dl class="facts">\n<dt>Sector</dt><dd>' + alias4((helper = (helper = lookupProperty(helpers, "sector") || (depth0 != null ? lookupProperty(depth0, "sector") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "sector", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 19 }, "end": { "line": 6, "column": 29 } } }) : helper)) + "</dd>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "type") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 49 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "mission") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 58 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "representative") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 329 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "contributions") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 10, "column": 164 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "expectations") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 121 } } })) != null ? stack1 : "") + "\n</dl>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Type</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "type") || (depth0 != null ? lookupProperty(depth0, "type") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "type", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 29 }, "end": { "line": 7, "column": 37 } } }) : helper)) + "</dd>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Mission</dt><dd>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "mission") || (depth0 != null ? lookupProperty(depth0, "mission") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "mission", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 35 }, "end": { "line": 8, "column": 46 } } }) : helper)) + "</dd>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Representative</dt><dd>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "role") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 72 }, "end": { "line": 9, "column": 131 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "email") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 131 }, "end": { "line": 9, "column": 239 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "authority") : stack1, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 239 }, "end": { "line": 9, "column": 317 } } })) != null ? stack1 : "") + "</dd>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ", " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "role") : stack1, depth0));
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ' (<a href="mailto:' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "email") : stack1, depth0)) + '">' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "representative") : depth0) != null ? lookupProperty(stack1, "email") : stack1, depth0)) + "</a>)";
  }, "6": function(container, depth0, helpers, partials, data) {
    return ", authorised to commit the organisation";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Contributes</dt><dd><ul>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "contributions") : depth0, { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 49 }, "end": { "line": 10, "column": 147 } } })) != null ? stack1 : "") + "</ul></dd>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>" + alias4((helper = (helper = lookupProperty(helpers, "type") || (depth0 != null ? lookupProperty(depth0, "type") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "type", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 76 }, "end": { "line": 10, "column": 84 } } }) : helper)) + ": " + alias4((helper = (helper = lookupProperty(helpers, "description") || (depth0 != null ? lookupProperty(depth0, "description") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 86 }, "end": { "line": 10, "column": 101 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "value") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 101 }, "end": { "line": 10, "column": 133 } } })) != null ? stack1 : "") + "</li>";
  }, "9": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 116 }, "end": { "line": 10, "column": 125 } } }) : helper)) + ")";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Expects</dt><dd>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "expectations") : depth0, { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 40 }, "end": { "line": 11, "column": 109 } } })) != null ? stack1 : "") + "</dd>";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression(container.lambda(depth0, depth0)) + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 70 }, "end": { "line": 11, "column": 100 } } })) != null ? stack1 : "");
  }, "12": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="parties">\n<h2 id="parties">Parties</h2>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "parties") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "useData": true },
  "html/partials/risks": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="risks">\n<h2 id="risks">Risks</h2>\n<table>\n<caption>Known risks and how the partnership mitigates them</caption>\n<thead><tr><th scope="col">Challenge</th><th scope="col">Risk</th><th scope="col">Mitigation</th><th scope="col">Owner</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "risks") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><th scope="row">' + alias3((helper = (helper = lookupProperty(helpers, "challenge") || (depth0 != null ? lookupProperty(depth0, "challenge") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "challenge", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 20 }, "end": { "line": 9, "column": 33 } } }) : helper)) + "</th><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 42 }, "end": { "line": 9, "column": 62 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "mitigation") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 71 }, "end": { "line": 9, "column": 90 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "owner") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 99 }, "end": { "line": 9, "column": 113 } } })) + "</td></tr>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "risks") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "";
  }, "useData": true },
  "html/partials/roles": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="roles">\n<h2 id="roles">Roles and responsibilities</h2>\n<ul>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "roles") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 9 } } })) != null ? stack1 : "") + "</ul>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li><strong>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "partner") || (depth0 != null ? lookupProperty(depth0, "partner") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "partner", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 12 }, "end": { "line": 6, "column": 23 } } }) : helper)) + "</strong>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "role") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 32 }, "end": { "line": 6, "column": 62 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "responsibilities") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 62 }, "end": { "line": 6, "column": 168 } } })) != null ? stack1 : "") + "</li>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "role") || (depth0 != null ? lookupProperty(depth0, "role") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "role", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 46 }, "end": { "line": 6, "column": 54 } } }) : helper)) + ")";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "responsibilities") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 88 }, "end": { "line": 6, "column": 161 } } })) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression(container.lambda(depth0, depth0)) + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 122 }, "end": { "line": 6, "column": 152 } } })) != null ? stack1 : "");
  }, "5": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="raci">\n<h2 id="raci">Responsibility matrix</h2>\n<table>\n<caption>Who is responsible, accountable, consulted and informed for each activity</caption>\n<thead><tr><th scope="col">Activity</th><th scope="col">Responsible</th><th scope="col">Accountable</th><th scope="col">Consulted</th><th scope="col">Informed</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "raci") : depth0, { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 20, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n</section>\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><th scope="row">' + alias3((helper = (helper = lookupProperty(helpers, "activity") || (depth0 != null ? lookupProperty(depth0, "activity") : depth0)) != null ? helper : alias2, typeof helper === "function" ? helper.call(alias1, { "name": "activity", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 20 }, "end": { "line": 19, "column": 32 } } }) : helper)) + "</th><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "responsible") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 41 }, "end": { "line": 19, "column": 61 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "accountable") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 70 }, "end": { "line": 19, "column": 90 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "consulted") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 99 }, "end": { "line": 19, "column": 117 } } })) + "</td><td>" + alias3((lookupProperty(helpers, "cell") || depth0 && lookupProperty(depth0, "cell") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "informed") : depth0, { "name": "cell", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 126 }, "end": { "line": 19, "column": 143 } } })) + "</td></tr>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "roles") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "raci") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true },
  "html/partials/signatures": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.escapeExpression, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<div class="signature">\n<h3>For ' + alias1((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 8 }, "end": { "line": 7, "column": 16 } } }) : helper)) + '</h3>\n<div class="line">' + alias1(alias2((stack1 = depth0 != null ? lookupProperty(depth0, "signatory") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) + '</div>\n<div class="line-label">Name</div>\n<div class="line">' + alias1(alias2((stack1 = depth0 != null ? lookupProperty(depth0, "signatory") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) + '</div>\n<div class="line-label">Title</div>\n<div class="line"></div>\n<div class="line-label">Signature</div>\n<div class="line"></div>\n<div class="line-label">Date and place</div>\n</div>\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<section class="signatures" aria-labelledby="signatures">
<h2 id="signatures">Signatures</h2>
<p>Signed by the parties' authorised representatives.</p>
<div class="signature-grid">
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "parties") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 17, "column": 9 } } })) != null ? stack1 : "") + "</div>\n</section>\n";
  }, "useData": true },
  "html/partials/style": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    return '<style>\n:root { --ink: #1d2330; --muted: #4a5466; --rule: #c9d0dc; --accent: #1f4e8c; --paper: #ffffff; --wash: #f3f6fa; }\n* { box-sizing: border-box; }\nhtml { background: var(--wash); }\nbody { margin: 0; color: var(--ink); font: 16px/1.55 Georgia, "Times New Roman", serif; }\nmain { max-width: 52rem; margin: 2rem auto; padding: 3rem 3.5rem; background: var(--paper); box-shadow: 0 1px 4px rgba(20, 30, 50, 0.12); }\nheader.cover { border-bottom: 3px solid var(--accent); padding-bottom: 1.5rem; margin-bottom: 2rem; }\n.kicker { font: 600 0.8rem/1.2 system-ui, sans-serif; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); margin: 0 0 0.5rem; }\nh1 { font-size: 2.2rem; line-height: 1.2; margin: 0 0 0.75rem; }\nh2 { font-size: 1.35rem; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; margin: 2.25rem 0 0.75rem; break-after: avoid; }\nh3 { font-size: 1.08rem; margin: 1.5rem 0 0.4rem; break-after: avoid; }\np, ul, ol, dl { margin: 0 0 0.9rem; }\n.meta { font-family: system-ui, sans-serif; color: var(--muted); font-size: 0.92rem; }\n.summary { font-size: 1.08rem; }\ndl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }\ndl.facts dt { font-weight: 600; font-family: system-ui, sans-serif; font-size: 0.92rem; color: var(--muted); }\ndl.facts dd { margin: 0; }\ntable { width: 100%; border-collapse: collapse; margin: 0 0 1.2rem; font-family: system-ui, sans-serif; font-size: 0.88rem; }\ncaption { text-align: left; font-weight: 600; padding: 0 0 0.4rem; color: var(--muted); }\nth, td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }\nthead th { background: var(--wash); }\ntbody th { font-weight: 600; }\ntd.number { text-align: right; font-variant-numeric: tabular-nums; }\nol.ladder li { margin-bottom: 0.3rem; }\na { color: var(--accent); }\nsection.signatures { break-before: page; }\n.signature-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1.5rem 2rem; }\n.signature { break-inside: avoid; page-break-inside: avoid; border: 1px solid var(--rule); padding: 1rem 1.25rem; }\n.signature h3 { margin-top: 0; }\n.line { border-bottom: 1px solid var(--ink); height: 2.5rem; margin-bottom: 0.2rem; }\n.line-label { font: 0.8rem system-ui, sans-serif; color: var(--muted); margin-bottom: 0.8rem; }\n@page { size: A4; margin: 20mm 18mm 22mm; }\n@media print {\n  html { background: none; }\n  body { font-size: 11pt; }\n  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }\n  thead { display: table-header-group; }\n  tr, li { break-inside: avoid; }\n  table { break-inside: avoid; }\n  .signature-grid { grid-template-columns: 1fr 1fr; gap: 1rem; }\n}\n</style>\n';
  }, "useData": true },
  "html/partials/term": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="term">\n<h2 id="term">Term</h2>\n<dl class="facts">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "start") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 62 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "end") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 56 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "review") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 99 } } })) != null ? stack1 : "") + "\n</dl>\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Start</dt><dd>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "start") : stack1, depth0)) + "</dd>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>End</dt><dd>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "end") : stack1, depth0)) + "</dd>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>Review</dt><dd>The partners review this charter " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "term") : depth0) != null ? lookupProperty(stack1, "review") : stack1, depth0)) + ".</dd>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="legal-nature">\n<h2 id="legal-nature">Legal nature</h2>\n' + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "agreement") : depth0, { "name": "with", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "binding") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 15, "column": 3 }, "end": { "line": 15, "column": 161 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "governingLaw") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 161 }, "end": { "line": 15, "column": 224 } } })) != null ? stack1 : "") + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "");
  }, "6": function(container, depth0, helpers, partials, data) {
    return "This charter is legally binding on the partners.";
  }, "7": function(container, depth0, helpers, partials, data) {
    return "This charter is not legally binding; it records the partners' shared intentions.";
  }, "8": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " It is governed by " + container.escapeExpression((helper = (helper = lookupProperty(helpers, "governingLaw") || (depth0 != null ? lookupProperty(depth0, "governingLaw") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "governingLaw", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 200 }, "end": { "line": 15, "column": 216 } } }) : helper)) + ".";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Separate agreements carry the binding terms:</p>\n<ul>\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 21, "column": 9 } } })) != null ? stack1 : "") + "</ul>\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    return "<li>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</li>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "term") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "agreement") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true },
  "html/partials/vision": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="challenge">\n<h2 id="challenge">The challenge</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "statement") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 64 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "focus") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 76 } } })) != null ? stack1 : "") + "\n</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "statement") : stack1, depth0)) + "</p>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="meta">Focus: ' + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "challenge") : depth0) != null ? lookupProperty(stack1, "focus") : stack1, depth0)) + "</p>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="sectors">\n<h2 id="sectors">Working across sectors</h2>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "sectors") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 22, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h3>" + container.escapeExpression((helper = (helper = lookupProperty(helpers, "sector") || (depth0 != null ? lookupProperty(depth0, "sector") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "sector", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 14 } } }) : helper)) + '</h3>\n<dl class="facts">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "norms") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 18, "column": 121 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "constraints") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 19, "column": 131 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "bridging") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 20, "column": 122 } } })) != null ? stack1 : "") + "\n</dl>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>How this sector works</dt><dd>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "norms") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 47 }, "end": { "line": 18, "column": 109 } } })) != null ? stack1 : "") + "</dd>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression(container.lambda(depth0, depth0)) + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 70 }, "end": { "line": 18, "column": 100 } } })) != null ? stack1 : "");
  }, "7": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>What it cannot bend</dt><dd>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "constraints") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 51 }, "end": { "line": 19, "column": 119 } } })) != null ? stack1 : "") + "</dd>";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<dt>How we bridge it</dt><dd>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "bridging") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 45 }, "end": { "line": 20, "column": 110 } } })) != null ? stack1 : "") + "</dd>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="vision">\n<h2 id="vision">Vision</h2>\n<p>' + container.escapeExpression((helper = (helper = lookupProperty(helpers, "vision") || (depth0 != null ? lookupProperty(depth0, "vision") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "vision", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 13 } } }) : helper)) + "</p>\n</section>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "challenge") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "sectors") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true }
};

// src/render/escape.ts
function escapeMarkdown(value) {
  return replaceControlCharacters(value).replace(/\s+/g, " ").trim().replace(/[\\`*_[\]<>#|~&:@]/g, (c) => `\\${c}`).replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2").replace(/\b(www)\./gi, "$1\\.");
}
function replaceControlCharacters(value) {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD");
}
function mapStrings(value, transform) {
  if (typeof value === "string") return transform(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, transform));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, transform);
    return out;
  }
  return value;
}

// src/render/view.ts
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function formatDate(date) {
  if (date === void 0) return void 0;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}
function formatMoney(value) {
  if (value === void 0) return void 0;
  const [whole, fraction] = value.amount.toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value.currency} ${grouped}${fraction === "00" ? "" : `.${fraction}`}`;
}
function formatNumber(n) {
  if (n === void 0) return void 0;
  const [whole, fraction] = String(n).split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
}
var percent = (fraction) => fraction === void 0 ? void 0 : `${Math.round(fraction * 1e3) / 10}%`;
var CADENCE = {
  weekly: "weekly",
  biweekly: "every two weeks",
  monthly: "monthly",
  quarterly: "quarterly",
  semiannual: "twice a year",
  annual: "once a year",
  "as-needed": "as needed"
};
var RULE = {
  consensus: "consensus (a decision stands when no partner objects)",
  unanimous: "unanimity (every voting partner agrees)",
  majority: "majority vote",
  supermajority: "supermajority vote",
  "lead-partner": "the lead partner, after consulting the others"
};
var SECTOR = {
  government: "Government",
  business: "Business",
  academia: "Academia",
  nonprofit: "Nonprofit",
  philanthropy: "Philanthropy",
  community: "Community",
  multilateral: "Multilateral",
  healthcare: "Healthcare",
  education: "Education"
};
var nonEmpty = (list) => list && list.length > 0 ? list : void 0;
var sentenceCase = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var headingText = (s) => s.replace(/[\s.,;:!?。，；：！]+$/u, "") || s;
function buildView(charter) {
  const partnersById = /* @__PURE__ */ new Map();
  for (const p of charter.partners) if (!partnersById.has(p.id)) partnersById.set(p.id, p);
  const name = (id) => id === void 0 ? void 0 : partnersById.get(id)?.name ?? id;
  const names = (ids) => {
    const list = ids === void 0 ? [] : Array.isArray(ids) ? ids : [ids];
    return list.length > 0 ? list.map((id) => name(id)).join(", ") : void 0;
  };
  const goalsById = new Map(charter.goals.map((g) => [g.id, g]));
  const gov = charter.governance;
  const term = charter.term;
  const parties = charter.partners.map((p, index) => ({
    number: index + 1,
    name: p.name,
    heading: headingText(p.name),
    sector: SECTOR[p.sector] ?? p.sector,
    type: p.type,
    mission: p.mission,
    representative: p.representative && {
      name: p.representative.name,
      role: p.representative.role,
      email: p.representative.email,
      authority: p.representative.authority
    },
    contributions: nonEmpty(
      p.contributions?.map((c) => ({ type: sentenceCase(c.type.replace("-", " ")), description: c.description, value: formatMoney(c.value) }))
    ),
    expectations: nonEmpty(p.expectations),
    strengths: nonEmpty(p.strengths),
    limitations: nonEmpty(p.limitations),
    motivations: nonEmpty(p.motivations),
    signatory: { name: p.signatory?.name, title: p.signatory?.title }
  }));
  const goals = charter.goals.map((g, index) => ({
    number: index + 1,
    title: g.title,
    heading: headingText(g.title),
    description: g.description,
    owner: name(g.owner),
    partners: names(g.partners),
    due: formatDate(g.due),
    alignment: nonEmpty(Object.entries(g.alignment ?? {}).map(([id, text]) => ({ partner: name(id), text })))
  }));
  const sectors = nonEmpty(
    Object.entries(charter.sectors ?? {}).filter(([key]) => !key.startsWith("x-")).map(([key, profile]) => {
      const p = profile;
      return { sector: SECTOR[key] ?? key, norms: nonEmpty(p.norms), constraints: nonEmpty(p.constraints), bridging: nonEmpty(p.bridging) };
    })
  );
  const decisions = gov?.decision_making;
  const governance = gov && {
    body: gov.body && {
      name: gov.body.name ?? "Governing body",
      members: nonEmpty(gov.body.members?.map((m) => ({ partner: name(m.partner), seats: m.seats ?? 1, role: m.observer ? "Observer" : "Member" }))),
      chair: gov.body.chair === "rotating" ? `rotating${gov.body.rotation ? ` (${CADENCE[gov.body.rotation]})` : ""}` : name(gov.body.chair)
    },
    backbone: name(gov.backbone),
    decisions: decisions && {
      rule: decisions.rule && RULE[decisions.rule],
      quorum: percent(decisions.quorum),
      threshold: percent(decisions.threshold),
      tieBreak: decisions.tie_break
    },
    meetings: gov.meetings?.cadence && CADENCE[gov.meetings.cadence]
  };
  const communication = gov?.communication && {
    channels: nonEmpty(gov.communication.channels),
    cadence: gov.communication.cadence && CADENCE[gov.communication.cadence],
    reportingCadence: gov.communication.reporting?.cadence && CADENCE[gov.communication.reporting.cadence],
    audience: nonEmpty(gov.communication.reporting?.audience)?.join(", "),
    languages: nonEmpty(gov.communication.languages)?.join(", ")
  };
  const escalation = nonEmpty(gov?.conflict_resolution?.steps?.map((s, index) => ({ step: index + 1, level: s.level, days: s.within_days, by: s.by })));
  const dataSharing = gov?.data_sharing && {
    purpose: gov.data_sharing.purpose,
    items: gov.data_sharing.items,
    personalData: gov.data_sharing.personal_data === void 0 ? void 0 : gov.data_sharing.personal_data ? "Yes" : "No",
    legalBasis: gov.data_sharing.legal_basis,
    controllers: names(gov.data_sharing.controllers),
    retention: gov.data_sharing.retention,
    security: gov.data_sharing.security,
    breachNoticeHours: gov.data_sharing.breach_notice_hours
  };
  const metrics = nonEmpty(
    charter.metrics?.map((m) => ({
      name: m.name,
      goal: m.goal === void 0 ? void 0 : goalsById.get(m.goal)?.title ?? m.goal,
      baseline: formatNumber(m.baseline),
      target: formatNumber(m.target),
      unit: m.unit,
      direction: m.direction && sentenceCase(m.direction),
      frequency: m.frequency && sentenceCase(CADENCE[m.frequency]),
      owner: name(m.owner),
      source: m.source
    }))
  );
  const raci = nonEmpty(
    charter.raci?.map((r) => ({
      activity: r.activity,
      responsible: names(r.responsible),
      accountable: names(r.accountable),
      consulted: names(r.consulted),
      informed: names(r.informed)
    }))
  );
  const roles = nonEmpty(charter.roles?.map((r) => ({ partner: name(r.partner), role: r.role, responsibilities: nonEmpty(r.responsibilities) })));
  const extensions = nonEmpty(
    Object.entries(charter).filter(([key, value]) => key.startsWith("x-") && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")).map(([key, value]) => ({ key: key.slice(2), value: String(value) }))
  );
  return {
    title: charter.title,
    heading: headingText(charter.title),
    status: sentenceCase(charter.status ?? "draft"),
    version: charter.version,
    summary: charter.summary,
    vision: charter.vision,
    challenge: charter.challenge && (charter.challenge.statement || nonEmpty(charter.challenge.focus)) ? { statement: charter.challenge.statement, focus: nonEmpty(charter.challenge.focus)?.join(", ") } : void 0,
    parties,
    sectors,
    goals,
    roles,
    raci,
    governance,
    communication,
    escalation,
    amendments: gov?.amendments && { process: gov.amendments.process, approval: gov.amendments.approval && RULE[gov.amendments.approval] },
    admission: gov?.admission,
    exit: gov?.exit && { noticeDays: gov.exit.notice_days, obligations: gov.exit.obligations, assets: gov.exit.assets },
    ip: gov?.ip && (gov.ip.background || gov.ip.foreground || gov.ip.licensing || gov.ip.publication) ? gov.ip : void 0,
    dataSharing,
    confidentiality: gov?.confidentiality,
    metrics,
    commitments: nonEmpty(charter.commitments?.map((c) => ({ partner: name(c.partner), description: c.description, due: formatDate(c.due), status: c.status && sentenceCase(c.status.replace("-", " ")) }))),
    risks: nonEmpty(charter.risks?.map((r) => ({ challenge: r.challenge && sentenceCase(r.challenge.replace(/-/g, " ")), description: r.description, mitigation: r.mitigation, owner: name(r.owner) }))),
    term: term && (term.start || term.end || term.review) ? { start: formatDate(term.start), end: formatDate(term.end), review: term.review && CADENCE[term.review] } : void 0,
    agreement: charter.agreement && {
      binding: charter.agreement.binding,
      governingLaw: charter.agreement.governing_law,
      related: nonEmpty(charter.agreement.related)
    },
    extensions
  };
}

// src/render/render.ts
async function renderCharter(charter, options) {
  const main = options.templateDir === void 0 ? instantiate(import_runtime.default.create(), options.format) : await withOverrides(options.format, options.templateDir);
  const view = buildView(charter);
  let output;
  try {
    output = main(mapStrings(view, options.format === "md" ? escapeMarkdown : replaceControlCharacters));
  } catch (error) {
    const where = options.templateDir ? ` (templates from ${options.templateDir})` : "";
    throw new UsageError(`template error${where}: ${error.message.split("\n")[0]}`);
  }
  return options.format === "md" ? output.replace(/\n{3,}/g, "\n\n").trimEnd() + "\n" : output;
}
function instantiate(env, format) {
  env.registerHelper("cell", (value) => value === void 0 || value === null || value === "" ? "\u2014" : value);
  const prefix = `${format}/partials/`;
  for (const [name, spec] of Object.entries(templates_default)) {
    if (name.startsWith(prefix)) env.registerPartial(name.slice(prefix.length), env.template(spec));
  }
  return env.template(templates_default[`${format}/agreement`]);
}
async function withOverrides(format, dir) {
  const { default: FullHandlebars } = await import("./lib-M2M7BU3Y.js");
  let root = dir;
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`--template ${dir}: not a directory`);
    if (await stat(join(dir, format)).then((s) => s.isDirectory(), () => false)) root = join(dir, format);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--template ${dir}: no such directory`);
  }
  const env = FullHandlebars.create();
  let main = instantiate(env, format);
  const files = (await readdir(root, { recursive: true })).map(String).filter((f) => f.endsWith(".hbs")).sort();
  if (files.length === 0) throw new UsageError(`--template ${dir}: no .hbs templates found`);
  for (const file of files) {
    const path = join(root, file);
    const source = await readFile(path, "utf8");
    const shown = relative(process.cwd(), path) || path;
    let template;
    try {
      FullHandlebars.parse(source);
      template = env.compile(source, { noEscape: format === "md", preventIndent: true, strict: false });
    } catch (error) {
      const message = error.message;
      const line = /line (\d+)/.exec(message)?.[1];
      throw new UsageError(`template error in ${shown}${line ? `:${line}` : ""}: ${message.split("\n").filter(Boolean).pop()}`);
    }
    const name = file.replace(/\\/g, "/").replace(/\.hbs$/, "").replace(/^partials\//, "");
    if (name === "agreement") main = template;
    else env.registerPartial(name, template);
  }
  return main;
}

// src/commands/render.ts
async function runRender(file, options, io) {
  const shown = toDisplayPath(resolve(file));
  const bytes = await readCharterBytes(file);
  const settings = options.strict ? new ConfigFinder().find(dirname(resolve(file))) ?? void 0 : void 0;
  const { result, charter } = analyseBytes(bytes, shown, { mode: options.strict ? "lint" : "validate", today: options.today ?? localToday(), settings });
  const errors = result.findings.filter((f) => f.severity === "error");
  if (charter === void 0 || errors.length > 0) {
    io.stderr(formatStylish([{ ...result, findings: errors }], { color: false }));
    io.stderr(`charter: not rendered: ${shown} has ${errors.length === 1 ? "an error" : "errors"}${options.strict ? "" : " against the schema"}; fix ${errors.length === 1 ? "it" : "them"} first
`);
    return 1;
  }
  const output = await renderCharter(charter, { format: options.format, templateDir: options.template });
  if (options.out === void 0) io.stdout(output);
  else {
    if (resolve(options.out) === resolve(file)) throw new UsageError(`--out ${options.out} is the charter itself: choose another file`);
    await writeFileAtomic(options.out, output);
  }
  return 0;
}
export {
  runRender
};
