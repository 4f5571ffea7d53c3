import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  closest,
  humanPath,
  parsePointer,
  pointer
} from "./chunk-CT4NQHLN.js";
import {
  __commonJS
} from "./chunk-MBHNAR3Y.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// schemas/charter.schema.json
var charter_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://charter-cli.github.io/charter/schemas/charter.schema.json",
  title: "Charter",
  description: "A cross-sector partnership charter, format 1: who the partners are, what they aim for together, who does what, how they decide, communicate and resolve conflicts, and how impact is measured.",
  type: "object",
  required: [
    "charter",
    "id",
    "title",
    "vision",
    "partners",
    "goals"
  ],
  additionalProperties: false,
  patternProperties: {
    "^x-": {
      description: "Free extension: ignored by lint and kept by render."
    }
  },
  properties: {
    charter: {
      description: "Format version of this file. Always 1.",
      const: 1
    },
    id: {
      $ref: "#/$defs/slug",
      description: "Stable identifier of the partnership (a slug: lowercase letters, digits and hyphens).",
      examples: [
        "heart-failure-telemonitoring"
      ]
    },
    title: {
      type: "string",
      minLength: 1,
      description: "Name of the partnership.",
      examples: [
        "Heart Failure Telemonitoring Alliance"
      ]
    },
    status: {
      description: "Lifecycle state of the partnership. Defaults to draft.",
      enum: [
        "draft",
        "proposed",
        "active",
        "suspended",
        "closed"
      ],
      default: "draft"
    },
    version: {
      type: "string",
      description: "Document version, bumped on every amendment.",
      examples: [
        "1.2.0"
      ]
    },
    use_case: {
      description: "Kind of partnership.",
      enum: [
        "digital-health",
        "public-private-infrastructure",
        "research-commercialization",
        "environmental-sustainability",
        "social-innovation",
        "circular-economy",
        "education",
        "disaster-response",
        "urban-development",
        "smart-city",
        "global-development",
        "innovation-hub",
        "vaccine-development",
        "other"
      ]
    },
    summary: {
      type: "string",
      description: "One paragraph for the cover page."
    },
    vision: {
      type: "string",
      minLength: 1,
      description: "The mutual vision all partners sign up to."
    },
    challenge: {
      type: "object",
      description: "The problem the partnership exists to solve.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        statement: {
          type: "string",
          description: "The challenge in a few sentences: what none of the partners can solve alone."
        },
        focus: {
          type: "array",
          description: "Which kinds of challenge this is.",
          items: {
            description: "A kind of challenge.",
            enum: [
              "social",
              "environmental",
              "economic",
              "health",
              "technological"
            ]
          }
        }
      }
    },
    term: {
      type: "object",
      description: "How long the partnership runs and how often the charter itself is reviewed.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        start: {
          $ref: "#/$defs/date",
          description: "First day of the partnership (YYYY-MM-DD)."
        },
        end: {
          $ref: "#/$defs/date",
          description: "Last day of the partnership (YYYY-MM-DD)."
        },
        review: {
          $ref: "#/$defs/cadence",
          description: "How often the partners review this charter."
        }
      }
    },
    agreement: {
      type: "object",
      description: "The legal nature of this charter.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        binding: {
          type: "boolean",
          description: "Whether this charter itself is legally binding (most are not: money, IP and data usually sit in separate contracts)."
        },
        governing_law: {
          type: "string",
          description: "The law that governs the agreement.",
          examples: [
            "Laws of the Netherlands"
          ]
        },
        related: {
          type: "array",
          description: "Separate contracts that carry money, IP or data.",
          items: {
            type: "string",
            description: "Name or reference of a related contract."
          }
        }
      }
    },
    sectors: {
      type: "object",
      description: "Working norms of each sector present, so that cultural differences are named and bridged.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        government: {
          $ref: "#/$defs/sectorProfile",
          description: "How government partners work."
        },
        business: {
          $ref: "#/$defs/sectorProfile",
          description: "How business partners work."
        },
        academia: {
          $ref: "#/$defs/sectorProfile",
          description: "How academic partners work."
        },
        nonprofit: {
          $ref: "#/$defs/sectorProfile",
          description: "How nonprofit partners work."
        },
        philanthropy: {
          $ref: "#/$defs/sectorProfile",
          description: "How philanthropic partners work."
        },
        community: {
          $ref: "#/$defs/sectorProfile",
          description: "How community partners work."
        },
        multilateral: {
          $ref: "#/$defs/sectorProfile",
          description: "How multilateral partners work."
        },
        healthcare: {
          $ref: "#/$defs/sectorProfile",
          description: "How healthcare partners work."
        },
        education: {
          $ref: "#/$defs/sectorProfile",
          description: "How education partners work."
        }
      }
    },
    partners: {
      type: "array",
      description: "The organisations in the partnership: two or more.",
      minItems: 2,
      items: {
        $ref: "#/$defs/partner"
      }
    },
    goals: {
      type: "array",
      description: "The shared objectives: one or more.",
      minItems: 1,
      items: {
        $ref: "#/$defs/goal"
      }
    },
    roles: {
      type: "array",
      description: "Responsibilities of each partner.",
      items: {
        $ref: "#/$defs/role"
      }
    },
    raci: {
      type: "array",
      description: "Responsibility matrix: per activity, who is Responsible, Accountable, Consulted and Informed.",
      items: {
        $ref: "#/$defs/raciRow"
      }
    },
    governance: {
      $ref: "#/$defs/governance"
    },
    metrics: {
      type: "array",
      description: "How the partnership measures its impact.",
      items: {
        $ref: "#/$defs/metric"
      }
    },
    commitments: {
      type: "array",
      description: "Concrete deliverables that build trust between partners.",
      items: {
        $ref: "#/$defs/commitment"
      }
    },
    risks: {
      type: "array",
      description: "Known challenges and how they are mitigated.",
      items: {
        $ref: "#/$defs/risk"
      }
    }
  },
  $defs: {
    slug: {
      type: "string",
      description: "An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters.",
      pattern: "^[a-z0-9][a-z0-9-]{0,62}$"
    },
    date: {
      type: "string",
      description: "A date written YYYY-MM-DD.",
      format: "date",
      examples: [
        "2026-01-31"
      ]
    },
    cadence: {
      description: "How often something happens.",
      enum: [
        "weekly",
        "biweekly",
        "monthly",
        "quarterly",
        "semiannual",
        "annual",
        "as-needed"
      ]
    },
    sector: {
      description: "The sector an organisation belongs to.",
      enum: [
        "government",
        "business",
        "academia",
        "nonprofit",
        "philanthropy",
        "community",
        "multilateral",
        "healthcare",
        "education"
      ]
    },
    decisionRule: {
      description: "How decisions are taken: consensus (no partner objects), unanimous (every partner votes yes), majority (more than half of the votes), supermajority (the threshold share of votes), lead-partner (one partner decides after consulting the others).",
      enum: [
        "consensus",
        "unanimous",
        "majority",
        "supermajority",
        "lead-partner"
      ]
    },
    fraction: {
      type: "number",
      description: "A fraction greater than 0 and at most 1.",
      exclusiveMinimum: 0,
      maximum: 1,
      examples: [
        0.5,
        0.67
      ]
    },
    stringList: {
      type: "array",
      items: {
        type: "string",
        description: "One entry."
      }
    },
    partnerIdList: {
      type: "array",
      items: {
        $ref: "#/$defs/slug",
        description: "A partner id."
      }
    },
    sectorProfile: {
      type: "object",
      description: "How a sector works: its norms, its constraints and how the partnership bridges them.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        norms: {
          $ref: "#/$defs/stringList",
          description: "How this sector works.",
          examples: [
            [
              "annual budget cycle"
            ]
          ]
        },
        constraints: {
          $ref: "#/$defs/stringList",
          description: "Rules this sector cannot bend.",
          examples: [
            [
              "public procurement law"
            ]
          ]
        },
        bridging: {
          $ref: "#/$defs/stringList",
          description: "What the partnership does to bridge this culture.",
          examples: [
            [
              "joint planning calendar aligned to the budget cycle"
            ]
          ]
        }
      }
    },
    money: {
      type: "object",
      description: "An amount of money with its currency.",
      required: [
        "amount",
        "currency"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        amount: {
          type: "number",
          minimum: 0,
          description: "The amount, zero or more."
        },
        currency: {
          type: "string",
          pattern: "^[A-Z]{3}$",
          description: "ISO 4217 currency code.",
          examples: [
            "EUR",
            "USD"
          ]
        }
      }
    },
    contribution: {
      type: "object",
      description: "Something a partner brings to the partnership.",
      required: [
        "type",
        "description"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        type: {
          description: "Kind of contribution.",
          enum: [
            "funding",
            "expertise",
            "data",
            "infrastructure",
            "staff",
            "network",
            "ip",
            "technology",
            "in-kind",
            "other"
          ]
        },
        description: {
          type: "string",
          description: "What exactly is contributed."
        },
        value: {
          $ref: "#/$defs/money",
          description: "Monetary value of the contribution."
        }
      }
    },
    representative: {
      type: "object",
      description: "The person who speaks for the partner in the partnership.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        name: {
          type: "string",
          description: "Full name."
        },
        role: {
          type: "string",
          description: "Job title or role in the organisation."
        },
        email: {
          type: "string",
          format: "email",
          description: "Email address.",
          examples: [
            "j.doe@example.org"
          ]
        },
        authority: {
          type: "boolean",
          description: "Whether this person may commit the organisation."
        }
      }
    },
    signatory: {
      type: "object",
      description: "The person who signs the charter for the partner.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        name: {
          type: "string",
          description: "Full name."
        },
        title: {
          type: "string",
          description: "Title or function.",
          examples: [
            "Chief Executive Officer"
          ]
        }
      }
    },
    partner: {
      type: "object",
      description: "An organisation in the partnership.",
      required: [
        "id",
        "name",
        "sector"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        id: {
          $ref: "#/$defs/slug",
          description: "Identifier used to refer to this partner elsewhere in the charter.",
          examples: [
            "city"
          ]
        },
        name: {
          type: "string",
          minLength: 1,
          description: "Name of the organisation."
        },
        sector: {
          $ref: "#/$defs/sector"
        },
        type: {
          type: "string",
          description: "Kind of organisation.",
          examples: [
            "municipality",
            "university hospital"
          ]
        },
        mission: {
          type: "string",
          description: "The organisation's own mission."
        },
        strengths: {
          $ref: "#/$defs/stringList",
          description: "What this partner is good at."
        },
        limitations: {
          $ref: "#/$defs/stringList",
          description: "What this partner cannot do or must avoid."
        },
        motivations: {
          $ref: "#/$defs/stringList",
          description: "Why this partner joins."
        },
        expectations: {
          $ref: "#/$defs/stringList",
          description: "What this partner expects to get back (mutual benefit)."
        },
        contributions: {
          type: "array",
          description: "What this partner brings.",
          items: {
            $ref: "#/$defs/contribution"
          }
        },
        representative: {
          $ref: "#/$defs/representative"
        },
        signatory: {
          $ref: "#/$defs/signatory"
        }
      }
    },
    goal: {
      type: "object",
      description: "A shared objective.",
      required: [
        "id",
        "title"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        id: {
          $ref: "#/$defs/slug",
          description: "Identifier used to refer to this goal elsewhere in the charter."
        },
        title: {
          type: "string",
          minLength: 1,
          description: "The goal in one line."
        },
        description: {
          type: "string",
          description: "What achieving the goal means."
        },
        partners: {
          $ref: "#/$defs/partnerIdList",
          description: "Ids of the partners who share this goal."
        },
        owner: {
          $ref: "#/$defs/slug",
          description: "Id of the partner accountable for this goal."
        },
        alignment: {
          type: "object",
          description: "Per partner id: how this goal serves that partner's mission.",
          propertyNames: {
            $ref: "#/$defs/slug"
          },
          additionalProperties: {
            type: "string",
            description: "How the goal serves this partner."
          }
        },
        due: {
          $ref: "#/$defs/date",
          description: "When the goal should be reached (YYYY-MM-DD)."
        }
      }
    },
    role: {
      type: "object",
      description: "The responsibilities of one partner.",
      required: [
        "partner",
        "responsibilities"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        partner: {
          $ref: "#/$defs/slug",
          description: "Id of the partner."
        },
        role: {
          type: "string",
          description: "Name of the role.",
          examples: [
            "backbone organisation"
          ]
        },
        responsibilities: {
          $ref: "#/$defs/stringList",
          description: "What this partner is responsible for."
        }
      }
    },
    raciRow: {
      type: "object",
      description: "One activity of the responsibility matrix.",
      required: [
        "activity"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        activity: {
          type: "string",
          description: "The activity."
        },
        goal: {
          $ref: "#/$defs/slug",
          description: "Id of the goal this activity serves."
        },
        responsible: {
          $ref: "#/$defs/partnerIdList",
          description: "Ids of the partners who do the work."
        },
        accountable: {
          description: "Id of the one partner answerable for the activity (a list is accepted, but lint demands exactly one).",
          anyOf: [
            {
              $ref: "#/$defs/slug"
            },
            {
              $ref: "#/$defs/partnerIdList"
            }
          ]
        },
        consulted: {
          $ref: "#/$defs/partnerIdList",
          description: "Ids of the partners consulted before decisions."
        },
        informed: {
          $ref: "#/$defs/partnerIdList",
          description: "Ids of the partners kept informed."
        }
      }
    },
    governance: {
      type: "object",
      description: "Decision-making, communication, conflict resolution and the terms of the agreement.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        body: {
          type: "object",
          description: "The governing body (steering committee, board).",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            name: {
              type: "string",
              description: "Name of the body.",
              examples: [
                "Steering Committee"
              ]
            },
            members: {
              type: "array",
              description: "The partners sitting on the body.",
              items: {
                type: "object",
                description: "A partner's seat(s) on the body.",
                required: [
                  "partner"
                ],
                additionalProperties: false,
                patternProperties: {
                  "^x-": {
                    description: "Free extension."
                  }
                },
                properties: {
                  partner: {
                    $ref: "#/$defs/slug",
                    description: "Id of the partner."
                  },
                  seats: {
                    type: "integer",
                    minimum: 1,
                    default: 1,
                    description: "Number of seats (votes)."
                  },
                  observer: {
                    type: "boolean",
                    default: false,
                    description: "An observer attends but does not vote."
                  }
                }
              }
            },
            chair: {
              $ref: "#/$defs/slug",
              description: 'Id of the partner who chairs the body, or "rotating".',
              examples: [
                "rotating"
              ]
            },
            rotation: {
              $ref: "#/$defs/cadence",
              description: "How often a rotating chair changes."
            }
          }
        },
        backbone: {
          $ref: "#/$defs/slug",
          description: "Id of the partner that runs the secretariat (backbone organisation)."
        },
        decision_making: {
          type: "object",
          description: "How the partnership takes decisions.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            rule: {
              $ref: "#/$defs/decisionRule"
            },
            quorum: {
              $ref: "#/$defs/fraction",
              description: "Share of voting seats that must be present to decide (0 < quorum <= 1)."
            },
            threshold: {
              $ref: "#/$defs/fraction",
              description: "Share of votes needed to pass (for majority and supermajority)."
            },
            tie_break: {
              type: "string",
              description: "What happens when the body cannot agree or votes are tied."
            }
          }
        },
        meetings: {
          type: "object",
          description: "Meetings of the governing body.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            cadence: {
              $ref: "#/$defs/cadence",
              description: "How often the body meets."
            }
          }
        },
        communication: {
          type: "object",
          description: "The communication plan.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            channels: {
              $ref: "#/$defs/stringList",
              description: "Where partners talk.",
              examples: [
                [
                  "monthly partner call",
                  "shared workspace"
                ]
              ]
            },
            cadence: {
              $ref: "#/$defs/cadence",
              description: "How often partners update each other."
            },
            reporting: {
              type: "object",
              description: "Progress reporting.",
              additionalProperties: false,
              patternProperties: {
                "^x-": {
                  description: "Free extension."
                }
              },
              properties: {
                cadence: {
                  $ref: "#/$defs/cadence",
                  description: "How often progress is reported."
                },
                audience: {
                  $ref: "#/$defs/stringList",
                  description: "Who receives the reports."
                }
              }
            },
            languages: {
              $ref: "#/$defs/stringList",
              description: "Working languages."
            }
          }
        },
        conflict_resolution: {
          type: "object",
          description: "How disputes are resolved.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            steps: {
              type: "array",
              description: "The escalation ladder, in order.",
              items: {
                type: "object",
                description: "One step of the escalation ladder.",
                required: [
                  "level"
                ],
                additionalProperties: false,
                patternProperties: {
                  "^x-": {
                    description: "Free extension."
                  }
                },
                properties: {
                  level: {
                    type: "string",
                    description: "Who handles the dispute at this step.",
                    examples: [
                      "project leads"
                    ]
                  },
                  within_days: {
                    type: "integer",
                    minimum: 1,
                    description: "Days this step has before the dispute escalates."
                  },
                  by: {
                    type: "string",
                    description: "How the step works (meeting, mediator, arbitration)."
                  }
                }
              }
            }
          }
        },
        amendments: {
          type: "object",
          description: "How this charter is changed.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            process: {
              type: "string",
              description: "How amendments are proposed and adopted."
            },
            approval: {
              $ref: "#/$defs/decisionRule"
            }
          }
        },
        admission: {
          type: "string",
          description: "How new partners join."
        },
        exit: {
          type: "object",
          description: "How a partner leaves.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            notice_days: {
              type: "integer",
              minimum: 0,
              description: "Days of notice a leaving partner gives."
            },
            obligations: {
              type: "string",
              description: "What a leaving partner still owes."
            },
            assets: {
              type: "string",
              description: "What happens to shared data, IP and assets on exit."
            }
          }
        },
        ip: {
          type: "object",
          description: "Intellectual property terms.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            background: {
              type: "string",
              description: "IP each partner brings in, and who may use it."
            },
            foreground: {
              type: "string",
              description: "Who owns IP created in the partnership."
            },
            licensing: {
              type: "string",
              description: "How IP is licensed between partners and to others."
            },
            publication: {
              type: "string",
              description: "Rules for publishing results."
            }
          }
        },
        data_sharing: {
          type: "object",
          description: "Data sharing terms.",
          additionalProperties: false,
          patternProperties: {
            "^x-": {
              description: "Free extension."
            }
          },
          properties: {
            purpose: {
              type: "string",
              description: "Why data is shared."
            },
            items: {
              type: "string",
              description: "Which data is shared."
            },
            personal_data: {
              type: "boolean",
              description: "Whether personal data is shared."
            },
            legal_basis: {
              type: "string",
              description: "The legal basis for processing personal data."
            },
            controllers: {
              $ref: "#/$defs/partnerIdList",
              description: "Ids of the partners who are data controllers."
            },
            retention: {
              type: "string",
              description: "How long data is kept."
            },
            security: {
              type: "string",
              description: "How data is protected."
            },
            breach_notice_hours: {
              type: "integer",
              minimum: 1,
              description: "Hours within which a data breach is notified to the other partners."
            }
          }
        },
        confidentiality: {
          type: "string",
          description: "What stays confidential and what is disclosed publicly."
        }
      }
    },
    metric: {
      type: "object",
      description: "A measure of the partnership's progress or impact.",
      required: [
        "id",
        "name"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        id: {
          $ref: "#/$defs/slug",
          description: "Identifier of the metric."
        },
        name: {
          type: "string",
          minLength: 1,
          description: "What is measured."
        },
        goal: {
          $ref: "#/$defs/slug",
          description: "Id of the goal this metric measures."
        },
        unit: {
          type: "string",
          description: "Unit of measurement.",
          examples: [
            "patients",
            "%",
            "tonnes CO2e"
          ]
        },
        baseline: {
          type: "number",
          description: "Value at the start."
        },
        target: {
          type: "number",
          description: "Value aimed for."
        },
        direction: {
          description: "Which way is better.",
          enum: [
            "increase",
            "decrease",
            "maintain"
          ]
        },
        level: {
          description: "Results-chain level.",
          enum: [
            "output",
            "outcome",
            "impact"
          ]
        },
        baseline_date: {
          $ref: "#/$defs/date",
          description: "When the baseline was measured (YYYY-MM-DD)."
        },
        target_date: {
          $ref: "#/$defs/date",
          description: "When the target should be reached (YYYY-MM-DD)."
        },
        frequency: {
          $ref: "#/$defs/cadence",
          description: "How often the metric is measured."
        },
        source: {
          type: "string",
          description: "Where the data comes from."
        },
        owner: {
          $ref: "#/$defs/slug",
          description: "Id of the partner who reports this metric."
        }
      }
    },
    commitment: {
      type: "object",
      description: "A concrete deliverable a partner promises.",
      required: [
        "partner",
        "description"
      ],
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        partner: {
          $ref: "#/$defs/slug",
          description: "Id of the partner who commits."
        },
        description: {
          type: "string",
          description: "What is delivered."
        },
        due: {
          $ref: "#/$defs/date",
          description: "When it is due (YYYY-MM-DD)."
        },
        status: {
          description: "Progress of the commitment.",
          enum: [
            "planned",
            "in-progress",
            "done",
            "late"
          ]
        }
      }
    },
    risk: {
      type: "object",
      description: "A known challenge and its mitigation.",
      additionalProperties: false,
      patternProperties: {
        "^x-": {
          description: "Free extension."
        }
      },
      properties: {
        challenge: {
          description: "Which kind of challenge.",
          enum: [
            "cultural-differences",
            "misaligned-objectives",
            "communication-barriers",
            "resource-imbalance",
            "trust",
            "other"
          ]
        },
        description: {
          type: "string",
          description: "The risk."
        },
        mitigation: {
          type: "string",
          description: "What the partnership does about it."
        },
        owner: {
          $ref: "#/$defs/slug",
          description: "Id of the partner who watches this risk."
        }
      }
    }
  }
};

// src/generated/validate-charter.js
var validate_charter_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://charter-cli.github.io/charter/schemas/charter.schema.json", "title": "Charter", "description": "A cross-sector partnership charter, format 1: who the partners are, what they aim for together, who does what, how they decide, communicate and resolve conflicts, and how impact is measured.", "type": "object", "required": ["charter", "id", "title", "vision", "partners", "goals"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension: ignored by lint and kept by render." } }, "properties": { "charter": { "description": "Format version of this file. Always 1.", "const": 1 }, "id": { "$ref": "#/$defs/slug", "description": "Stable identifier of the partnership (a slug: lowercase letters, digits and hyphens).", "examples": ["heart-failure-telemonitoring"] }, "title": { "type": "string", "minLength": 1, "description": "Name of the partnership.", "examples": ["Heart Failure Telemonitoring Alliance"] }, "status": { "description": "Lifecycle state of the partnership. Defaults to draft.", "enum": ["draft", "proposed", "active", "suspended", "closed"], "default": "draft" }, "version": { "type": "string", "description": "Document version, bumped on every amendment.", "examples": ["1.2.0"] }, "use_case": { "description": "Kind of partnership.", "enum": ["digital-health", "public-private-infrastructure", "research-commercialization", "environmental-sustainability", "social-innovation", "circular-economy", "education", "disaster-response", "urban-development", "smart-city", "global-development", "innovation-hub", "vaccine-development", "other"] }, "summary": { "type": "string", "description": "One paragraph for the cover page." }, "vision": { "type": "string", "minLength": 1, "description": "The mutual vision all partners sign up to." }, "challenge": { "type": "object", "description": "The problem the partnership exists to solve.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "statement": { "type": "string", "description": "The challenge in a few sentences: what none of the partners can solve alone." }, "focus": { "type": "array", "description": "Which kinds of challenge this is.", "items": { "description": "A kind of challenge.", "enum": ["social", "environmental", "economic", "health", "technological"] } } } }, "term": { "type": "object", "description": "How long the partnership runs and how often the charter itself is reviewed.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "start": { "$ref": "#/$defs/date", "description": "First day of the partnership (YYYY-MM-DD)." }, "end": { "$ref": "#/$defs/date", "description": "Last day of the partnership (YYYY-MM-DD)." }, "review": { "$ref": "#/$defs/cadence", "description": "How often the partners review this charter." } } }, "agreement": { "type": "object", "description": "The legal nature of this charter.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "binding": { "type": "boolean", "description": "Whether this charter itself is legally binding (most are not: money, IP and data usually sit in separate contracts)." }, "governing_law": { "type": "string", "description": "The law that governs the agreement.", "examples": ["Laws of the Netherlands"] }, "related": { "type": "array", "description": "Separate contracts that carry money, IP or data.", "items": { "type": "string", "description": "Name or reference of a related contract." } } } }, "sectors": { "type": "object", "description": "Working norms of each sector present, so that cultural differences are named and bridged.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "government": { "$ref": "#/$defs/sectorProfile", "description": "How government partners work." }, "business": { "$ref": "#/$defs/sectorProfile", "description": "How business partners work." }, "academia": { "$ref": "#/$defs/sectorProfile", "description": "How academic partners work." }, "nonprofit": { "$ref": "#/$defs/sectorProfile", "description": "How nonprofit partners work." }, "philanthropy": { "$ref": "#/$defs/sectorProfile", "description": "How philanthropic partners work." }, "community": { "$ref": "#/$defs/sectorProfile", "description": "How community partners work." }, "multilateral": { "$ref": "#/$defs/sectorProfile", "description": "How multilateral partners work." }, "healthcare": { "$ref": "#/$defs/sectorProfile", "description": "How healthcare partners work." }, "education": { "$ref": "#/$defs/sectorProfile", "description": "How education partners work." } } }, "partners": { "type": "array", "description": "The organisations in the partnership: two or more.", "minItems": 2, "items": { "$ref": "#/$defs/partner" } }, "goals": { "type": "array", "description": "The shared objectives: one or more.", "minItems": 1, "items": { "$ref": "#/$defs/goal" } }, "roles": { "type": "array", "description": "Responsibilities of each partner.", "items": { "$ref": "#/$defs/role" } }, "raci": { "type": "array", "description": "Responsibility matrix: per activity, who is Responsible, Accountable, Consulted and Informed.", "items": { "$ref": "#/$defs/raciRow" } }, "governance": { "$ref": "#/$defs/governance" }, "metrics": { "type": "array", "description": "How the partnership measures its impact.", "items": { "$ref": "#/$defs/metric" } }, "commitments": { "type": "array", "description": "Concrete deliverables that build trust between partners.", "items": { "$ref": "#/$defs/commitment" } }, "risks": { "type": "array", "description": "Known challenges and how they are mitigated.", "items": { "$ref": "#/$defs/risk" } } }, "$defs": { "slug": { "type": "string", "description": "An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters.", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" }, "date": { "type": "string", "description": "A date written YYYY-MM-DD.", "format": "date", "examples": ["2026-01-31"] }, "cadence": { "description": "How often something happens.", "enum": ["weekly", "biweekly", "monthly", "quarterly", "semiannual", "annual", "as-needed"] }, "sector": { "description": "The sector an organisation belongs to.", "enum": ["government", "business", "academia", "nonprofit", "philanthropy", "community", "multilateral", "healthcare", "education"] }, "decisionRule": { "description": "How decisions are taken: consensus (no partner objects), unanimous (every partner votes yes), majority (more than half of the votes), supermajority (the threshold share of votes), lead-partner (one partner decides after consulting the others).", "enum": ["consensus", "unanimous", "majority", "supermajority", "lead-partner"] }, "fraction": { "type": "number", "description": "A fraction greater than 0 and at most 1.", "exclusiveMinimum": 0, "maximum": 1, "examples": [0.5, 0.67] }, "stringList": { "type": "array", "items": { "type": "string", "description": "One entry." } }, "partnerIdList": { "type": "array", "items": { "$ref": "#/$defs/slug", "description": "A partner id." } }, "sectorProfile": { "type": "object", "description": "How a sector works: its norms, its constraints and how the partnership bridges them.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "norms": { "$ref": "#/$defs/stringList", "description": "How this sector works.", "examples": [["annual budget cycle"]] }, "constraints": { "$ref": "#/$defs/stringList", "description": "Rules this sector cannot bend.", "examples": [["public procurement law"]] }, "bridging": { "$ref": "#/$defs/stringList", "description": "What the partnership does to bridge this culture.", "examples": [["joint planning calendar aligned to the budget cycle"]] } } }, "money": { "type": "object", "description": "An amount of money with its currency.", "required": ["amount", "currency"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "amount": { "type": "number", "minimum": 0, "description": "The amount, zero or more." }, "currency": { "type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 currency code.", "examples": ["EUR", "USD"] } } }, "contribution": { "type": "object", "description": "Something a partner brings to the partnership.", "required": ["type", "description"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "type": { "description": "Kind of contribution.", "enum": ["funding", "expertise", "data", "infrastructure", "staff", "network", "ip", "technology", "in-kind", "other"] }, "description": { "type": "string", "description": "What exactly is contributed." }, "value": { "$ref": "#/$defs/money", "description": "Monetary value of the contribution." } } }, "representative": { "type": "object", "description": "The person who speaks for the partner in the partnership.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "name": { "type": "string", "description": "Full name." }, "role": { "type": "string", "description": "Job title or role in the organisation." }, "email": { "type": "string", "format": "email", "description": "Email address.", "examples": ["j.doe@example.org"] }, "authority": { "type": "boolean", "description": "Whether this person may commit the organisation." } } }, "signatory": { "type": "object", "description": "The person who signs the charter for the partner.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "name": { "type": "string", "description": "Full name." }, "title": { "type": "string", "description": "Title or function.", "examples": ["Chief Executive Officer"] } } }, "partner": { "type": "object", "description": "An organisation in the partnership.", "required": ["id", "name", "sector"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Identifier used to refer to this partner elsewhere in the charter.", "examples": ["city"] }, "name": { "type": "string", "minLength": 1, "description": "Name of the organisation." }, "sector": { "$ref": "#/$defs/sector" }, "type": { "type": "string", "description": "Kind of organisation.", "examples": ["municipality", "university hospital"] }, "mission": { "type": "string", "description": "The organisation's own mission." }, "strengths": { "$ref": "#/$defs/stringList", "description": "What this partner is good at." }, "limitations": { "$ref": "#/$defs/stringList", "description": "What this partner cannot do or must avoid." }, "motivations": { "$ref": "#/$defs/stringList", "description": "Why this partner joins." }, "expectations": { "$ref": "#/$defs/stringList", "description": "What this partner expects to get back (mutual benefit)." }, "contributions": { "type": "array", "description": "What this partner brings.", "items": { "$ref": "#/$defs/contribution" } }, "representative": { "$ref": "#/$defs/representative" }, "signatory": { "$ref": "#/$defs/signatory" } } }, "goal": { "type": "object", "description": "A shared objective.", "required": ["id", "title"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Identifier used to refer to this goal elsewhere in the charter." }, "title": { "type": "string", "minLength": 1, "description": "The goal in one line." }, "description": { "type": "string", "description": "What achieving the goal means." }, "partners": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners who share this goal." }, "owner": { "$ref": "#/$defs/slug", "description": "Id of the partner accountable for this goal." }, "alignment": { "type": "object", "description": "Per partner id: how this goal serves that partner's mission.", "propertyNames": { "$ref": "#/$defs/slug" }, "additionalProperties": { "type": "string", "description": "How the goal serves this partner." } }, "due": { "$ref": "#/$defs/date", "description": "When the goal should be reached (YYYY-MM-DD)." } } }, "role": { "type": "object", "description": "The responsibilities of one partner.", "required": ["partner", "responsibilities"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "partner": { "$ref": "#/$defs/slug", "description": "Id of the partner." }, "role": { "type": "string", "description": "Name of the role.", "examples": ["backbone organisation"] }, "responsibilities": { "$ref": "#/$defs/stringList", "description": "What this partner is responsible for." } } }, "raciRow": { "type": "object", "description": "One activity of the responsibility matrix.", "required": ["activity"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "activity": { "type": "string", "description": "The activity." }, "goal": { "$ref": "#/$defs/slug", "description": "Id of the goal this activity serves." }, "responsible": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners who do the work." }, "accountable": { "description": "Id of the one partner answerable for the activity (a list is accepted, but lint demands exactly one).", "anyOf": [{ "$ref": "#/$defs/slug" }, { "$ref": "#/$defs/partnerIdList" }] }, "consulted": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners consulted before decisions." }, "informed": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners kept informed." } } }, "governance": { "type": "object", "description": "Decision-making, communication, conflict resolution and the terms of the agreement.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "body": { "type": "object", "description": "The governing body (steering committee, board).", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "name": { "type": "string", "description": "Name of the body.", "examples": ["Steering Committee"] }, "members": { "type": "array", "description": "The partners sitting on the body.", "items": { "type": "object", "description": "A partner's seat(s) on the body.", "required": ["partner"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "partner": { "$ref": "#/$defs/slug", "description": "Id of the partner." }, "seats": { "type": "integer", "minimum": 1, "default": 1, "description": "Number of seats (votes)." }, "observer": { "type": "boolean", "default": false, "description": "An observer attends but does not vote." } } } }, "chair": { "$ref": "#/$defs/slug", "description": 'Id of the partner who chairs the body, or "rotating".', "examples": ["rotating"] }, "rotation": { "$ref": "#/$defs/cadence", "description": "How often a rotating chair changes." } } }, "backbone": { "$ref": "#/$defs/slug", "description": "Id of the partner that runs the secretariat (backbone organisation)." }, "decision_making": { "type": "object", "description": "How the partnership takes decisions.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "rule": { "$ref": "#/$defs/decisionRule" }, "quorum": { "$ref": "#/$defs/fraction", "description": "Share of voting seats that must be present to decide (0 < quorum <= 1)." }, "threshold": { "$ref": "#/$defs/fraction", "description": "Share of votes needed to pass (for majority and supermajority)." }, "tie_break": { "type": "string", "description": "What happens when the body cannot agree or votes are tied." } } }, "meetings": { "type": "object", "description": "Meetings of the governing body.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "cadence": { "$ref": "#/$defs/cadence", "description": "How often the body meets." } } }, "communication": { "type": "object", "description": "The communication plan.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "channels": { "$ref": "#/$defs/stringList", "description": "Where partners talk.", "examples": [["monthly partner call", "shared workspace"]] }, "cadence": { "$ref": "#/$defs/cadence", "description": "How often partners update each other." }, "reporting": { "type": "object", "description": "Progress reporting.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "cadence": { "$ref": "#/$defs/cadence", "description": "How often progress is reported." }, "audience": { "$ref": "#/$defs/stringList", "description": "Who receives the reports." } } }, "languages": { "$ref": "#/$defs/stringList", "description": "Working languages." } } }, "conflict_resolution": { "type": "object", "description": "How disputes are resolved.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "steps": { "type": "array", "description": "The escalation ladder, in order.", "items": { "type": "object", "description": "One step of the escalation ladder.", "required": ["level"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "level": { "type": "string", "description": "Who handles the dispute at this step.", "examples": ["project leads"] }, "within_days": { "type": "integer", "minimum": 1, "description": "Days this step has before the dispute escalates." }, "by": { "type": "string", "description": "How the step works (meeting, mediator, arbitration)." } } } } } }, "amendments": { "type": "object", "description": "How this charter is changed.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "process": { "type": "string", "description": "How amendments are proposed and adopted." }, "approval": { "$ref": "#/$defs/decisionRule" } } }, "admission": { "type": "string", "description": "How new partners join." }, "exit": { "type": "object", "description": "How a partner leaves.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "notice_days": { "type": "integer", "minimum": 0, "description": "Days of notice a leaving partner gives." }, "obligations": { "type": "string", "description": "What a leaving partner still owes." }, "assets": { "type": "string", "description": "What happens to shared data, IP and assets on exit." } } }, "ip": { "type": "object", "description": "Intellectual property terms.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "background": { "type": "string", "description": "IP each partner brings in, and who may use it." }, "foreground": { "type": "string", "description": "Who owns IP created in the partnership." }, "licensing": { "type": "string", "description": "How IP is licensed between partners and to others." }, "publication": { "type": "string", "description": "Rules for publishing results." } } }, "data_sharing": { "type": "object", "description": "Data sharing terms.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "purpose": { "type": "string", "description": "Why data is shared." }, "items": { "type": "string", "description": "Which data is shared." }, "personal_data": { "type": "boolean", "description": "Whether personal data is shared." }, "legal_basis": { "type": "string", "description": "The legal basis for processing personal data." }, "controllers": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners who are data controllers." }, "retention": { "type": "string", "description": "How long data is kept." }, "security": { "type": "string", "description": "How data is protected." }, "breach_notice_hours": { "type": "integer", "minimum": 1, "description": "Hours within which a data breach is notified to the other partners." } } }, "confidentiality": { "type": "string", "description": "What stays confidential and what is disclosed publicly." } } }, "metric": { "type": "object", "description": "A measure of the partnership's progress or impact.", "required": ["id", "name"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Identifier of the metric." }, "name": { "type": "string", "minLength": 1, "description": "What is measured." }, "goal": { "$ref": "#/$defs/slug", "description": "Id of the goal this metric measures." }, "unit": { "type": "string", "description": "Unit of measurement.", "examples": ["patients", "%", "tonnes CO2e"] }, "baseline": { "type": "number", "description": "Value at the start." }, "target": { "type": "number", "description": "Value aimed for." }, "direction": { "description": "Which way is better.", "enum": ["increase", "decrease", "maintain"] }, "level": { "description": "Results-chain level.", "enum": ["output", "outcome", "impact"] }, "baseline_date": { "$ref": "#/$defs/date", "description": "When the baseline was measured (YYYY-MM-DD)." }, "target_date": { "$ref": "#/$defs/date", "description": "When the target should be reached (YYYY-MM-DD)." }, "frequency": { "$ref": "#/$defs/cadence", "description": "How often the metric is measured." }, "source": { "type": "string", "description": "Where the data comes from." }, "owner": { "$ref": "#/$defs/slug", "description": "Id of the partner who reports this metric." } } }, "commitment": { "type": "object", "description": "A concrete deliverable a partner promises.", "required": ["partner", "description"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "partner": { "$ref": "#/$defs/slug", "description": "Id of the partner who commits." }, "description": { "type": "string", "description": "What is delivered." }, "due": { "$ref": "#/$defs/date", "description": "When it is due (YYYY-MM-DD)." }, "status": { "description": "Progress of the commitment.", "enum": ["planned", "in-progress", "done", "late"] } } }, "risk": { "type": "object", "description": "A known challenge and its mitigation.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "challenge": { "description": "Which kind of challenge.", "enum": ["cultural-differences", "misaligned-objectives", "communication-barriers", "resource-imbalance", "trust", "other"] }, "description": { "type": "string", "description": "The risk." }, "mitigation": { "type": "string", "description": "What the partnership does about it." }, "owner": { "$ref": "#/$defs/slug", "description": "Id of the partner who watches this risk." } } } } };
var schema32 = { "type": "string", "description": "An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters.", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" };
var schema33 = { "type": "string", "description": "A date written YYYY-MM-DD.", "format": "date", "examples": ["2026-01-31"] };
var schema35 = { "description": "How often something happens.", "enum": ["weekly", "biweekly", "monthly", "quarterly", "semiannual", "annual", "as-needed"] };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
var formats0 = require_formats().fullFormats.date;
var schema36 = { "type": "object", "description": "How a sector works: its norms, its constraints and how the partnership bridges them.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "norms": { "$ref": "#/$defs/stringList", "description": "How this sector works.", "examples": [["annual budget cycle"]] }, "constraints": { "$ref": "#/$defs/stringList", "description": "Rules this sector cannot bend.", "examples": [["public procurement law"]] }, "bridging": { "$ref": "#/$defs/stringList", "description": "What the partnership does to bridge this culture.", "examples": [["joint planning calendar aligned to the budget cycle"]] } } };
var schema37 = { "type": "array", "items": { "type": "string", "description": "One entry." } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "norms" || key0 === "constraints" || key0 === "bridging" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.norms !== void 0) {
      let data0 = data.norms;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/norms/" + i0, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/norms", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.constraints !== void 0) {
      let data2 = data.constraints;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string") {
            const err3 = { instancePath: instancePath + "/constraints/" + i1, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/constraints", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.bridging !== void 0) {
      let data4 = data.bridging;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 !== "string") {
            const err5 = { instancePath: instancePath + "/bridging/" + i2, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/bridging", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "type": "object", "description": "An organisation in the partnership.", "required": ["id", "name", "sector"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Identifier used to refer to this partner elsewhere in the charter.", "examples": ["city"] }, "name": { "type": "string", "minLength": 1, "description": "Name of the organisation." }, "sector": { "$ref": "#/$defs/sector" }, "type": { "type": "string", "description": "Kind of organisation.", "examples": ["municipality", "university hospital"] }, "mission": { "type": "string", "description": "The organisation's own mission." }, "strengths": { "$ref": "#/$defs/stringList", "description": "What this partner is good at." }, "limitations": { "$ref": "#/$defs/stringList", "description": "What this partner cannot do or must avoid." }, "motivations": { "$ref": "#/$defs/stringList", "description": "Why this partner joins." }, "expectations": { "$ref": "#/$defs/stringList", "description": "What this partner expects to get back (mutual benefit)." }, "contributions": { "type": "array", "description": "What this partner brings.", "items": { "$ref": "#/$defs/contribution" } }, "representative": { "$ref": "#/$defs/representative" }, "signatory": { "$ref": "#/$defs/signatory" } } };
var schema42 = { "description": "The sector an organisation belongs to.", "enum": ["government", "business", "academia", "nonprofit", "philanthropy", "community", "multilateral", "healthcare", "education"] };
var schema49 = { "type": "object", "description": "The person who speaks for the partner in the partnership.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "name": { "type": "string", "description": "Full name." }, "role": { "type": "string", "description": "Job title or role in the organisation." }, "email": { "type": "string", "format": "email", "description": "Email address.", "examples": ["j.doe@example.org"] }, "authority": { "type": "boolean", "description": "Whether this person may commit the organisation." } } };
var schema50 = { "type": "object", "description": "The person who signs the charter for the partner.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "name": { "type": "string", "description": "Full name." }, "title": { "type": "string", "description": "Title or function.", "examples": ["Chief Executive Officer"] } } };
var schema47 = { "type": "object", "description": "Something a partner brings to the partnership.", "required": ["type", "description"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "type": { "description": "Kind of contribution.", "enum": ["funding", "expertise", "data", "infrastructure", "staff", "network", "ip", "technology", "in-kind", "other"] }, "description": { "type": "string", "description": "What exactly is contributed." }, "value": { "$ref": "#/$defs/money", "description": "Monetary value of the contribution." } } };
var schema48 = { "type": "object", "description": "An amount of money with its currency.", "required": ["amount", "currency"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "amount": { "type": "number", "minimum": 0, "description": "The amount, zero or more." }, "currency": { "type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 currency code.", "examples": ["EUR", "USD"] } } };
var pattern15 = new RegExp("^[A-Z]{3}$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "description" || key0 === "value" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "funding" || data0 === "expertise" || data0 === "data" || data0 === "infrastructure" || data0 === "staff" || data0 === "network" || data0 === "ip" || data0 === "technology" || data0 === "in-kind" || data0 === "other")) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema47.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.type.enum, parentSchema: schema47.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.description.type, parentSchema: schema47.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data2 = data.value;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.amount === void 0) {
          const err5 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'", schema: schema48.required, parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.currency === void 0) {
          const err6 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'", schema: schema48.required, parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "amount" || key1 === "currency" || pattern4.test(key1))) {
            const err7 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/money/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.amount !== void 0) {
          let data3 = data2.amount;
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err8 = { instancePath: instancePath + "/value/amount", schemaPath: "#/$defs/money/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.amount, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/value/amount", schemaPath: "#/$defs/money/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.amount.type, parentSchema: schema48.properties.amount, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.currency !== void 0) {
          let data4 = data2.currency;
          if (typeof data4 === "string") {
            if (!pattern15.test(data4)) {
              const err10 = { instancePath: instancePath + "/value/currency", schemaPath: "#/$defs/money/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema48.properties.currency, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/value/currency", schemaPath: "#/$defs/money/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.currency.type, parentSchema: schema48.properties.currency, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/money/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var formats4 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.sector === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sector" }, message: "must have required property 'sector'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema40.properties, key0) || pattern4.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.name.type, parentSchema: schema40.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.sector !== void 0) {
      let data2 = data.sector;
      if (!(data2 === "government" || data2 === "business" || data2 === "academia" || data2 === "nonprofit" || data2 === "philanthropy" || data2 === "community" || data2 === "multilateral" || data2 === "healthcare" || data2 === "education")) {
        const err8 = { instancePath: instancePath + "/sector", schemaPath: "#/$defs/sector/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values", schema: schema42.enum, parentSchema: schema42, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.type.type, parentSchema: schema40.properties.type, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.mission !== void 0) {
      let data4 = data.mission;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/mission", schemaPath: "#/properties/mission/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.mission.type, parentSchema: schema40.properties.mission, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.strengths !== void 0) {
      let data5 = data.strengths;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string") {
            const err11 = { instancePath: instancePath + "/strengths/" + i0, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/strengths", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.limitations !== void 0) {
      let data7 = data.limitations;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 !== "string") {
            const err13 = { instancePath: instancePath + "/limitations/" + i1, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/limitations", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.motivations !== void 0) {
      let data9 = data.motivations;
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data10 = data9[i2];
          if (typeof data10 !== "string") {
            const err15 = { instancePath: instancePath + "/motivations/" + i2, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/motivations", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.expectations !== void 0) {
      let data11 = data.expectations;
      if (Array.isArray(data11)) {
        const len3 = data11.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data12 = data11[i3];
          if (typeof data12 !== "string") {
            const err17 = { instancePath: instancePath + "/expectations/" + i3, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/expectations", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.contributions !== void 0) {
      let data13 = data.contributions;
      if (Array.isArray(data13)) {
        const len4 = data13.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate32(data13[i4], { instancePath: instancePath + "/contributions/" + i4, parentData: data13, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/contributions", schemaPath: "#/properties/contributions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.contributions.type, parentSchema: schema40.properties.contributions, data: data13 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.representative !== void 0) {
      let data15 = data.representative;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key1 in data15) {
          if (!(key1 === "name" || key1 === "role" || key1 === "email" || key1 === "authority" || pattern4.test(key1))) {
            const err20 = { instancePath: instancePath + "/representative", schemaPath: "#/$defs/representative/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data: data15 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data15.name !== void 0) {
          let data16 = data15.name;
          if (typeof data16 !== "string") {
            const err21 = { instancePath: instancePath + "/representative/name", schemaPath: "#/$defs/representative/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.name.type, parentSchema: schema49.properties.name, data: data16 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data15.role !== void 0) {
          let data17 = data15.role;
          if (typeof data17 !== "string") {
            const err22 = { instancePath: instancePath + "/representative/role", schemaPath: "#/$defs/representative/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.role.type, parentSchema: schema49.properties.role, data: data17 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data15.email !== void 0) {
          let data18 = data15.email;
          if (typeof data18 === "string") {
            if (!formats4.test(data18)) {
              const err23 = { instancePath: instancePath + "/representative/email", schemaPath: "#/$defs/representative/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema49.properties.email, data: data18 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/representative/email", schemaPath: "#/$defs/representative/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.email.type, parentSchema: schema49.properties.email, data: data18 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data15.authority !== void 0) {
          let data19 = data15.authority;
          if (typeof data19 !== "boolean") {
            const err25 = { instancePath: instancePath + "/representative/authority", schemaPath: "#/$defs/representative/properties/authority/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.authority.type, parentSchema: schema49.properties.authority, data: data19 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/representative", schemaPath: "#/$defs/representative/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data15 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.signatory !== void 0) {
      let data20 = data.signatory;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key2 in data20) {
          if (!(key2 === "name" || key2 === "title" || pattern4.test(key2))) {
            const err27 = { instancePath: instancePath + "/signatory", schemaPath: "#/$defs/signatory/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data20 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data20.name !== void 0) {
          let data21 = data20.name;
          if (typeof data21 !== "string") {
            const err28 = { instancePath: instancePath + "/signatory/name", schemaPath: "#/$defs/signatory/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.name.type, parentSchema: schema50.properties.name, data: data21 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data20.title !== void 0) {
          let data22 = data20.title;
          if (typeof data22 !== "string") {
            const err29 = { instancePath: instancePath + "/signatory/title", schemaPath: "#/$defs/signatory/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.title.type, parentSchema: schema50.properties.title, data: data22 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/signatory", schemaPath: "#/$defs/signatory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data20 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema51 = { "type": "object", "description": "A shared objective.", "required": ["id", "title"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Identifier used to refer to this goal elsewhere in the charter." }, "title": { "type": "string", "minLength": 1, "description": "The goal in one line." }, "description": { "type": "string", "description": "What achieving the goal means." }, "partners": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners who share this goal." }, "owner": { "$ref": "#/$defs/slug", "description": "Id of the partner accountable for this goal." }, "alignment": { "type": "object", "description": "Per partner id: how this goal serves that partner's mission.", "propertyNames": { "$ref": "#/$defs/slug" }, "additionalProperties": { "type": "string", "description": "How the goal serves this partner." } }, "due": { "$ref": "#/$defs/date", "description": "When the goal should be reached (YYYY-MM-DD)." } } };
var schema53 = { "type": "array", "items": { "$ref": "#/$defs/slug", "description": "A partner id." } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description" || key0 === "partners" || key0 === "owner" || key0 === "alignment" || key0 === "due" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.title.type, parentSchema: schema51.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.description.type, parentSchema: schema51.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.partners !== void 0) {
      if (!validate36(data.partners, { instancePath: instancePath + "/partners", parentData: data, parentDataProperty: "partners", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern5.test(data4)) {
          const err8 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.alignment !== void 0) {
      let data5 = data.alignment;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs15 = errors;
          if (typeof key1 === "string") {
            if (!pattern5.test(key1)) {
              const err10 = { instancePath: instancePath + "/alignment", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/alignment", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid3 = _errs15 === errors;
          if (!valid3) {
            const err12 = { instancePath: instancePath + "/alignment", schemaPath: "#/properties/alignment/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema51.properties.alignment.propertyNames, parentSchema: schema51.properties.alignment, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (typeof data6 !== "string") {
            const err13 = { instancePath: instancePath + "/alignment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alignment/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.alignment.additionalProperties.type, parentSchema: schema51.properties.alignment.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/alignment", schemaPath: "#/properties/alignment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.alignment.type, parentSchema: schema51.properties.alignment, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.due !== void 0) {
      let data7 = data.due;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err15 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema58 = { "type": "object", "description": "The responsibilities of one partner.", "required": ["partner", "responsibilities"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "partner": { "$ref": "#/$defs/slug", "description": "Id of the partner." }, "role": { "type": "string", "description": "Name of the role.", "examples": ["backbone organisation"] }, "responsibilities": { "$ref": "#/$defs/stringList", "description": "What this partner is responsible for." } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.partner === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "partner" }, message: "must have required property 'partner'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.responsibilities === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responsibilities" }, message: "must have required property 'responsibilities'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "partner" || key0 === "role" || key0 === "responsibilities" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.partner !== void 0) {
      let data0 = data.partner;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/partner", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/partner", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.role.type, parentSchema: schema58.properties.role, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.responsibilities !== void 0) {
      let data2 = data.responsibilities;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/responsibilities/" + i0, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/responsibilities", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "type": "object", "description": "One activity of the responsibility matrix.", "required": ["activity"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "activity": { "type": "string", "description": "The activity." }, "goal": { "$ref": "#/$defs/slug", "description": "Id of the goal this activity serves." }, "responsible": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners who do the work." }, "accountable": { "description": "Id of the one partner answerable for the activity (a list is accepted, but lint demands exactly one).", "anyOf": [{ "$ref": "#/$defs/slug" }, { "$ref": "#/$defs/partnerIdList" }] }, "consulted": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners consulted before decisions." }, "informed": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners kept informed." } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.activity === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "activity" }, message: "must have required property 'activity'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "activity" || key0 === "goal" || key0 === "responsible" || key0 === "accountable" || key0 === "consulted" || key0 === "informed" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.activity !== void 0) {
      let data0 = data.activity;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/activity", schemaPath: "#/properties/activity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.activity.type, parentSchema: schema61.properties.activity, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.goal !== void 0) {
      let data1 = data.goal;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err3 = { instancePath: instancePath + "/goal", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/goal", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.responsible !== void 0) {
      if (!validate36(data.responsible, { instancePath: instancePath + "/responsible", parentData: data, parentDataProperty: "responsible", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.accountable !== void 0) {
      let data3 = data.accountable;
      const _errs9 = errors;
      let valid2 = false;
      const _errs10 = errors;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err5 = { instancePath: instancePath + "/accountable", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/accountable", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid2 = valid2 || _valid0;
      const _errs13 = errors;
      if (!validate36(data3, { instancePath: instancePath + "/accountable", parentData: data, parentDataProperty: "accountable", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs13 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err7 = { instancePath: instancePath + "/accountable", schemaPath: "#/properties/accountable/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema61.properties.accountable.anyOf, parentSchema: schema61.properties.accountable, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.consulted !== void 0) {
      if (!validate36(data.consulted, { instancePath: instancePath + "/consulted", parentData: data, parentDataProperty: "consulted", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.informed !== void 0) {
      if (!validate36(data.informed, { instancePath: instancePath + "/informed", parentData: data, parentDataProperty: "informed", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema64 = { "type": "object", "description": "Decision-making, communication, conflict resolution and the terms of the agreement.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "body": { "type": "object", "description": "The governing body (steering committee, board).", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "name": { "type": "string", "description": "Name of the body.", "examples": ["Steering Committee"] }, "members": { "type": "array", "description": "The partners sitting on the body.", "items": { "type": "object", "description": "A partner's seat(s) on the body.", "required": ["partner"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "partner": { "$ref": "#/$defs/slug", "description": "Id of the partner." }, "seats": { "type": "integer", "minimum": 1, "default": 1, "description": "Number of seats (votes)." }, "observer": { "type": "boolean", "default": false, "description": "An observer attends but does not vote." } } } }, "chair": { "$ref": "#/$defs/slug", "description": 'Id of the partner who chairs the body, or "rotating".', "examples": ["rotating"] }, "rotation": { "$ref": "#/$defs/cadence", "description": "How often a rotating chair changes." } } }, "backbone": { "$ref": "#/$defs/slug", "description": "Id of the partner that runs the secretariat (backbone organisation)." }, "decision_making": { "type": "object", "description": "How the partnership takes decisions.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "rule": { "$ref": "#/$defs/decisionRule" }, "quorum": { "$ref": "#/$defs/fraction", "description": "Share of voting seats that must be present to decide (0 < quorum <= 1)." }, "threshold": { "$ref": "#/$defs/fraction", "description": "Share of votes needed to pass (for majority and supermajority)." }, "tie_break": { "type": "string", "description": "What happens when the body cannot agree or votes are tied." } } }, "meetings": { "type": "object", "description": "Meetings of the governing body.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "cadence": { "$ref": "#/$defs/cadence", "description": "How often the body meets." } } }, "communication": { "type": "object", "description": "The communication plan.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "channels": { "$ref": "#/$defs/stringList", "description": "Where partners talk.", "examples": [["monthly partner call", "shared workspace"]] }, "cadence": { "$ref": "#/$defs/cadence", "description": "How often partners update each other." }, "reporting": { "type": "object", "description": "Progress reporting.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "cadence": { "$ref": "#/$defs/cadence", "description": "How often progress is reported." }, "audience": { "$ref": "#/$defs/stringList", "description": "Who receives the reports." } } }, "languages": { "$ref": "#/$defs/stringList", "description": "Working languages." } } }, "conflict_resolution": { "type": "object", "description": "How disputes are resolved.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "steps": { "type": "array", "description": "The escalation ladder, in order.", "items": { "type": "object", "description": "One step of the escalation ladder.", "required": ["level"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "level": { "type": "string", "description": "Who handles the dispute at this step.", "examples": ["project leads"] }, "within_days": { "type": "integer", "minimum": 1, "description": "Days this step has before the dispute escalates." }, "by": { "type": "string", "description": "How the step works (meeting, mediator, arbitration)." } } } } } }, "amendments": { "type": "object", "description": "How this charter is changed.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "process": { "type": "string", "description": "How amendments are proposed and adopted." }, "approval": { "$ref": "#/$defs/decisionRule" } } }, "admission": { "type": "string", "description": "How new partners join." }, "exit": { "type": "object", "description": "How a partner leaves.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "notice_days": { "type": "integer", "minimum": 0, "description": "Days of notice a leaving partner gives." }, "obligations": { "type": "string", "description": "What a leaving partner still owes." }, "assets": { "type": "string", "description": "What happens to shared data, IP and assets on exit." } } }, "ip": { "type": "object", "description": "Intellectual property terms.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "background": { "type": "string", "description": "IP each partner brings in, and who may use it." }, "foreground": { "type": "string", "description": "Who owns IP created in the partnership." }, "licensing": { "type": "string", "description": "How IP is licensed between partners and to others." }, "publication": { "type": "string", "description": "Rules for publishing results." } } }, "data_sharing": { "type": "object", "description": "Data sharing terms.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "purpose": { "type": "string", "description": "Why data is shared." }, "items": { "type": "string", "description": "Which data is shared." }, "personal_data": { "type": "boolean", "description": "Whether personal data is shared." }, "legal_basis": { "type": "string", "description": "The legal basis for processing personal data." }, "controllers": { "$ref": "#/$defs/partnerIdList", "description": "Ids of the partners who are data controllers." }, "retention": { "type": "string", "description": "How long data is kept." }, "security": { "type": "string", "description": "How data is protected." }, "breach_notice_hours": { "type": "integer", "minimum": 1, "description": "Hours within which a data breach is notified to the other partners." } } }, "confidentiality": { "type": "string", "description": "What stays confidential and what is disclosed publicly." } } };
var schema69 = { "description": "How decisions are taken: consensus (no partner objects), unanimous (every partner votes yes), majority (more than half of the votes), supermajority (the threshold share of votes), lead-partner (one partner decides after consulting the others).", "enum": ["consensus", "unanimous", "majority", "supermajority", "lead-partner"] };
var schema70 = { "type": "number", "description": "A fraction greater than 0 and at most 1.", "exclusiveMinimum": 0, "maximum": 1, "examples": [0.5, 0.67] };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema64.properties, key0) || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.body !== void 0) {
      let data0 = data.body;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "name" || key1 === "members" || key1 === "chair" || key1 === "rotation" || pattern4.test(key1))) {
            const err1 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.body, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/body/name", schemaPath: "#/properties/body/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.body.properties.name.type, parentSchema: schema64.properties.body.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.members !== void 0) {
          let data2 = data0.members;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.partner === void 0) {
                  const err3 = { instancePath: instancePath + "/body/members/" + i0, schemaPath: "#/properties/body/properties/members/items/required", keyword: "required", params: { missingProperty: "partner" }, message: "must have required property 'partner'", schema: schema64.properties.body.properties.members.items.required, parentSchema: schema64.properties.body.properties.members.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                for (const key2 in data3) {
                  if (!(key2 === "partner" || key2 === "seats" || key2 === "observer" || pattern4.test(key2))) {
                    const err4 = { instancePath: instancePath + "/body/members/" + i0, schemaPath: "#/properties/body/properties/members/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.body.properties.members.items, data: data3 };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
                if (data3.partner !== void 0) {
                  let data4 = data3.partner;
                  if (typeof data4 === "string") {
                    if (!pattern5.test(data4)) {
                      const err5 = { instancePath: instancePath + "/body/members/" + i0 + "/partner", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                    }
                  } else {
                    const err6 = { instancePath: instancePath + "/body/members/" + i0 + "/partner", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
                if (data3.seats !== void 0) {
                  let data5 = data3.seats;
                  if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                    const err7 = { instancePath: instancePath + "/body/members/" + i0 + "/seats", schemaPath: "#/properties/body/properties/members/items/properties/seats/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema64.properties.body.properties.members.items.properties.seats.type, parentSchema: schema64.properties.body.properties.members.items.properties.seats, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                  if (typeof data5 == "number" && isFinite(data5)) {
                    if (data5 < 1 || isNaN(data5)) {
                      const err8 = { instancePath: instancePath + "/body/members/" + i0 + "/seats", schemaPath: "#/properties/body/properties/members/items/properties/seats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.properties.body.properties.members.items.properties.seats, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                  }
                }
                if (data3.observer !== void 0) {
                  let data6 = data3.observer;
                  if (typeof data6 !== "boolean") {
                    const err9 = { instancePath: instancePath + "/body/members/" + i0 + "/observer", schemaPath: "#/properties/body/properties/members/items/properties/observer/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.body.properties.members.items.properties.observer.type, parentSchema: schema64.properties.body.properties.members.items.properties.observer, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = { instancePath: instancePath + "/body/members/" + i0, schemaPath: "#/properties/body/properties/members/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.body.properties.members.items.type, parentSchema: schema64.properties.body.properties.members.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/body/members", schemaPath: "#/properties/body/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.body.properties.members.type, parentSchema: schema64.properties.body.properties.members, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.chair !== void 0) {
          let data7 = data0.chair;
          if (typeof data7 === "string") {
            if (!pattern5.test(data7)) {
              const err12 = { instancePath: instancePath + "/body/chair", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data7 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/body/chair", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.rotation !== void 0) {
          let data8 = data0.rotation;
          if (!(data8 === "weekly" || data8 === "biweekly" || data8 === "monthly" || data8 === "quarterly" || data8 === "semiannual" || data8 === "annual" || data8 === "as-needed")) {
            const err14 = { instancePath: instancePath + "/body/rotation", schemaPath: "#/$defs/cadence/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.body.type, parentSchema: schema64.properties.body, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.backbone !== void 0) {
      let data9 = data.backbone;
      if (typeof data9 === "string") {
        if (!pattern5.test(data9)) {
          const err16 = { instancePath: instancePath + "/backbone", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/backbone", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.decision_making !== void 0) {
      let data10 = data.decision_making;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key3 in data10) {
          if (!(key3 === "rule" || key3 === "quorum" || key3 === "threshold" || key3 === "tie_break" || pattern4.test(key3))) {
            const err18 = { instancePath: instancePath + "/decision_making", schemaPath: "#/properties/decision_making/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.decision_making, data: data10 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data10.rule !== void 0) {
          let data11 = data10.rule;
          if (!(data11 === "consensus" || data11 === "unanimous" || data11 === "majority" || data11 === "supermajority" || data11 === "lead-partner")) {
            const err19 = { instancePath: instancePath + "/decision_making/rule", schemaPath: "#/$defs/decisionRule/enum", keyword: "enum", params: { allowedValues: schema69.enum }, message: "must be equal to one of the allowed values", schema: schema69.enum, parentSchema: schema69, data: data11 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data10.quorum !== void 0) {
          let data12 = data10.quorum;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 1 || isNaN(data12)) {
              const err20 = { instancePath: instancePath + "/decision_making/quorum", schemaPath: "#/$defs/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema70, data: data12 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data12 <= 0 || isNaN(data12)) {
              const err21 = { instancePath: instancePath + "/decision_making/quorum", schemaPath: "#/$defs/fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema70, data: data12 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/decision_making/quorum", schemaPath: "#/$defs/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema70.type, parentSchema: schema70, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data10.threshold !== void 0) {
          let data13 = data10.threshold;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 1 || isNaN(data13)) {
              const err23 = { instancePath: instancePath + "/decision_making/threshold", schemaPath: "#/$defs/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema70, data: data13 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data13 <= 0 || isNaN(data13)) {
              const err24 = { instancePath: instancePath + "/decision_making/threshold", schemaPath: "#/$defs/fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema70, data: data13 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/decision_making/threshold", schemaPath: "#/$defs/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema70.type, parentSchema: schema70, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.tie_break !== void 0) {
          let data14 = data10.tie_break;
          if (typeof data14 !== "string") {
            const err26 = { instancePath: instancePath + "/decision_making/tie_break", schemaPath: "#/properties/decision_making/properties/tie_break/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.decision_making.properties.tie_break.type, parentSchema: schema64.properties.decision_making.properties.tie_break, data: data14 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/decision_making", schemaPath: "#/properties/decision_making/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.decision_making.type, parentSchema: schema64.properties.decision_making, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.meetings !== void 0) {
      let data15 = data.meetings;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key4 in data15) {
          if (!(key4 === "cadence" || pattern4.test(key4))) {
            const err28 = { instancePath: instancePath + "/meetings", schemaPath: "#/properties/meetings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.meetings, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data15.cadence !== void 0) {
          let data16 = data15.cadence;
          if (!(data16 === "weekly" || data16 === "biweekly" || data16 === "monthly" || data16 === "quarterly" || data16 === "semiannual" || data16 === "annual" || data16 === "as-needed")) {
            const err29 = { instancePath: instancePath + "/meetings/cadence", schemaPath: "#/$defs/cadence/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data16 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/meetings", schemaPath: "#/properties/meetings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.meetings.type, parentSchema: schema64.properties.meetings, data: data15 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.communication !== void 0) {
      let data17 = data.communication;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key5 in data17) {
          if (!(key5 === "channels" || key5 === "cadence" || key5 === "reporting" || key5 === "languages" || pattern4.test(key5))) {
            const err31 = { instancePath: instancePath + "/communication", schemaPath: "#/properties/communication/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.communication, data: data17 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data17.channels !== void 0) {
          let data18 = data17.channels;
          if (Array.isArray(data18)) {
            const len1 = data18.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data19 = data18[i1];
              if (typeof data19 !== "string") {
                const err32 = { instancePath: instancePath + "/communication/channels/" + i1, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/communication/channels", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data18 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data17.cadence !== void 0) {
          let data20 = data17.cadence;
          if (!(data20 === "weekly" || data20 === "biweekly" || data20 === "monthly" || data20 === "quarterly" || data20 === "semiannual" || data20 === "annual" || data20 === "as-needed")) {
            const err34 = { instancePath: instancePath + "/communication/cadence", schemaPath: "#/$defs/cadence/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data20 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data17.reporting !== void 0) {
          let data21 = data17.reporting;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "cadence" || key6 === "audience" || pattern4.test(key6))) {
                const err35 = { instancePath: instancePath + "/communication/reporting", schemaPath: "#/properties/communication/properties/reporting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.communication.properties.reporting, data: data21 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data21.cadence !== void 0) {
              let data22 = data21.cadence;
              if (!(data22 === "weekly" || data22 === "biweekly" || data22 === "monthly" || data22 === "quarterly" || data22 === "semiannual" || data22 === "annual" || data22 === "as-needed")) {
                const err36 = { instancePath: instancePath + "/communication/reporting/cadence", schemaPath: "#/$defs/cadence/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data22 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data21.audience !== void 0) {
              let data23 = data21.audience;
              if (Array.isArray(data23)) {
                const len2 = data23.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data24 = data23[i2];
                  if (typeof data24 !== "string") {
                    const err37 = { instancePath: instancePath + "/communication/reporting/audience/" + i2, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/communication/reporting/audience", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data23 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/communication/reporting", schemaPath: "#/properties/communication/properties/reporting/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.communication.properties.reporting.type, parentSchema: schema64.properties.communication.properties.reporting, data: data21 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data17.languages !== void 0) {
          let data25 = data17.languages;
          if (Array.isArray(data25)) {
            const len3 = data25.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data26 = data25[i3];
              if (typeof data26 !== "string") {
                const err40 = { instancePath: instancePath + "/communication/languages/" + i3, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/communication/languages", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data25 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/communication", schemaPath: "#/properties/communication/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.communication.type, parentSchema: schema64.properties.communication, data: data17 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.conflict_resolution !== void 0) {
      let data27 = data.conflict_resolution;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key7 in data27) {
          if (!(key7 === "steps" || pattern4.test(key7))) {
            const err43 = { instancePath: instancePath + "/conflict_resolution", schemaPath: "#/properties/conflict_resolution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.conflict_resolution, data: data27 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data27.steps !== void 0) {
          let data28 = data27.steps;
          if (Array.isArray(data28)) {
            const len4 = data28.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data29 = data28[i4];
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.level === void 0) {
                  const err44 = { instancePath: instancePath + "/conflict_resolution/steps/" + i4, schemaPath: "#/properties/conflict_resolution/properties/steps/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema64.properties.conflict_resolution.properties.steps.items.required, parentSchema: schema64.properties.conflict_resolution.properties.steps.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                for (const key8 in data29) {
                  if (!(key8 === "level" || key8 === "within_days" || key8 === "by" || pattern4.test(key8))) {
                    const err45 = { instancePath: instancePath + "/conflict_resolution/steps/" + i4, schemaPath: "#/properties/conflict_resolution/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.conflict_resolution.properties.steps.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data29.level !== void 0) {
                  let data30 = data29.level;
                  if (typeof data30 !== "string") {
                    const err46 = { instancePath: instancePath + "/conflict_resolution/steps/" + i4 + "/level", schemaPath: "#/properties/conflict_resolution/properties/steps/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.conflict_resolution.properties.steps.items.properties.level.type, parentSchema: schema64.properties.conflict_resolution.properties.steps.items.properties.level, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data29.within_days !== void 0) {
                  let data31 = data29.within_days;
                  if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                    const err47 = { instancePath: instancePath + "/conflict_resolution/steps/" + i4 + "/within_days", schemaPath: "#/properties/conflict_resolution/properties/steps/items/properties/within_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema64.properties.conflict_resolution.properties.steps.items.properties.within_days.type, parentSchema: schema64.properties.conflict_resolution.properties.steps.items.properties.within_days, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  if (typeof data31 == "number" && isFinite(data31)) {
                    if (data31 < 1 || isNaN(data31)) {
                      const err48 = { instancePath: instancePath + "/conflict_resolution/steps/" + i4 + "/within_days", schemaPath: "#/properties/conflict_resolution/properties/steps/items/properties/within_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.properties.conflict_resolution.properties.steps.items.properties.within_days, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                }
                if (data29.by !== void 0) {
                  let data32 = data29.by;
                  if (typeof data32 !== "string") {
                    const err49 = { instancePath: instancePath + "/conflict_resolution/steps/" + i4 + "/by", schemaPath: "#/properties/conflict_resolution/properties/steps/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.conflict_resolution.properties.steps.items.properties.by.type, parentSchema: schema64.properties.conflict_resolution.properties.steps.items.properties.by, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/conflict_resolution/steps/" + i4, schemaPath: "#/properties/conflict_resolution/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.conflict_resolution.properties.steps.items.type, parentSchema: schema64.properties.conflict_resolution.properties.steps.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/conflict_resolution/steps", schemaPath: "#/properties/conflict_resolution/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.conflict_resolution.properties.steps.type, parentSchema: schema64.properties.conflict_resolution.properties.steps, data: data28 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/conflict_resolution", schemaPath: "#/properties/conflict_resolution/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.conflict_resolution.type, parentSchema: schema64.properties.conflict_resolution, data: data27 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.amendments !== void 0) {
      let data33 = data.amendments;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key9 in data33) {
          if (!(key9 === "process" || key9 === "approval" || pattern4.test(key9))) {
            const err53 = { instancePath: instancePath + "/amendments", schemaPath: "#/properties/amendments/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.amendments, data: data33 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data33.process !== void 0) {
          let data34 = data33.process;
          if (typeof data34 !== "string") {
            const err54 = { instancePath: instancePath + "/amendments/process", schemaPath: "#/properties/amendments/properties/process/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.amendments.properties.process.type, parentSchema: schema64.properties.amendments.properties.process, data: data34 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data33.approval !== void 0) {
          let data35 = data33.approval;
          if (!(data35 === "consensus" || data35 === "unanimous" || data35 === "majority" || data35 === "supermajority" || data35 === "lead-partner")) {
            const err55 = { instancePath: instancePath + "/amendments/approval", schemaPath: "#/$defs/decisionRule/enum", keyword: "enum", params: { allowedValues: schema69.enum }, message: "must be equal to one of the allowed values", schema: schema69.enum, parentSchema: schema69, data: data35 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/amendments", schemaPath: "#/properties/amendments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.amendments.type, parentSchema: schema64.properties.amendments, data: data33 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.admission !== void 0) {
      let data36 = data.admission;
      if (typeof data36 !== "string") {
        const err57 = { instancePath: instancePath + "/admission", schemaPath: "#/properties/admission/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.admission.type, parentSchema: schema64.properties.admission, data: data36 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.exit !== void 0) {
      let data37 = data.exit;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (const key10 in data37) {
          if (!(key10 === "notice_days" || key10 === "obligations" || key10 === "assets" || pattern4.test(key10))) {
            const err58 = { instancePath: instancePath + "/exit", schemaPath: "#/properties/exit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.exit, data: data37 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data37.notice_days !== void 0) {
          let data38 = data37.notice_days;
          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
            const err59 = { instancePath: instancePath + "/exit/notice_days", schemaPath: "#/properties/exit/properties/notice_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema64.properties.exit.properties.notice_days.type, parentSchema: schema64.properties.exit.properties.notice_days, data: data38 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 < 0 || isNaN(data38)) {
              const err60 = { instancePath: instancePath + "/exit/notice_days", schemaPath: "#/properties/exit/properties/notice_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema64.properties.exit.properties.notice_days, data: data38 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
        if (data37.obligations !== void 0) {
          let data39 = data37.obligations;
          if (typeof data39 !== "string") {
            const err61 = { instancePath: instancePath + "/exit/obligations", schemaPath: "#/properties/exit/properties/obligations/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.exit.properties.obligations.type, parentSchema: schema64.properties.exit.properties.obligations, data: data39 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data37.assets !== void 0) {
          let data40 = data37.assets;
          if (typeof data40 !== "string") {
            const err62 = { instancePath: instancePath + "/exit/assets", schemaPath: "#/properties/exit/properties/assets/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.exit.properties.assets.type, parentSchema: schema64.properties.exit.properties.assets, data: data40 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/exit", schemaPath: "#/properties/exit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.exit.type, parentSchema: schema64.properties.exit, data: data37 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.ip !== void 0) {
      let data41 = data.ip;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key11 in data41) {
          if (!(key11 === "background" || key11 === "foreground" || key11 === "licensing" || key11 === "publication" || pattern4.test(key11))) {
            const err64 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.ip, data: data41 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data41.background !== void 0) {
          let data42 = data41.background;
          if (typeof data42 !== "string") {
            const err65 = { instancePath: instancePath + "/ip/background", schemaPath: "#/properties/ip/properties/background/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.ip.properties.background.type, parentSchema: schema64.properties.ip.properties.background, data: data42 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data41.foreground !== void 0) {
          let data43 = data41.foreground;
          if (typeof data43 !== "string") {
            const err66 = { instancePath: instancePath + "/ip/foreground", schemaPath: "#/properties/ip/properties/foreground/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.ip.properties.foreground.type, parentSchema: schema64.properties.ip.properties.foreground, data: data43 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data41.licensing !== void 0) {
          let data44 = data41.licensing;
          if (typeof data44 !== "string") {
            const err67 = { instancePath: instancePath + "/ip/licensing", schemaPath: "#/properties/ip/properties/licensing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.ip.properties.licensing.type, parentSchema: schema64.properties.ip.properties.licensing, data: data44 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data41.publication !== void 0) {
          let data45 = data41.publication;
          if (typeof data45 !== "string") {
            const err68 = { instancePath: instancePath + "/ip/publication", schemaPath: "#/properties/ip/properties/publication/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.ip.properties.publication.type, parentSchema: schema64.properties.ip.properties.publication, data: data45 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.ip.type, parentSchema: schema64.properties.ip, data: data41 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.data_sharing !== void 0) {
      let data46 = data.data_sharing;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        for (const key12 in data46) {
          if (!(key12 === "purpose" || key12 === "items" || key12 === "personal_data" || key12 === "legal_basis" || key12 === "controllers" || key12 === "retention" || key12 === "security" || key12 === "breach_notice_hours" || pattern4.test(key12))) {
            const err70 = { instancePath: instancePath + "/data_sharing", schemaPath: "#/properties/data_sharing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.data_sharing, data: data46 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data46.purpose !== void 0) {
          let data47 = data46.purpose;
          if (typeof data47 !== "string") {
            const err71 = { instancePath: instancePath + "/data_sharing/purpose", schemaPath: "#/properties/data_sharing/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.data_sharing.properties.purpose.type, parentSchema: schema64.properties.data_sharing.properties.purpose, data: data47 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data46.items !== void 0) {
          let data48 = data46.items;
          if (typeof data48 !== "string") {
            const err72 = { instancePath: instancePath + "/data_sharing/items", schemaPath: "#/properties/data_sharing/properties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.data_sharing.properties.items.type, parentSchema: schema64.properties.data_sharing.properties.items, data: data48 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data46.personal_data !== void 0) {
          let data49 = data46.personal_data;
          if (typeof data49 !== "boolean") {
            const err73 = { instancePath: instancePath + "/data_sharing/personal_data", schemaPath: "#/properties/data_sharing/properties/personal_data/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.data_sharing.properties.personal_data.type, parentSchema: schema64.properties.data_sharing.properties.personal_data, data: data49 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data46.legal_basis !== void 0) {
          let data50 = data46.legal_basis;
          if (typeof data50 !== "string") {
            const err74 = { instancePath: instancePath + "/data_sharing/legal_basis", schemaPath: "#/properties/data_sharing/properties/legal_basis/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.data_sharing.properties.legal_basis.type, parentSchema: schema64.properties.data_sharing.properties.legal_basis, data: data50 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data46.controllers !== void 0) {
          if (!validate36(data46.controllers, { instancePath: instancePath + "/data_sharing/controllers", parentData: data46, parentDataProperty: "controllers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
        if (data46.retention !== void 0) {
          let data52 = data46.retention;
          if (typeof data52 !== "string") {
            const err75 = { instancePath: instancePath + "/data_sharing/retention", schemaPath: "#/properties/data_sharing/properties/retention/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.data_sharing.properties.retention.type, parentSchema: schema64.properties.data_sharing.properties.retention, data: data52 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data46.security !== void 0) {
          let data53 = data46.security;
          if (typeof data53 !== "string") {
            const err76 = { instancePath: instancePath + "/data_sharing/security", schemaPath: "#/properties/data_sharing/properties/security/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.data_sharing.properties.security.type, parentSchema: schema64.properties.data_sharing.properties.security, data: data53 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data46.breach_notice_hours !== void 0) {
          let data54 = data46.breach_notice_hours;
          if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
            const err77 = { instancePath: instancePath + "/data_sharing/breach_notice_hours", schemaPath: "#/properties/data_sharing/properties/breach_notice_hours/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema64.properties.data_sharing.properties.breach_notice_hours.type, parentSchema: schema64.properties.data_sharing.properties.breach_notice_hours, data: data54 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (typeof data54 == "number" && isFinite(data54)) {
            if (data54 < 1 || isNaN(data54)) {
              const err78 = { instancePath: instancePath + "/data_sharing/breach_notice_hours", schemaPath: "#/properties/data_sharing/properties/breach_notice_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.properties.data_sharing.properties.breach_notice_hours, data: data54 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/data_sharing", schemaPath: "#/properties/data_sharing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.data_sharing.type, parentSchema: schema64.properties.data_sharing, data: data46 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.confidentiality !== void 0) {
      let data55 = data.confidentiality;
      if (typeof data55 !== "string") {
        const err80 = { instancePath: instancePath + "/confidentiality", schemaPath: "#/properties/confidentiality/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.confidentiality.type, parentSchema: schema64.properties.confidentiality, data: data55 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
  } else {
    const err81 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err81];
    } else {
      vErrors.push(err81);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema79 = { "type": "object", "description": "A measure of the partnership's progress or impact.", "required": ["id", "name"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Identifier of the metric." }, "name": { "type": "string", "minLength": 1, "description": "What is measured." }, "goal": { "$ref": "#/$defs/slug", "description": "Id of the goal this metric measures." }, "unit": { "type": "string", "description": "Unit of measurement.", "examples": ["patients", "%", "tonnes CO2e"] }, "baseline": { "type": "number", "description": "Value at the start." }, "target": { "type": "number", "description": "Value aimed for." }, "direction": { "description": "Which way is better.", "enum": ["increase", "decrease", "maintain"] }, "level": { "description": "Results-chain level.", "enum": ["output", "outcome", "impact"] }, "baseline_date": { "$ref": "#/$defs/date", "description": "When the baseline was measured (YYYY-MM-DD)." }, "target_date": { "$ref": "#/$defs/date", "description": "When the target should be reached (YYYY-MM-DD)." }, "frequency": { "$ref": "#/$defs/cadence", "description": "How often the metric is measured." }, "source": { "type": "string", "description": "Where the data comes from." }, "owner": { "$ref": "#/$defs/slug", "description": "Id of the partner who reports this metric." } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema79.properties, key0) || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema79.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.name.type, parentSchema: schema79.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.goal !== void 0) {
      let data2 = data.goal;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err7 = { instancePath: instancePath + "/goal", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/goal", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.unit !== void 0) {
      let data3 = data.unit;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.unit.type, parentSchema: schema79.properties.unit, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data4 = data.baseline;
      if (!(typeof data4 == "number" && isFinite(data4))) {
        const err10 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.baseline.type, parentSchema: schema79.properties.baseline, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data5 = data.target;
      if (!(typeof data5 == "number" && isFinite(data5))) {
        const err11 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.target.type, parentSchema: schema79.properties.target, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data6 = data.direction;
      if (!(data6 === "increase" || data6 === "decrease" || data6 === "maintain")) {
        const err12 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema79.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema79.properties.direction.enum, parentSchema: schema79.properties.direction, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data7 = data.level;
      if (!(data7 === "output" || data7 === "outcome" || data7 === "impact")) {
        const err13 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema79.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema79.properties.level.enum, parentSchema: schema79.properties.level, data: data7 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.baseline_date !== void 0) {
      let data8 = data.baseline_date;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err14 = { instancePath: instancePath + "/baseline_date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data8 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/baseline_date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.target_date !== void 0) {
      let data9 = data.target_date;
      if (typeof data9 === "string") {
        if (!formats0.validate(data9)) {
          const err16 = { instancePath: instancePath + "/target_date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/target_date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.frequency !== void 0) {
      let data10 = data.frequency;
      if (!(data10 === "weekly" || data10 === "biweekly" || data10 === "monthly" || data10 === "quarterly" || data10 === "semiannual" || data10 === "annual" || data10 === "as-needed")) {
        const err18 = { instancePath: instancePath + "/frequency", schemaPath: "#/$defs/cadence/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data10 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data11 = data.source;
      if (typeof data11 !== "string") {
        const err19 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.source.type, parentSchema: schema79.properties.source, data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data12 = data.owner;
      if (typeof data12 === "string") {
        if (!pattern5.test(data12)) {
          const err20 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data12 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema86 = { "type": "object", "description": "A concrete deliverable a partner promises.", "required": ["partner", "description"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "partner": { "$ref": "#/$defs/slug", "description": "Id of the partner who commits." }, "description": { "type": "string", "description": "What is delivered." }, "due": { "$ref": "#/$defs/date", "description": "When it is due (YYYY-MM-DD)." }, "status": { "description": "Progress of the commitment.", "enum": ["planned", "in-progress", "done", "late"] } } };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.partner === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "partner" }, message: "must have required property 'partner'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "partner" || key0 === "description" || key0 === "due" || key0 === "status" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.partner !== void 0) {
      let data0 = data.partner;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/partner", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/partner", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.description.type, parentSchema: schema86.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.due !== void 0) {
      let data2 = data.due;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err6 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (!(data3 === "planned" || data3 === "in-progress" || data3 === "done" || data3 === "late")) {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema86.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.status.enum, parentSchema: schema86.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema89 = { "type": "object", "description": "A known challenge and its mitigation.", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Free extension." } }, "properties": { "challenge": { "description": "Which kind of challenge.", "enum": ["cultural-differences", "misaligned-objectives", "communication-barriers", "resource-imbalance", "trust", "other"] }, "description": { "type": "string", "description": "The risk." }, "mitigation": { "type": "string", "description": "What the partnership does about it." }, "owner": { "$ref": "#/$defs/slug", "description": "Id of the partner who watches this risk." } } };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "challenge" || key0 === "description" || key0 === "mitigation" || key0 === "owner" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema89, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.challenge !== void 0) {
      let data0 = data.challenge;
      if (!(data0 === "cultural-differences" || data0 === "misaligned-objectives" || data0 === "communication-barriers" || data0 === "resource-imbalance" || data0 === "trust" || data0 === "other")) {
        const err1 = { instancePath: instancePath + "/challenge", schemaPath: "#/properties/challenge/enum", keyword: "enum", params: { allowedValues: schema89.properties.challenge.enum }, message: "must be equal to one of the allowed values", schema: schema89.properties.challenge.enum, parentSchema: schema89.properties.challenge, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema89.properties.description.type, parentSchema: schema89.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.mitigation !== void 0) {
      let data2 = data.mitigation;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema89.properties.mitigation.type, parentSchema: schema89.properties.mitigation, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema89.type, parentSchema: schema89, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.charter === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "charter" }, message: "must have required property 'charter'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.vision === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vision" }, message: "must have required property 'vision'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.partners === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "partners" }, message: "must have required property 'partners'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.goals === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "goals" }, message: "must have required property 'goals'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.charter !== void 0) {
      let data0 = data.charter;
      if (1 !== data0) {
        const err7 = { instancePath: instancePath + "/charter", schemaPath: "#/properties/charter/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.charter, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (!(data3 === "draft" || data3 === "proposed" || data3 === "active" || data3 === "suspended" || data3 === "closed")) {
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data4 = data.version;
      if (typeof data4 !== "string") {
        const err13 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.version.type, parentSchema: schema31.properties.version, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.use_case !== void 0) {
      let data5 = data.use_case;
      if (!(data5 === "digital-health" || data5 === "public-private-infrastructure" || data5 === "research-commercialization" || data5 === "environmental-sustainability" || data5 === "social-innovation" || data5 === "circular-economy" || data5 === "education" || data5 === "disaster-response" || data5 === "urban-development" || data5 === "smart-city" || data5 === "global-development" || data5 === "innovation-hub" || data5 === "vaccine-development" || data5 === "other")) {
        const err14 = { instancePath: instancePath + "/use_case", schemaPath: "#/properties/use_case/enum", keyword: "enum", params: { allowedValues: schema31.properties.use_case.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.use_case.enum, parentSchema: schema31.properties.use_case, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data6 = data.summary;
      if (typeof data6 !== "string") {
        const err15 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.summary.type, parentSchema: schema31.properties.summary, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.vision !== void 0) {
      let data7 = data.vision;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err16 = { instancePath: instancePath + "/vision", schemaPath: "#/properties/vision/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.vision, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/vision", schemaPath: "#/properties/vision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.vision.type, parentSchema: schema31.properties.vision, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.challenge !== void 0) {
      let data8 = data.challenge;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "statement" || key1 === "focus" || pattern4.test(key1))) {
            const err18 = { instancePath: instancePath + "/challenge", schemaPath: "#/properties/challenge/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.challenge, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data8.statement !== void 0) {
          let data9 = data8.statement;
          if (typeof data9 !== "string") {
            const err19 = { instancePath: instancePath + "/challenge/statement", schemaPath: "#/properties/challenge/properties/statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.challenge.properties.statement.type, parentSchema: schema31.properties.challenge.properties.statement, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data8.focus !== void 0) {
          let data10 = data8.focus;
          if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (!(data11 === "social" || data11 === "environmental" || data11 === "economic" || data11 === "health" || data11 === "technological")) {
                const err20 = { instancePath: instancePath + "/challenge/focus/" + i0, schemaPath: "#/properties/challenge/properties/focus/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.challenge.properties.focus.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.challenge.properties.focus.items.enum, parentSchema: schema31.properties.challenge.properties.focus.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/challenge/focus", schemaPath: "#/properties/challenge/properties/focus/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.challenge.properties.focus.type, parentSchema: schema31.properties.challenge.properties.focus, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/challenge", schemaPath: "#/properties/challenge/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.challenge.type, parentSchema: schema31.properties.challenge, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.term !== void 0) {
      let data12 = data.term;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(key2 === "start" || key2 === "end" || key2 === "review" || pattern4.test(key2))) {
            const err23 = { instancePath: instancePath + "/term", schemaPath: "#/properties/term/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.term, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data12.start !== void 0) {
          let data13 = data12.start;
          if (typeof data13 === "string") {
            if (!formats0.validate(data13)) {
              const err24 = { instancePath: instancePath + "/term/start", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/term/start", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data12.end !== void 0) {
          let data14 = data12.end;
          if (typeof data14 === "string") {
            if (!formats0.validate(data14)) {
              const err26 = { instancePath: instancePath + "/term/end", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data14 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/term/end", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data14 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.review !== void 0) {
          let data15 = data12.review;
          if (!(data15 === "weekly" || data15 === "biweekly" || data15 === "monthly" || data15 === "quarterly" || data15 === "semiannual" || data15 === "annual" || data15 === "as-needed")) {
            const err28 = { instancePath: instancePath + "/term/review", schemaPath: "#/$defs/cadence/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/term", schemaPath: "#/properties/term/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.term.type, parentSchema: schema31.properties.term, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.agreement !== void 0) {
      let data16 = data.agreement;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key3 in data16) {
          if (!(key3 === "binding" || key3 === "governing_law" || key3 === "related" || pattern4.test(key3))) {
            const err30 = { instancePath: instancePath + "/agreement", schemaPath: "#/properties/agreement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.agreement, data: data16 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data16.binding !== void 0) {
          let data17 = data16.binding;
          if (typeof data17 !== "boolean") {
            const err31 = { instancePath: instancePath + "/agreement/binding", schemaPath: "#/properties/agreement/properties/binding/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.agreement.properties.binding.type, parentSchema: schema31.properties.agreement.properties.binding, data: data17 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data16.governing_law !== void 0) {
          let data18 = data16.governing_law;
          if (typeof data18 !== "string") {
            const err32 = { instancePath: instancePath + "/agreement/governing_law", schemaPath: "#/properties/agreement/properties/governing_law/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.agreement.properties.governing_law.type, parentSchema: schema31.properties.agreement.properties.governing_law, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data16.related !== void 0) {
          let data19 = data16.related;
          if (Array.isArray(data19)) {
            const len1 = data19.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data20 = data19[i1];
              if (typeof data20 !== "string") {
                const err33 = { instancePath: instancePath + "/agreement/related/" + i1, schemaPath: "#/properties/agreement/properties/related/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.agreement.properties.related.items.type, parentSchema: schema31.properties.agreement.properties.related.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/agreement/related", schemaPath: "#/properties/agreement/properties/related/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.agreement.properties.related.type, parentSchema: schema31.properties.agreement.properties.related, data: data19 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/agreement", schemaPath: "#/properties/agreement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.agreement.type, parentSchema: schema31.properties.agreement, data: data16 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.sectors !== void 0) {
      let data21 = data.sectors;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key4 in data21) {
          if (!(func1.call(schema31.properties.sectors.properties, key4) || pattern4.test(key4))) {
            const err36 = { instancePath: instancePath + "/sectors", schemaPath: "#/properties/sectors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.sectors, data: data21 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data21.government !== void 0) {
          if (!validate21(data21.government, { instancePath: instancePath + "/sectors/government", parentData: data21, parentDataProperty: "government", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.business !== void 0) {
          if (!validate21(data21.business, { instancePath: instancePath + "/sectors/business", parentData: data21, parentDataProperty: "business", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.academia !== void 0) {
          if (!validate21(data21.academia, { instancePath: instancePath + "/sectors/academia", parentData: data21, parentDataProperty: "academia", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.nonprofit !== void 0) {
          if (!validate21(data21.nonprofit, { instancePath: instancePath + "/sectors/nonprofit", parentData: data21, parentDataProperty: "nonprofit", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.philanthropy !== void 0) {
          if (!validate21(data21.philanthropy, { instancePath: instancePath + "/sectors/philanthropy", parentData: data21, parentDataProperty: "philanthropy", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.community !== void 0) {
          if (!validate21(data21.community, { instancePath: instancePath + "/sectors/community", parentData: data21, parentDataProperty: "community", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.multilateral !== void 0) {
          if (!validate21(data21.multilateral, { instancePath: instancePath + "/sectors/multilateral", parentData: data21, parentDataProperty: "multilateral", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.healthcare !== void 0) {
          if (!validate21(data21.healthcare, { instancePath: instancePath + "/sectors/healthcare", parentData: data21, parentDataProperty: "healthcare", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data21.education !== void 0) {
          if (!validate21(data21.education, { instancePath: instancePath + "/sectors/education", parentData: data21, parentDataProperty: "education", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/sectors", schemaPath: "#/properties/sectors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.sectors.type, parentSchema: schema31.properties.sectors, data: data21 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.partners !== void 0) {
      let data31 = data.partners;
      if (Array.isArray(data31)) {
        if (data31.length < 2) {
          const err38 = { instancePath: instancePath + "/partners", schemaPath: "#/properties/partners/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema31.properties.partners, data: data31 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len2 = data31.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate31(data31[i2], { instancePath: instancePath + "/partners/" + i2, parentData: data31, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/partners", schemaPath: "#/properties/partners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.partners.type, parentSchema: schema31.properties.partners, data: data31 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.goals !== void 0) {
      let data33 = data.goals;
      if (Array.isArray(data33)) {
        if (data33.length < 1) {
          const err40 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.goals, data: data33 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        const len3 = data33.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate35(data33[i3], { instancePath: instancePath + "/goals/" + i3, parentData: data33, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.goals.type, parentSchema: schema31.properties.goals, data: data33 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data35 = data.roles;
      if (Array.isArray(data35)) {
        const len4 = data35.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate39(data35[i4], { instancePath: instancePath + "/roles/" + i4, parentData: data35, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.roles.type, parentSchema: schema31.properties.roles, data: data35 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.raci !== void 0) {
      let data37 = data.raci;
      if (Array.isArray(data37)) {
        const len5 = data37.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate41(data37[i5], { instancePath: instancePath + "/raci/" + i5, parentData: data37, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/raci", schemaPath: "#/properties/raci/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.raci.type, parentSchema: schema31.properties.raci, data: data37 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.governance !== void 0) {
      if (!validate47(data.governance, { instancePath: instancePath + "/governance", parentData: data, parentDataProperty: "governance", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.metrics !== void 0) {
      let data40 = data.metrics;
      if (Array.isArray(data40)) {
        const len6 = data40.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate50(data40[i6], { instancePath: instancePath + "/metrics/" + i6, parentData: data40, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.metrics.type, parentSchema: schema31.properties.metrics, data: data40 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.commitments !== void 0) {
      let data42 = data.commitments;
      if (Array.isArray(data42)) {
        const len7 = data42.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate52(data42[i7], { instancePath: instancePath + "/commitments/" + i7, parentData: data42, parentDataProperty: i7, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/commitments", schemaPath: "#/properties/commitments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.commitments.type, parentSchema: schema31.properties.commitments, data: data42 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.risks !== void 0) {
      let data44 = data.risks;
      if (Array.isArray(data44)) {
        const len8 = data44.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!validate54(data44[i8], { instancePath: instancePath + "/risks/" + i8, parentData: data44, parentDataProperty: i8, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/risks", schemaPath: "#/properties/risks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.risks.type, parentSchema: schema31.properties.risks, data: data44 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/validate.ts
function validateDocument(doc) {
  if (validate_charter_default(doc.data)) return [];
  return describeErrors(validate_charter_default.errors ?? []).map(({ path, message }) => {
    const at = doc.locate(path);
    return { ruleId: "schema", severity: "error", message, path, ...at };
  });
}
function describeErrors(errors) {
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => e.instancePath);
  const violations = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const summarised = error.keyword !== "anyOf" && error.keyword !== "oneOf" && anyOfPaths.some((p) => error.instancePath === p || error.instancePath.startsWith(p + "/"));
    if (summarised || error.propertyName !== void 0) continue;
    const violation = describe(error);
    const key = `${violation.path}\0${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
  }
  return violations;
}
function describe(error) {
  const path = error.instancePath;
  const where = humanPath(path);
  const segments = parsePointer(path);
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return { path, message: `${where} is missing required key '${params.missingProperty}'` };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closest(key, known);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `: allowed keys are ${known.join(", ")}; prefix your own keys with x-`;
      return { path: pointer(...segments, key), message: `unknown key '${key}' in ${where}${hint}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      return { path, message: `${where} ${quote(error.data)} is not one of: ${allowed.join(", ")}` };
    }
    case "const":
      return { path, message: `${where} must be ${JSON.stringify(params.allowedValue)}, not ${quote(error.data)}` };
    case "type":
      return { path, message: `${where} must be ${article(String(params.type))}, not ${kindOf(error.data)}` };
    case "format":
      return params.format === "date" ? { path, message: `${where} ${quote(error.data)} is not a valid date: write it as YYYY-MM-DD, e.g. 2026-01-31` } : { path, message: `${where} ${quote(error.data)} is not a valid ${params.format === "email" ? "email address" : String(params.format)}` };
    case "pattern":
      return { path, message: `${where} ${quote(error.data)} ${patternHint(String(params.pattern), error.data)}` };
    case "propertyNames": {
      const name = String(params.propertyName);
      return { path: pointer(...segments, name), message: `${where} key ${quote(name)} is not a valid partner id: use lowercase letters, digits and hyphens` };
    }
    case "minItems": {
      const count = Array.isArray(error.data) ? error.data.length : 0;
      return { path, message: `${where} needs at least ${params.limit} ${Number(params.limit) === 1 ? "entry" : "entries"}, found ${count}` };
    }
    case "minLength":
      return { path, message: `${where} must not be empty` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path, message: `${where} must be ${params.comparison} ${params.limit}, not ${quote(error.data)}` };
    case "anyOf":
    case "oneOf":
      return { path, message: `${where} must be ${alternatives(error.schema)}, not ${kindOf(error.data)}` };
    default:
      return { path, message: `${where} ${error.message ?? "is invalid"}` };
  }
}
function schemaAt(schemaPath) {
  let node = charter_schema_default;
  for (const seg of parsePointer(schemaPath.replace(/^#/, ""))) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[seg];
  }
  return node;
}
function alternatives(branches) {
  return branches.map((branch) => {
    const target = branch.$ref ? schemaAt(branch.$ref) : branch;
    return target?.type === "array" ? "a list of ids" : target?.type === "string" ? "an id" : article(target?.type ?? "value");
  }).join(" or ");
}
function patternHint(pattern, value) {
  if (pattern.startsWith("^[a-z0-9]")) {
    const suggestion = String(value).toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63);
    return `is not a valid id: use lowercase letters, digits and hyphens, at most 63 characters${suggestion ? ` (e.g. '${suggestion}')` : ""}`;
  }
  if (pattern === "^[A-Z]{3}$") return "is not an ISO 4217 currency code: use three capital letters such as EUR or USD";
  return `does not match the pattern ${pattern}`;
}
function article(type) {
  switch (type) {
    case "string":
      return "a string";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    default:
      return `a ${type}`;
  }
}
function kindOf(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${quote(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}
function quote(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}\u2026` : text;
  return `'${short}'`;
}

export {
  charter_schema_default,
  validateDocument
};
