import { createRequire as __podproofCreateRequire } from 'node:module';
import { fileURLToPath as __podproofFileURLToPath } from 'node:url';
import { dirname as __podproofDirname } from 'node:path';
const require = __podproofCreateRequire(import.meta.url);
const __filename = __podproofFileURLToPath(import.meta.url);
const __dirname = __podproofDirname(__filename);
import {
  DURATION_PATTERN,
  POD_COLUMN_CELLS,
  createCluster,
  formatDuration,
  formatEvents,
  formatPodTable,
  formatWatch,
  lintFiles,
  lintText,
  objectSites,
  parseDuration,
  parseFile,
  parseQuantity,
  podBearingKind,
  podFromTemplate,
  snapshotRow,
  validatePod
} from "./chunk-YFB32NT3.js";
import {
  require_api,
  require_builder,
  require_cli_table3,
  require_configuration,
  require_data_table,
  require_formatter,
  require_helpers,
  require_json_formatter,
  require_progress_formatter,
  require_rerun_formatter,
  require_scope,
  require_snippets_formatter,
  require_src,
  require_src2,
  require_summary_formatter,
  require_support_code_library_builder,
  require_supports_color,
  require_test_case_hook_definition,
  require_time,
  require_usage_formatter,
  require_usage_json_formatter,
  require_version,
  require_world
} from "./chunk-2YY45VX6.js";
import "./chunk-VGPOOZNI.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-GF664WQS.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self.diff = ms;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src3 = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/tslib/tslib.es6.mjs
var tslib_es6_exports = {};
__export(tslib_es6_exports, {
  __addDisposableResource: () => __addDisposableResource,
  __assign: () => __assign,
  __asyncDelegator: () => __asyncDelegator,
  __asyncGenerator: () => __asyncGenerator,
  __asyncValues: () => __asyncValues,
  __await: () => __await,
  __awaiter: () => __awaiter,
  __classPrivateFieldGet: () => __classPrivateFieldGet,
  __classPrivateFieldIn: () => __classPrivateFieldIn,
  __classPrivateFieldSet: () => __classPrivateFieldSet,
  __createBinding: () => __createBinding,
  __decorate: () => __decorate,
  __disposeResources: () => __disposeResources,
  __esDecorate: () => __esDecorate,
  __exportStar: () => __exportStar,
  __extends: () => __extends,
  __generator: () => __generator,
  __importDefault: () => __importDefault,
  __importStar: () => __importStar,
  __makeTemplateObject: () => __makeTemplateObject,
  __metadata: () => __metadata,
  __param: () => __param,
  __propKey: () => __propKey,
  __read: () => __read,
  __rest: () => __rest,
  __rewriteRelativeImportExtension: () => __rewriteRelativeImportExtension,
  __runInitializers: () => __runInitializers,
  __setFunctionName: () => __setFunctionName,
  __spread: () => __spread,
  __spreadArray: () => __spreadArray,
  __spreadArrays: () => __spreadArrays,
  __values: () => __values,
  default: () => tslib_es6_default
});
function __extends(d, b) {
  if (typeof b !== "function" && b !== null)
    throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
  extendStatics(d, b);
  function __() {
    this.constructor = d;
  }
  d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
}
function __rest(s, e) {
  var t = {};
  for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
    t[p] = s[p];
  if (s != null && typeof Object.getOwnPropertySymbols === "function")
    for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
      if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
        t[p[i]] = s[p[i]];
    }
  return t;
}
function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function __param(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
}
function __esDecorate(ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
  function accept(f) {
    if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected");
    return f;
  }
  var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
  var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
  var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
  var _, done = false;
  for (var i = decorators.length - 1; i >= 0; i--) {
    var context2 = {};
    for (var p in contextIn) context2[p] = p === "access" ? {} : contextIn[p];
    for (var p in contextIn.access) context2.access[p] = contextIn.access[p];
    context2.addInitializer = function(f) {
      if (done) throw new TypeError("Cannot add initializers after decoration has completed");
      extraInitializers.push(accept(f || null));
    };
    var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context2);
    if (kind === "accessor") {
      if (result === void 0) continue;
      if (result === null || typeof result !== "object") throw new TypeError("Object expected");
      if (_ = accept(result.get)) descriptor.get = _;
      if (_ = accept(result.set)) descriptor.set = _;
      if (_ = accept(result.init)) initializers.unshift(_);
    } else if (_ = accept(result)) {
      if (kind === "field") initializers.unshift(_);
      else descriptor[key] = _;
    }
  }
  if (target) Object.defineProperty(target, contextIn.name, descriptor);
  done = true;
}
function __runInitializers(thisArg, initializers, value) {
  var useValue = arguments.length > 2;
  for (var i = 0; i < initializers.length; i++) {
    value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
  }
  return useValue ? value : void 0;
}
function __propKey(x) {
  return typeof x === "symbol" ? x : "".concat(x);
}
function __setFunctionName(f, name, prefix) {
  if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
  return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
}
function __metadata(metadataKey, metadataValue) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
}
function __awaiter(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}
function __generator(thisArg, body) {
  var _ = { label: 0, sent: function() {
    if (t[0] & 1) throw t[1];
    return t[1];
  }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
  return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
    return this;
  }), g;
  function verb(n) {
    return function(v) {
      return step([n, v]);
    };
  }
  function step(op) {
    if (f) throw new TypeError("Generator is already executing.");
    while (g && (g = 0, op[0] && (_ = 0)), _) try {
      if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
      if (y = 0, t) op = [op[0] & 2, t.value];
      switch (op[0]) {
        case 0:
        case 1:
          t = op;
          break;
        case 4:
          _.label++;
          return { value: op[1], done: false };
        case 5:
          _.label++;
          y = op[1];
          op = [0];
          continue;
        case 7:
          op = _.ops.pop();
          _.trys.pop();
          continue;
        default:
          if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
            _ = 0;
            continue;
          }
          if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
            _.label = op[1];
            break;
          }
          if (op[0] === 6 && _.label < t[1]) {
            _.label = t[1];
            t = op;
            break;
          }
          if (t && _.label < t[2]) {
            _.label = t[2];
            _.ops.push(op);
            break;
          }
          if (t[2]) _.ops.pop();
          _.trys.pop();
          continue;
      }
      op = body.call(thisArg, _);
    } catch (e) {
      op = [6, e];
      y = 0;
    } finally {
      f = t = 0;
    }
    if (op[0] & 5) throw op[1];
    return { value: op[0] ? op[1] : void 0, done: true };
  }
}
function __exportStar(m, o) {
  for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
}
function __values(o) {
  var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
  if (m) return m.call(o);
  if (o && typeof o.length === "number") return {
    next: function() {
      if (o && i >= o.length) o = void 0;
      return { value: o && o[i++], done: !o };
    }
  };
  throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
}
function __read(o, n) {
  var m = typeof Symbol === "function" && o[Symbol.iterator];
  if (!m) return o;
  var i = m.call(o), r, ar = [], e;
  try {
    while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
  } catch (error) {
    e = { error };
  } finally {
    try {
      if (r && !r.done && (m = i["return"])) m.call(i);
    } finally {
      if (e) throw e.error;
    }
  }
  return ar;
}
function __spread() {
  for (var ar = [], i = 0; i < arguments.length; i++)
    ar = ar.concat(__read(arguments[i]));
  return ar;
}
function __spreadArrays() {
  for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
  for (var r = Array(s), k = 0, i = 0; i < il; i++)
    for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
      r[k] = a[j];
  return r;
}
function __spreadArray(to, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
    if (ar || !(i in from)) {
      if (!ar) ar = Array.prototype.slice.call(from, 0, i);
      ar[i] = from[i];
    }
  }
  return to.concat(ar || Array.prototype.slice.call(from));
}
function __await(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
}
function __asyncGenerator(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
}
function __asyncDelegator(o) {
  var i, p;
  return i = {}, verb("next"), verb("throw", function(e) {
    throw e;
  }), verb("return"), i[Symbol.iterator] = function() {
    return this;
  }, i;
  function verb(n, f) {
    i[n] = o[n] ? function(v) {
      return (p = !p) ? { value: __await(o[n](v)), done: false } : f ? f(v) : v;
    } : f;
  }
}
function __asyncValues(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve, reject) {
        v = o[n](v), settle(resolve, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve({ value: v2, done: d });
    }, reject);
  }
}
function __makeTemplateObject(cooked, raw) {
  if (Object.defineProperty) {
    Object.defineProperty(cooked, "raw", { value: raw });
  } else {
    cooked.raw = raw;
  }
  return cooked;
}
function __importStar(mod) {
  if (mod && mod.__esModule) return mod;
  var result = {};
  if (mod != null) {
    for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
  }
  __setModuleDefault(result, mod);
  return result;
}
function __importDefault(mod) {
  return mod && mod.__esModule ? mod : { default: mod };
}
function __classPrivateFieldGet(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
}
function __classPrivateFieldSet(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
}
function __classPrivateFieldIn(state, receiver) {
  if (receiver === null || typeof receiver !== "object" && typeof receiver !== "function") throw new TypeError("Cannot use 'in' operator on non-object");
  return typeof state === "function" ? receiver === state : state.has(receiver);
}
function __addDisposableResource(env, value, async) {
  if (value !== null && value !== void 0) {
    if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
    var dispose, inner;
    if (async) {
      if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
      dispose = value[Symbol.asyncDispose];
    }
    if (dispose === void 0) {
      if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
      dispose = value[Symbol.dispose];
      if (async) inner = dispose;
    }
    if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
    if (inner) dispose = function() {
      try {
        inner.call(this);
      } catch (e) {
        return Promise.reject(e);
      }
    };
    env.stack.push({ value, dispose, async });
  } else if (async) {
    env.stack.push({ async: true });
  }
  return value;
}
function __disposeResources(env) {
  function fail(e) {
    env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
    env.hasError = true;
  }
  var r, s = 0;
  function next() {
    while (r = env.stack.pop()) {
      try {
        if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
        if (r.dispose) {
          var result = r.dispose.call(r.value);
          if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) {
            fail(e);
            return next();
          });
        } else s |= 1;
      } catch (e) {
        fail(e);
      }
    }
    if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
    if (env.hasError) throw env.error;
  }
  return next();
}
function __rewriteRelativeImportExtension(path2, preserveJsx, extraExtensions, ignoreCase) {
  if (typeof path2 === "string" && /^\.\.?\//.test(path2)) {
    if (extraExtensions) {
      for (var extension in extraExtensions) {
        var suffix = path2.slice(-extension.length);
        if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
          var output = extraExtensions[extension];
          return output === extension ? path2 : path2.slice(0, -extension.length) + output;
        }
      }
    }
    return path2.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path2;
}
var extendStatics, __assign, __createBinding, __setModuleDefault, ownKeys, _SuppressedError, tslib_es6_default;
var init_tslib_es6 = __esm({
  "node_modules/tslib/tslib.es6.mjs"() {
    extendStatics = function(d, b) {
      extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
        d2.__proto__ = b2;
      } || function(d2, b2) {
        for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
      };
      return extendStatics(d, b);
    };
    __assign = function() {
      __assign = Object.assign || function __assign2(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    __createBinding = Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    __setModuleDefault = Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    };
    ownKeys = function(o) {
      ownKeys = Object.getOwnPropertyNames || function(o2) {
        var ar = [];
        for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
        return ar;
      };
      return ownKeys(o);
    };
    _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function(error, suppressed, message) {
      var e = new Error(message);
      return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
    };
    tslib_es6_default = {
      __extends,
      __assign,
      __rest,
      __decorate,
      __param,
      __esDecorate,
      __runInitializers,
      __propKey,
      __setFunctionName,
      __metadata,
      __awaiter,
      __generator,
      __createBinding,
      __exportStar,
      __values,
      __read,
      __spread,
      __spreadArrays,
      __spreadArray,
      __await,
      __asyncGenerator,
      __asyncDelegator,
      __asyncValues,
      __makeTemplateObject,
      __importStar,
      __importDefault,
      __classPrivateFieldGet,
      __classPrivateFieldSet,
      __classPrivateFieldIn,
      __addDisposableResource,
      __disposeResources,
      __rewriteRelativeImportExtension
    };
  }
});

// node_modules/lower-case/dist/index.js
var require_dist = __commonJS({
  "node_modules/lower-case/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.lowerCase = exports.localeLowerCase = void 0;
    var SUPPORTED_LOCALE = {
      tr: {
        regexp: /\u0130|\u0049|\u0049\u0307/g,
        map: {
          İ: "i",
          I: "ı",
          İ: "i"
        }
      },
      az: {
        regexp: /\u0130/g,
        map: {
          İ: "i",
          I: "ı",
          İ: "i"
        }
      },
      lt: {
        regexp: /\u0049|\u004A|\u012E|\u00CC|\u00CD|\u0128/g,
        map: {
          I: "i̇",
          J: "j̇",
          Į: "į̇",
          Ì: "i̇̀",
          Í: "i̇́",
          Ĩ: "i̇̃"
        }
      }
    };
    function localeLowerCase(str, locale) {
      var lang = SUPPORTED_LOCALE[locale.toLowerCase()];
      if (lang)
        return lowerCase(str.replace(lang.regexp, function(m) {
          return lang.map[m];
        }));
      return lowerCase(str);
    }
    exports.localeLowerCase = localeLowerCase;
    function lowerCase(str) {
      return str.toLowerCase();
    }
    exports.lowerCase = lowerCase;
  }
});

// node_modules/no-case/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/no-case/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.noCase = void 0;
    var lower_case_1 = require_dist();
    var DEFAULT_SPLIT_REGEXP = [/([a-z0-9])([A-Z])/g, /([A-Z])([A-Z][a-z])/g];
    var DEFAULT_STRIP_REGEXP = /[^A-Z0-9]+/gi;
    function noCase(input, options) {
      if (options === void 0) {
        options = {};
      }
      var _a = options.splitRegexp, splitRegexp = _a === void 0 ? DEFAULT_SPLIT_REGEXP : _a, _b = options.stripRegexp, stripRegexp = _b === void 0 ? DEFAULT_STRIP_REGEXP : _b, _c = options.transform, transform = _c === void 0 ? lower_case_1.lowerCase : _c, _d = options.delimiter, delimiter = _d === void 0 ? " " : _d;
      var result = replace(replace(input, splitRegexp, "$1\0$2"), stripRegexp, "\0");
      var start = 0;
      var end = result.length;
      while (result.charAt(start) === "\0")
        start++;
      while (result.charAt(end - 1) === "\0")
        end--;
      return result.slice(start, end).split("\0").map(transform).join(delimiter);
    }
    exports.noCase = noCase;
    function replace(input, re, value) {
      if (re instanceof RegExp)
        return input.replace(re, value);
      return re.reduce(function(input2, re2) {
        return input2.replace(re2, value);
      }, input);
    }
  }
});

// node_modules/upper-case-first/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/upper-case-first/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.upperCaseFirst = void 0;
    function upperCaseFirst(input) {
      return input.charAt(0).toUpperCase() + input.substr(1);
    }
    exports.upperCaseFirst = upperCaseFirst;
  }
});

// node_modules/capital-case/dist/index.js
var require_dist4 = __commonJS({
  "node_modules/capital-case/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.capitalCase = exports.capitalCaseTransform = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var no_case_1 = require_dist2();
    var upper_case_first_1 = require_dist3();
    function capitalCaseTransform(input) {
      return upper_case_first_1.upperCaseFirst(input.toLowerCase());
    }
    exports.capitalCaseTransform = capitalCaseTransform;
    function capitalCase(input, options) {
      if (options === void 0) {
        options = {};
      }
      return no_case_1.noCase(input, tslib_1.__assign({ delimiter: " ", transform: capitalCaseTransform }, options));
    }
    exports.capitalCase = capitalCase;
  }
});

// node_modules/@cucumber/cucumber/lib/cli/i18n.js
var require_i18n = __commonJS({
  "node_modules/@cucumber/cucumber/lib/cli/i18n.js"(exports) {
    "use strict";
    var __importDefault2 = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getLanguages = getLanguages;
    exports.getKeywords = getKeywords;
    var gherkin_1 = require_src2();
    var cli_table3_1 = __importDefault2(require_cli_table3());
    var capital_case_1 = require_dist4();
    var keywords = [
      "feature",
      "rule",
      "background",
      "scenario",
      "scenarioOutline",
      "examples",
      "given",
      "when",
      "then",
      "and",
      "but"
    ];
    function getAsTable(header, rows) {
      const table = new cli_table3_1.default({
        chars: {
          bottom: "",
          "bottom-left": "",
          "bottom-mid": "",
          "bottom-right": "",
          left: "",
          "left-mid": "",
          mid: "",
          "mid-mid": "",
          middle: " | ",
          right: "",
          "right-mid": "",
          top: "",
          "top-left": "",
          "top-mid": "",
          "top-right": ""
        },
        style: {
          border: [],
          "padding-left": 0,
          "padding-right": 0
        }
      });
      table.push(header);
      table.push(...rows);
      return table.toString();
    }
    function getLanguages() {
      const rows = Object.keys(gherkin_1.dialects).map((isoCode) => [
        isoCode,
        gherkin_1.dialects[isoCode].name,
        gherkin_1.dialects[isoCode].native
      ]);
      return getAsTable(["ISO 639-1", "ENGLISH NAME", "NATIVE NAME"], rows);
    }
    function getKeywords(isoCode) {
      const language = gherkin_1.dialects[isoCode];
      const rows = keywords.map((keyword) => {
        const words = language[keyword].map((s) => `"${s}"`).join(", ");
        return [(0, capital_case_1.capitalCase)(keyword), words];
      });
      return getAsTable(["ENGLISH KEYWORD", "NATIVE KEYWORDS"], rows);
    }
  }
});

// node_modules/global-dirs/node_modules/ini/ini.js
var require_ini = __commonJS({
  "node_modules/global-dirs/node_modules/ini/ini.js"(exports, module) {
    var { hasOwnProperty } = Object.prototype;
    var eol = typeof process !== "undefined" && process.platform === "win32" ? "\r\n" : "\n";
    var encode = (obj, opt) => {
      const children = [];
      let out = "";
      if (typeof opt === "string") {
        opt = {
          section: opt,
          whitespace: false
        };
      } else {
        opt = opt || /* @__PURE__ */ Object.create(null);
        opt.whitespace = opt.whitespace === true;
      }
      const separator = opt.whitespace ? " = " : "=";
      for (const k of Object.keys(obj)) {
        const val = obj[k];
        if (val && Array.isArray(val)) {
          for (const item of val)
            out += safe(k + "[]") + separator + safe(item) + "\n";
        } else if (val && typeof val === "object")
          children.push(k);
        else
          out += safe(k) + separator + safe(val) + eol;
      }
      if (opt.section && out.length)
        out = "[" + safe(opt.section) + "]" + eol + out;
      for (const k of children) {
        const nk = dotSplit(k).join("\\.");
        const section = (opt.section ? opt.section + "." : "") + nk;
        const { whitespace } = opt;
        const child = encode(obj[k], {
          section,
          whitespace
        });
        if (out.length && child.length)
          out += eol;
        out += child;
      }
      return out;
    };
    var dotSplit = (str) => str.replace(/\1/g, "LITERAL\\1LITERAL").replace(/\\\./g, "").split(/\./).map((part) => part.replace(/\1/g, "\\.").replace(/\2LITERAL\\1LITERAL\2/g, ""));
    var decode = (str) => {
      const out = /* @__PURE__ */ Object.create(null);
      let p = out;
      let section = null;
      const re = /^\[([^\]]*)\]$|^([^=]+)(=(.*))?$/i;
      const lines = str.split(/[\r\n]+/g);
      for (const line of lines) {
        if (!line || line.match(/^\s*[;#]/))
          continue;
        const match = line.match(re);
        if (!match)
          continue;
        if (match[1] !== void 0) {
          section = unsafe(match[1]);
          if (section === "__proto__") {
            p = /* @__PURE__ */ Object.create(null);
            continue;
          }
          p = out[section] = out[section] || /* @__PURE__ */ Object.create(null);
          continue;
        }
        const keyRaw = unsafe(match[2]);
        const isArray = keyRaw.length > 2 && keyRaw.slice(-2) === "[]";
        const key = isArray ? keyRaw.slice(0, -2) : keyRaw;
        if (key === "__proto__")
          continue;
        const valueRaw = match[3] ? unsafe(match[4]) : true;
        const value = valueRaw === "true" || valueRaw === "false" || valueRaw === "null" ? JSON.parse(valueRaw) : valueRaw;
        if (isArray) {
          if (!hasOwnProperty.call(p, key))
            p[key] = [];
          else if (!Array.isArray(p[key]))
            p[key] = [p[key]];
        }
        if (Array.isArray(p[key]))
          p[key].push(value);
        else
          p[key] = value;
      }
      const remove = [];
      for (const k of Object.keys(out)) {
        if (!hasOwnProperty.call(out, k) || typeof out[k] !== "object" || Array.isArray(out[k]))
          continue;
        const parts = dotSplit(k);
        let p2 = out;
        const l = parts.pop();
        const nl = l.replace(/\\\./g, ".");
        for (const part of parts) {
          if (part === "__proto__")
            continue;
          if (!hasOwnProperty.call(p2, part) || typeof p2[part] !== "object")
            p2[part] = /* @__PURE__ */ Object.create(null);
          p2 = p2[part];
        }
        if (p2 === out && nl === l)
          continue;
        p2[nl] = out[k];
        remove.push(k);
      }
      for (const del of remove)
        delete out[del];
      return out;
    };
    var isQuoted = (val) => val.charAt(0) === '"' && val.slice(-1) === '"' || val.charAt(0) === "'" && val.slice(-1) === "'";
    var safe = (val) => typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim() ? JSON.stringify(val) : val.replace(/;/g, "\\;").replace(/#/g, "\\#");
    var unsafe = (val, doUnesc) => {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'")
          val = val.substr(1, val.length - 2);
        try {
          val = JSON.parse(val);
        } catch (_) {
        }
      } else {
        let esc = false;
        let unesc = "";
        for (let i = 0, l = val.length; i < l; i++) {
          const c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1)
              unesc += c;
            else
              unesc += "\\" + c;
            esc = false;
          } else if (";#".indexOf(c) !== -1)
            break;
          else if (c === "\\")
            esc = true;
          else
            unesc += c;
        }
        if (esc)
          unesc += "\\";
        return unesc.trim();
      }
      return val;
    };
    module.exports = {
      parse: decode,
      decode,
      stringify: encode,
      encode,
      safe,
      unsafe
    };
  }
});

// node_modules/global-dirs/index.js
var require_global_dirs = __commonJS({
  "node_modules/global-dirs/index.js"(exports) {
    "use strict";
    var path2 = __require("path");
    var os = __require("os");
    var fs = __require("fs");
    var ini = require_ini();
    var isWindows = process.platform === "win32";
    var readRc = (filePath) => {
      try {
        return ini.parse(fs.readFileSync(filePath, "utf8")).prefix;
      } catch {
      }
    };
    var getEnvNpmPrefix = () => {
      return Object.keys(process.env).reduce((prefix, name) => {
        return /^npm_config_prefix$/i.test(name) ? process.env[name] : prefix;
      }, void 0);
    };
    var getGlobalNpmrc = () => {
      if (isWindows && process.env.APPDATA) {
        return path2.join(process.env.APPDATA, "/npm/etc/npmrc");
      }
      if (process.execPath.includes("/Cellar/node")) {
        const homebrewPrefix = process.execPath.slice(0, process.execPath.indexOf("/Cellar/node"));
        return path2.join(homebrewPrefix, "/lib/node_modules/npm/npmrc");
      }
      if (process.execPath.endsWith("/bin/node")) {
        const installDir = path2.dirname(path2.dirname(process.execPath));
        return path2.join(installDir, "/etc/npmrc");
      }
    };
    var getDefaultNpmPrefix = () => {
      if (isWindows) {
        const { APPDATA } = process.env;
        return APPDATA ? path2.join(APPDATA, "npm") : path2.dirname(process.execPath);
      }
      return path2.dirname(path2.dirname(process.execPath));
    };
    var getNpmPrefix = () => {
      const envPrefix = getEnvNpmPrefix();
      if (envPrefix) {
        return envPrefix;
      }
      const homePrefix = readRc(path2.join(os.homedir(), ".npmrc"));
      if (homePrefix) {
        return homePrefix;
      }
      if (process.env.PREFIX) {
        return process.env.PREFIX;
      }
      const globalPrefix = readRc(getGlobalNpmrc());
      if (globalPrefix) {
        return globalPrefix;
      }
      return getDefaultNpmPrefix();
    };
    var npmPrefix = path2.resolve(getNpmPrefix());
    var getYarnWindowsDirectory = () => {
      if (isWindows && process.env.LOCALAPPDATA) {
        const dir = path2.join(process.env.LOCALAPPDATA, "Yarn");
        if (fs.existsSync(dir)) {
          return dir;
        }
      }
      return false;
    };
    var getYarnPrefix = () => {
      if (process.env.PREFIX) {
        return process.env.PREFIX;
      }
      const windowsPrefix = getYarnWindowsDirectory();
      if (windowsPrefix) {
        return windowsPrefix;
      }
      const configPrefix = path2.join(os.homedir(), ".config/yarn");
      if (fs.existsSync(configPrefix)) {
        return configPrefix;
      }
      const homePrefix = path2.join(os.homedir(), ".yarn-config");
      if (fs.existsSync(homePrefix)) {
        return homePrefix;
      }
      return npmPrefix;
    };
    exports.npm = {};
    exports.npm.prefix = npmPrefix;
    exports.npm.packages = path2.join(npmPrefix, isWindows ? "node_modules" : "lib/node_modules");
    exports.npm.binaries = isWindows ? npmPrefix : path2.join(npmPrefix, "bin");
    var yarnPrefix = path2.resolve(getYarnPrefix());
    exports.yarn = {};
    exports.yarn.prefix = yarnPrefix;
    exports.yarn.packages = path2.join(yarnPrefix, getYarnWindowsDirectory() ? "Data/global/node_modules" : "global/node_modules");
    exports.yarn.binaries = path2.join(exports.yarn.packages, ".bin");
  }
});

// node_modules/is-path-inside/index.js
var require_is_path_inside = __commonJS({
  "node_modules/is-path-inside/index.js"(exports, module) {
    "use strict";
    var path2 = __require("path");
    module.exports = (childPath, parentPath) => {
      const relation = path2.relative(parentPath, childPath);
      return Boolean(
        relation && relation !== ".." && !relation.startsWith(`..${path2.sep}`) && relation !== path2.resolve(childPath)
      );
    };
  }
});

// node_modules/is-installed-globally/index.js
var require_is_installed_globally = __commonJS({
  "node_modules/is-installed-globally/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var globalDirs = require_global_dirs();
    var isPathInside = require_is_path_inside();
    module.exports = (() => {
      try {
        return isPathInside(__dirname, globalDirs.yarn.packages) || isPathInside(__dirname, fs.realpathSync(globalDirs.npm.packages));
      } catch {
        return false;
      }
    })();
  }
});

// node_modules/@cucumber/cucumber/lib/cli/install_validator.js
var require_install_validator = __commonJS({
  "node_modules/@cucumber/cucumber/lib/cli/install_validator.js"(exports) {
    "use strict";
    var __importDefault2 = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateInstall = validateInstall;
    var is_installed_globally_1 = __importDefault2(require_is_installed_globally());
    async function validateInstall() {
      if (is_installed_globally_1.default)
        console.warn(`
      It looks like you're running Cucumber from a global installation.
      If so, you'll likely see issues - you need to have Cucumber installed as a local dependency in your project.
      See https://github.com/cucumber/cucumber-js/blob/main/docs/installation.md#invalid-installations
      `);
    }
  }
});

// node_modules/@cucumber/cucumber/lib/cli/index.js
var require_cli = __commonJS({
  "node_modules/@cucumber/cucumber/lib/cli/index.js"(exports) {
    "use strict";
    var __importDefault2 = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var debug_1 = __importDefault2(require_src3());
    var configuration_1 = require_configuration();
    var api_1 = require_api();
    var i18n_1 = require_i18n();
    var install_validator_1 = require_install_validator();
    var Cli2 = class {
      argv;
      cwd;
      stdout;
      stderr;
      env;
      constructor({ argv, cwd, stdout, stderr = process.stderr, env }) {
        this.argv = argv;
        this.cwd = cwd;
        this.stdout = stdout;
        this.stderr = stderr;
        this.env = env;
      }
      async run() {
        const debugEnabled = debug_1.default.enabled("cucumber");
        if (debugEnabled) {
          await (0, install_validator_1.validateInstall)();
        }
        const { options, configuration: argvConfiguration } = configuration_1.ArgvParser.parse(this.argv);
        if (options.i18nLanguages) {
          this.stdout.write((0, i18n_1.getLanguages)());
          return {
            shouldExitImmediately: true,
            success: true
          };
        }
        if (options.i18nKeywords) {
          this.stdout.write((0, i18n_1.getKeywords)(options.i18nKeywords));
          return {
            shouldExitImmediately: true,
            success: true
          };
        }
        const environment = {
          cwd: this.cwd,
          stdout: this.stdout,
          stderr: this.stderr,
          env: this.env,
          debug: debugEnabled
        };
        const { useConfiguration: configuration, runConfiguration } = await (0, api_1.loadConfiguration)({
          file: options.config,
          profiles: options.profile,
          provided: argvConfiguration
        }, environment);
        const { success } = await (0, api_1.runCucumber)(runConfiguration, environment);
        return {
          shouldExitImmediately: configuration.forceExit,
          success
        };
      }
    };
    exports.default = Cli2;
  }
});

// node_modules/@cucumber/cucumber/lib/support_code_library_builder/parallel_can_assign_helpers.js
var require_parallel_can_assign_helpers = __commonJS({
  "node_modules/@cucumber/cucumber/lib/support_code_library_builder/parallel_can_assign_helpers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.atMostOnePicklePerTag = atMostOnePicklePerTag;
    function hasTag(pickle, tagName) {
      return pickle.tags.some((t) => t.name == tagName);
    }
    function atMostOnePicklePerTag(tagNames) {
      return (inQuestion, inProgress) => {
        return tagNames.every((tagName) => {
          return !hasTag(inQuestion, tagName) || inProgress.every((p) => !hasTag(p, tagName));
        });
      };
    }
  }
});

// node_modules/@cucumber/cucumber/lib/index.js
var require_lib = __commonJS({
  "node_modules/@cucumber/cucumber/lib/index.js"(exports) {
    "use strict";
    var __createBinding2 = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault2 = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar2 = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys2 = function(o) {
        ownKeys2 = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys2(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys2(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding2(result, mod, k[i]);
        }
        __setModuleDefault2(result, mod);
        return result;
      };
    })();
    var __importDefault2 = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cli = exports.wrapPromiseWithTimeout = exports.Status = exports.parallelCanAssignHelpers = exports.context = exports.world = exports.World = exports.When = exports.Then = exports.setParallelCanAssign = exports.setWorldConstructor = exports.setDefinitionFunctionWrapper = exports.setDefaultTimeout = exports.Given = exports.defineParameterType = exports.defineStep = exports.BeforeStep = exports.BeforeAll = exports.Before = exports.AfterStep = exports.AfterAll = exports.After = exports.formatterHelpers = exports.UsageJsonFormatter = exports.UsageFormatter = exports.SummaryFormatter = exports.SnippetsFormatter = exports.RerunFormatter = exports.ProgressFormatter = exports.JsonFormatter = exports.FormatterBuilder = exports.Formatter = exports.TestCaseHookDefinition = exports.DataTable = exports.supportCodeLibraryBuilder = exports.version = void 0;
    var node_util_1 = __require("node:util");
    var messages = __importStar2(require_src());
    var cli_1 = __importDefault2(require_cli());
    var formatterHelpers2 = __importStar2(require_helpers());
    exports.formatterHelpers = formatterHelpers2;
    var parallelCanAssignHelpers2 = __importStar2(require_parallel_can_assign_helpers());
    exports.parallelCanAssignHelpers = parallelCanAssignHelpers2;
    var support_code_library_builder_1 = __importDefault2(require_support_code_library_builder());
    var version_1 = require_version();
    exports.version = version_1.version;
    var support_code_library_builder_2 = require_support_code_library_builder();
    Object.defineProperty(exports, "supportCodeLibraryBuilder", { enumerable: true, get: function() {
      return __importDefault2(support_code_library_builder_2).default;
    } });
    var data_table_1 = require_data_table();
    Object.defineProperty(exports, "DataTable", { enumerable: true, get: function() {
      return __importDefault2(data_table_1).default;
    } });
    var test_case_hook_definition_1 = require_test_case_hook_definition();
    Object.defineProperty(exports, "TestCaseHookDefinition", { enumerable: true, get: function() {
      return __importDefault2(test_case_hook_definition_1).default;
    } });
    var formatter_1 = require_formatter();
    Object.defineProperty(exports, "Formatter", { enumerable: true, get: function() {
      return __importDefault2(formatter_1).default;
    } });
    var builder_1 = require_builder();
    Object.defineProperty(exports, "FormatterBuilder", { enumerable: true, get: function() {
      return __importDefault2(builder_1).default;
    } });
    var json_formatter_1 = require_json_formatter();
    Object.defineProperty(exports, "JsonFormatter", { enumerable: true, get: function() {
      return __importDefault2(json_formatter_1).default;
    } });
    var progress_formatter_1 = require_progress_formatter();
    Object.defineProperty(exports, "ProgressFormatter", { enumerable: true, get: function() {
      return __importDefault2(progress_formatter_1).default;
    } });
    var rerun_formatter_1 = require_rerun_formatter();
    Object.defineProperty(exports, "RerunFormatter", { enumerable: true, get: function() {
      return __importDefault2(rerun_formatter_1).default;
    } });
    var snippets_formatter_1 = require_snippets_formatter();
    Object.defineProperty(exports, "SnippetsFormatter", { enumerable: true, get: function() {
      return __importDefault2(snippets_formatter_1).default;
    } });
    var summary_formatter_1 = require_summary_formatter();
    Object.defineProperty(exports, "SummaryFormatter", { enumerable: true, get: function() {
      return __importDefault2(summary_formatter_1).default;
    } });
    var usage_formatter_1 = require_usage_formatter();
    Object.defineProperty(exports, "UsageFormatter", { enumerable: true, get: function() {
      return __importDefault2(usage_formatter_1).default;
    } });
    var usage_json_formatter_1 = require_usage_json_formatter();
    Object.defineProperty(exports, "UsageJsonFormatter", { enumerable: true, get: function() {
      return __importDefault2(usage_json_formatter_1).default;
    } });
    var { methods } = support_code_library_builder_1.default;
    exports.After = methods.After;
    exports.AfterAll = methods.AfterAll;
    exports.AfterStep = methods.AfterStep;
    exports.Before = methods.Before;
    exports.BeforeAll = methods.BeforeAll;
    exports.BeforeStep = methods.BeforeStep;
    exports.defineStep = methods.defineStep;
    exports.defineParameterType = methods.defineParameterType;
    exports.Given = methods.Given;
    exports.setDefaultTimeout = methods.setDefaultTimeout;
    exports.setDefinitionFunctionWrapper = methods.setDefinitionFunctionWrapper;
    exports.setWorldConstructor = methods.setWorldConstructor;
    exports.setParallelCanAssign = methods.setParallelCanAssign;
    exports.Then = methods.Then;
    exports.When = methods.When;
    var world_1 = require_world();
    Object.defineProperty(exports, "World", { enumerable: true, get: function() {
      return __importDefault2(world_1).default;
    } });
    var scope_1 = require_scope();
    Object.defineProperty(exports, "world", { enumerable: true, get: function() {
      return scope_1.worldProxy;
    } });
    Object.defineProperty(exports, "context", { enumerable: true, get: function() {
      return scope_1.contextProxy;
    } });
    exports.Status = messages.TestStepResultStatus;
    var time_1 = require_time();
    Object.defineProperty(exports, "wrapPromiseWithTimeout", { enumerable: true, get: function() {
      return time_1.wrapPromiseWithTimeout;
    } });
    exports.Cli = (0, node_util_1.deprecate)(cli_1.default, "`Cli` is deprecated, use `runCucumber` instead; see https://github.com/cucumber/cucumber-js/blob/main/docs/deprecations.md");
  }
});

// node_modules/@cucumber/cucumber/lib/wrapper.mjs
var import_index = __toESM(require_lib(), 1);
var version = import_index.default.version;
var supportCodeLibraryBuilder = import_index.default.supportCodeLibraryBuilder;
var Status = import_index.default.Status;
var DataTable = import_index.default.DataTable;
var TestCaseHookDefinition = import_index.default.TestCaseHookDefinition;
var Formatter = import_index.default.Formatter;
var FormatterBuilder = import_index.default.FormatterBuilder;
var JsonFormatter = import_index.default.JsonFormatter;
var ProgressFormatter = import_index.default.ProgressFormatter;
var RerunFormatter = import_index.default.RerunFormatter;
var SnippetsFormatter = import_index.default.SnippetsFormatter;
var SummaryFormatter = import_index.default.SummaryFormatter;
var UsageFormatter = import_index.default.UsageFormatter;
var UsageJsonFormatter = import_index.default.UsageJsonFormatter;
var formatterHelpers = import_index.default.formatterHelpers;
var After = import_index.default.After;
var AfterAll = import_index.default.AfterAll;
var AfterStep = import_index.default.AfterStep;
var Before = import_index.default.Before;
var BeforeAll = import_index.default.BeforeAll;
var BeforeStep = import_index.default.BeforeStep;
var defineStep = import_index.default.defineStep;
var defineParameterType = import_index.default.defineParameterType;
var Given = import_index.default.Given;
var setDefaultTimeout = import_index.default.setDefaultTimeout;
var setDefinitionFunctionWrapper = import_index.default.setDefinitionFunctionWrapper;
var setWorldConstructor = import_index.default.setWorldConstructor;
var setParallelCanAssign = import_index.default.setParallelCanAssign;
var Then = import_index.default.Then;
var When = import_index.default.When;
var World = import_index.default.World;
var world = import_index.default.world;
var context = import_index.default.context;
var parallelCanAssignHelpers = import_index.default.parallelCanAssignHelpers;
var wrapPromiseWithTimeout = import_index.default.wrapPromiseWithTimeout;
var Cli = import_index.default.Cli;

// src/steps/catalogue.ts
function callerSource() {
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  const m = /\(?((?:file:\/\/)?[^()\s]+):(\d+):(\d+)\)?\s*$/.exec(frames[2] ?? "");
  return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]) } : void 0;
}
function stepsFor(domain) {
  const make = (keyword) => (expression, description, run, opts = {}) => {
    const spec = { keyword, expression, description, domain, run, ...opts };
    const source = callerSource();
    if (source) spec.source = source;
    return spec;
  };
  return { given: make("Given"), when: make("When"), then: make("Then") };
}
function parameterCount(spec) {
  const params = spec.expression.match(/(?<!\\)\{[^}]*\}/g) ?? [];
  return params.length + (spec.argument ? 1 : 0);
}

// src/steps/failure.ts
var StepFailure = class extends Error {
  constructor(expected, found, virtualTimeMs, context2) {
    super(`Expected ${expected}
Found    ${found}
${context2}`);
    this.expected = expected;
    this.found = found;
    this.virtualTimeMs = virtualTimeMs;
    this.context = context2;
    this.name = "StepFailure";
    this.stack = `${this.name}: ${this.message}`;
  }
  expected;
  found;
  virtualTimeMs;
  context;
};
function formatVirtualTime(ms) {
  return formatDuration(ms);
}
var EVENT_LIMIT = 10;
function formatEvents2(events, limit = EVENT_LIMIT) {
  const shown = events.slice(-limit);
  if (shown.length === 0) return "  (none)\n";
  const rows = shown.map((e) => [`t=${formatDuration(e.time)}`, e.type, e.reason, e.container ? `{${e.container}}` : "", e.message]);
  const widths = [0, 1, 2, 3].map((j) => Math.max(...rows.map((r) => (r[j] ?? "").length)));
  const lines = rows.map((r) => `  ${r.map((cell, j) => j < 4 ? cell.padEnd(widths[j] + 2) : cell).join("")}`.trimEnd());
  const skipped = events.length - shown.length;
  return `${skipped > 0 ? `  (${skipped} earlier event${skipped === 1 ? "" : "s"} not shown)
` : ""}${lines.join("\n")}
`;
}
function formatContext(input) {
  let out = `At virtual time ${formatVirtualTime(input.now)}
`;
  if (input.note) out += `${input.note}
`;
  if (input.rows.length) {
    out += "kubectl get pods:\n";
    out += formatPodTable(input.rows).split("\n").filter((l) => l !== "").map((l) => `  ${l}`).join("\n");
    out += "\n";
  }
  out += `Last events${input.podName ? ` of pod ${input.podName}` : ""}:
${formatEvents2(input.events)}`;
  return out;
}
function quote(v) {
  if (v === void 0) return "nothing";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

// src/steps/helpers.ts
var PROBES = ["liveness", "readiness", "startup"];
var HOOKS = ["postStart", "preStop"];
function probeType(word) {
  const t = PROBES.find((p) => p === word);
  if (t === void 0) throw new Error(`Unknown probe "${word}": use liveness, readiness or startup.`);
  return t;
}
function hookType(word) {
  const t = HOOKS.find((h) => h === word);
  if (t === void 0) throw new Error(`Unknown hook "${word}": use postStart or preStop.`);
  return t;
}
function memoryBytes(text) {
  const q = parseQuantity(text);
  if (q === void 0) throw new Error(`"${text}" is not a quantity (write it like "300Mi" or "2Gi").`);
  return q.value;
}
function splitList(text) {
  return text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}
function parseLabels(text) {
  const out = {};
  for (const part of splitList(text)) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new Error(`Label "${part}" is not key=value.`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}
function parseTaint(text) {
  const m = /^([^=:\s]+)(?:=([^:\s]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(text.trim());
  if (!m) throw new Error(`Taint "${text}" is not key[=value]:Effect (Effect: NoSchedule, PreferNoSchedule or NoExecute).`);
  const taint = { key: m[1], effect: m[3] };
  if (m[2] !== void 0 && m[2] !== "") taint.value = m[2];
  return taint;
}
function containerNamesOf(lp) {
  const spec = lp.pod.spec;
  return [...spec?.initContainers ?? [], ...spec?.containers ?? []].map((c) => c.name);
}
function podWithContainer(w, container) {
  const lp = w.loadedWithContainer(container);
  if (!containerNamesOf(lp).includes(container)) {
    throw new Error(`Pod "${lp.name}" has no container "${container}" (it has: ${containerNamesOf(lp).join(", ")}).`);
  }
  return lp;
}
function containerView(w, container) {
  const lp = podWithContainer(w, container);
  const handle = w.handle(lp.name);
  const st = handle.status();
  const status = [...st.initContainerStatuses ?? [], ...st.containerStatuses ?? []].find((c) => c.name === container);
  return { lp, handle, status };
}
function describeState(status) {
  const s = status?.state;
  if (!s || !s.running && !s.waiting && !s.terminated) return "no state reported yet";
  if (s.running) return "running";
  if (s.waiting) return `waiting${s.waiting.reason ? ` (${s.waiting.reason})` : ""}`;
  const t = s.terminated;
  return `terminated (${t?.reason ?? "no reason"}, exit code ${t?.exitCode ?? "?"})`;
}

// src/steps/assert-containers.ts
var { then } = stepsFor("assertions: containers");
function stateIs(w, c, want) {
  const v = containerView(w, c);
  if (v.status?.state?.[want] === void 0) w.fail(`container ${quote(c)} to be ${want}`, describeState(v.status), v.lp.name);
  return v;
}
function lastTermination(v) {
  return v.status?.state?.terminated ?? v.status?.lastState?.terminated;
}
function restarts(w, c, ok, expected) {
  const v = containerView(w, c);
  const n = v.status?.restartCount ?? 0;
  if (!ok(n)) w.fail(`container ${quote(c)} to have restarted ${expected}`, `${n} restart${n === 1 ? "" : "s"}`, v.lp.name);
}
var times = (n) => `${n} time${n === 1 ? "" : "s"}`;
var containerAssertionSteps = [
  then("container {string} is running", "The container state is running.", (w, c) => void stateIs(w, c, "running"), {
    example: 'Then container "app" is running'
  }),
  then("container {string} is waiting", "The container state is waiting (any reason).", (w, c) => void stateIs(w, c, "waiting"), {
    example: 'Then container "app" is waiting'
  }),
  then("container {string} is terminated", "The container state is terminated.", (w, c) => void stateIs(w, c, "terminated"), {
    example: 'Then container "app" is terminated'
  }),
  then(
    "container {string} is waiting with reason {string}",
    "Waiting with this reason: ContainerCreating, PodInitializing, CrashLoopBackOff, ErrImagePull, ImagePullBackOff, …",
    (w, c, reason) => {
      const v = containerView(w, c);
      const found = v.status?.state?.waiting;
      if (found?.reason !== reason) w.fail(`container ${quote(c)} to be waiting with reason ${quote(reason)}`, describeState(v.status), v.lp.name);
    },
    { example: 'Then container "app" is waiting with reason "CrashLoopBackOff"' }
  ),
  then(
    "container {string} terminated with exit code {int}",
    "The last termination (current state, or lastState once restarted) had this exit code.",
    (w, c, code) => {
      const v = containerView(w, c);
      const t = lastTermination(v);
      if (t?.exitCode !== code) {
        w.fail(`container ${quote(c)} to have terminated with exit code ${code}`, t ? `exit code ${t.exitCode} (${t.reason ?? "no reason"})` : `no termination (${describeState(v.status)})`, v.lp.name);
      }
    },
    { example: 'Then container "app" terminated with exit code 1' }
  ),
  then(
    "container {string} terminated with reason {string}",
    "The last termination had this reason: Completed, Error, OOMKilled, ContainerStatusUnknown, …",
    (w, c, reason) => {
      const v = containerView(w, c);
      const t = lastTermination(v);
      if (t?.reason !== reason) {
        w.fail(`container ${quote(c)} to have terminated with reason ${quote(reason)}`, t ? `reason ${quote(t.reason ?? "")} (exit code ${t.exitCode})` : `no termination (${describeState(v.status)})`, v.lp.name);
      }
    },
    { example: 'Then container "app" terminated with reason "OOMKilled"' }
  ),
  then("container {string} is ready", "The container's ready flag is true.", (w, c) => {
    const v = containerView(w, c);
    if (v.status?.ready !== true) w.fail(`container ${quote(c)} to be ready`, `not ready (${describeState(v.status)})`, v.lp.name);
  }, { example: 'Then container "app" is ready' }),
  then("container {string} is not ready", "The container's ready flag is false.", (w, c) => {
    const v = containerView(w, c);
    if (v.status?.ready === true) w.fail(`container ${quote(c)} not to be ready`, `ready (${describeState(v.status)})`, v.lp.name);
  }, { example: 'Then container "app" is not ready' }),
  then(
    "container {string} has restarted {int} time(s)",
    "restartCount is exactly this.",
    (w, c, n) => restarts(w, c, (x) => x === n, times(n)),
    { example: 'Then container "app" has restarted 3 times' }
  ),
  then(
    "container {string} has restarted at least {int} time(s)",
    "restartCount is at least this.",
    (w, c, n) => restarts(w, c, (x) => x >= n, `at least ${times(n)}`),
    { example: 'Then container "app" has restarted at least 1 time' }
  ),
  then(
    "container {string} has restarted at most {int} time(s)",
    "restartCount is at most this.",
    (w, c, n) => restarts(w, c, (x) => x <= n, `at most ${times(n)}`),
    { example: 'Then container "app" has restarted at most 5 times' }
  )
];

// src/steps/assert-pod.ts
var { then: then2 } = stepsFor("assertions: pod");
var podAssertionSteps = [
  then2("the pod is accepted", "The API server accepts the pod (it passes validation).", (w) => {
    const lp = w.loaded();
    if (!lp.submitted) w.createPods();
    if (lp.rejection !== void 0) w.fail("the pod to be accepted", `it was rejected: ${lp.rejection}`);
  }),
  then2(
    "the pod is rejected with {string}",
    "The API server rejects the pod; its kubectl-style message contains this text.",
    (w, text) => {
      const lp = w.loaded();
      if (!lp.submitted) w.createPods();
      if (lp.rejection === void 0) return w.fail(`the pod to be rejected with ${quote(text)}`, "it was accepted");
      if (!lp.rejection.includes(text)) w.fail(`the rejection to contain ${quote(text)}`, quote(lp.rejection));
    },
    { example: 'Then the pod is rejected with "spec.restartPolicy: Unsupported value: \\"Mybe\\""' }
  ),
  then2(
    "the pod phase is {string}",
    "status.phase now: Pending, Running, Succeeded, Failed or Unknown.",
    (w, phase) => {
      const found = w.handle().phase();
      if (found !== phase) w.fail(`the pod phase to be ${quote(phase)}`, quote(found));
    },
    { example: 'Then the pod phase is "Running"' }
  ),
  then2(
    "the phase of pod {string} is {string}",
    "status.phase of the pod with this name (or of the pod of the workload with this name).",
    (w, name, phase) => {
      const found = w.handle(name).phase();
      if (found !== phase) w.fail(`the phase of pod ${quote(name)} to be ${quote(phase)}`, quote(found), name);
    },
    { example: 'Then the phase of pod "web" is "Running"' }
  ),
  then2(
    "the pod phase stays {string} for {duration}",
    "Move time forward, checking the phase at every instant (every status change on the way).",
    (w, phase, ms) => {
      const h = w.handle();
      const start = w.now;
      const end = start + ms;
      const expected = `the pod phase to stay ${quote(phase)} for ${formatDuration(ms)} (from ${formatDuration(start)})`;
      if (h.phase() !== phase) w.fail(expected, `${quote(h.phase())} at ${formatDuration(start)}`);
      for (; ; ) {
        const next = w.cluster.nextEventTime();
        if (next === void 0 || next > end) break;
        w.cluster.advanceTo(next);
        const now = h.phase();
        if (now !== phase) w.fail(expected, `${quote(now)} at ${formatDuration(w.now)}`);
      }
      w.cluster.advanceTo(end);
      for (const snap of h.history()) {
        if (snap.time <= start) continue;
        const p = snap.status.phase ?? "Pending";
        if (p !== phase) w.fail(expected, `${quote(p)} at ${formatDuration(snap.time)}`);
      }
    },
    { example: 'Then the pod phase stays "Running" for 5m' }
  ),
  then2(
    "the phase history is {string}",
    "The distinct phases the pod went through, in order, comma-separated.",
    (w, history) => {
      const expected = splitList(history);
      const found = w.handle().phaseHistory();
      if (expected.join(", ") !== found.join(", ")) w.fail(`the phase history ${quote(expected.join(", "))}`, quote(found.join(", ")));
    },
    { example: 'Then the phase history is "Pending, Running, Succeeded"' }
  ),
  then2(
    "the pod status is {string}",
    "The STATUS column of kubectl get pods (Running, Completed, CrashLoopBackOff, Init:0/1, …).",
    (w, status) => {
      const found = w.handle().row().status;
      if (found !== status) w.fail(`the pod status to be ${quote(status)}`, quote(found));
    },
    { example: 'Then the pod status is "Completed"' }
  ),
  then2(
    "the pod status is one of {string}",
    "The STATUS column is one of these comma-separated values.",
    (w, list2) => {
      const allowed = splitList(list2);
      const found = w.handle().row().status;
      if (!allowed.includes(found)) w.fail(`the pod status to be one of ${allowed.map(quote).join(", ")}`, quote(found));
    },
    { example: 'Then the pod status is one of "Error, CrashLoopBackOff"' }
  ),
  then2("the pod is ready", "The Ready condition is True.", (w) => {
    const c = (w.handle().status().conditions ?? []).find((x) => x.type === "Ready");
    if (c?.status !== "True") w.fail("the pod to be ready (condition Ready=True)", c ? `Ready=${c.status}${c.reason ? ` (${c.reason}${c.message ? `: ${c.message}` : ""})` : ""}` : "no Ready condition");
  }),
  then2("the pod is not ready", "The Ready condition is not True.", (w) => {
    const c = (w.handle().status().conditions ?? []).find((x) => x.type === "Ready");
    if (c?.status === "True") w.fail("the pod not to be ready", "Ready=True");
  }),
  then2(
    "the pod condition {string} is {string}",
    "A pod condition (PodScheduled, Initialized, ContainersReady, Ready, PodReadyToStartContainers) has this status.",
    (w, type, status) => {
      const c = (w.handle().status().conditions ?? []).find((x) => x.type === type);
      if (c?.status !== status) {
        w.fail(`condition ${type}=${status}`, c ? `${type}=${c.status}${c.reason ? ` (reason ${c.reason})` : ""}` : `no ${type} condition`);
      }
    },
    { example: 'Then the pod condition "Ready" is "True"' }
  ),
  then2(
    "the pod is scheduled on {string}",
    "The pod was bound to this node.",
    (w, node) => {
      const found = w.handle().nodeName();
      if (found !== node) w.fail(`the pod to be scheduled on ${quote(node)}`, found === void 0 ? "not scheduled" : `scheduled on ${quote(found)}`);
    },
    { example: 'Then the pod is scheduled on "node-1"' }
  ),
  then2("the pod is not scheduled", "No node fits: the pod stays Pending with PodScheduled=False.", (w) => {
    const found = w.handle().nodeName();
    if (found !== void 0) w.fail("the pod not to be scheduled", `scheduled on ${quote(found)}`);
  }),
  // Not in STEPS.md (additions are allowed): hostNetwork pods share the node's address.
  then2("the pod IP is the IP of its node", "status.podIP equals status.hostIP (hostNetwork pods).", (w) => {
    const st = w.handle().status();
    if (!st.podIP || st.podIP !== st.hostIP) w.fail(`the pod IP to be the node's IP ${quote(st.hostIP ?? "(no hostIP)")}`, quote(st.podIP ?? "(no podIP)"));
  }),
  then2("the pod IP is not the IP of its node", "status.podIP is set and differs from status.hostIP (pod network).", (w) => {
    const st = w.handle().status();
    if (!st.podIP || st.podIP === st.hostIP) w.fail(`a pod IP of its own (node IP ${quote(st.hostIP ?? "(none)")})`, quote(st.podIP ?? "(no podIP)"));
  })
];

// src/steps/containers.ts
var { given } = stepsFor("container behaviour");
function checkContainer(w, container) {
  if (w.pods.length > 0) podWithContainer(w, container);
}
var containerSteps = [
  given(
    "container {string} exits with code {int} after {duration}",
    "Ignore the command: each instance exits with this code this long after it starts.",
    (w, c, code, ms) => {
      checkContainer(w, c);
      w.behave(c, { exit: { code, afterMs: ms } });
    },
    { example: 'Given container "app" exits with code 1 after 5s' }
  ),
  given(
    "container {string} runs until stopped",
    "Ignore the command: run forever (a server), stopping on SIGTERM.",
    (w, c) => {
      checkContainer(w, c);
      w.behave(c, { runUntilStopped: true });
    },
    { example: 'Given container "app" runs until stopped' }
  ),
  given(
    "container {string} ignores SIGTERM",
    "SIGTERM does nothing: the container is killed (exit 137) when the grace period ends.",
    (w, c) => {
      checkContainer(w, c);
      w.behave(c, { ignoreSigterm: true });
    },
    { example: 'Given container "app" ignores SIGTERM' }
  ),
  given(
    "container {string} stops {duration} after SIGTERM",
    "On SIGTERM the program cleans up for this long, then exits 0.",
    (w, c, ms) => {
      checkContainer(w, c);
      w.behave(c, { stopAfterSigtermMs: ms });
    },
    { example: 'Given container "app" stops 3s after SIGTERM' }
  ),
  given(
    "container {string} becomes healthy after {duration}",
    "Its ports open and its probes succeed this long after each instance starts (closed and failing before).",
    (w, c, ms) => {
      checkContainer(w, c);
      w.behave(c, { healthyAfterMs: ms });
    },
    { example: 'Given container "app" becomes healthy after 60s' }
  ),
  given(
    "the {word} probe of container {string} fails from {duration}",
    "The liveness, readiness or startup probe fails from this scenario time on.",
    (w, word, c, ms) => {
      checkContainer(w, c);
      w.behave(c, { probes: { [probeType(word)]: [{ result: "fail", fromMs: ms }] } });
    },
    { example: 'Given the liveness probe of container "app" fails from 2m' }
  ),
  given(
    "the {word} probe of container {string} succeeds from {duration}",
    "The liveness, readiness or startup probe succeeds from this scenario time on.",
    (w, word, c, ms) => {
      checkContainer(w, c);
      w.behave(c, { probes: { [probeType(word)]: [{ result: "succeed", fromMs: ms }] } });
    },
    { example: 'Given the readiness probe of container "app" succeeds from 30s' }
  ),
  given(
    "container {string} uses {string} of memory after {duration}",
    "Memory use of each instance from this long after it starts; above the memory limit it is OOMKilled.",
    (w, c, memory, ms) => {
      checkContainer(w, c);
      w.behave(c, { memory: [{ bytes: memoryBytes(memory), afterMs: ms }] });
    },
    { example: 'Given container "app" uses "300Mi" of memory after 5s' }
  ),
  given(
    "the {word} hook of container {string} fails",
    "The postStart or preStop hook fails (exec exits 1, HTTP 500).",
    (w, word, c) => {
      checkContainer(w, c);
      w.behave(c, { hooks: { [hookType(word)]: { fails: true } } });
    },
    { example: 'Given the postStart hook of container "app" fails' }
  ),
  given(
    "the {word} hook of container {string} takes {duration}",
    "The postStart or preStop hook takes this long before it returns.",
    (w, word, c, ms) => {
      checkContainer(w, c);
      w.behave(c, { hooks: { [hookType(word)]: { takesMs: ms } } });
    },
    { example: 'Given the preStop hook of container "app" takes 10s' }
  )
];

// src/steps/events-logs.ts
var { then: then3 } = stepsFor("events, logs and kubectl");
function logsOf(w, c, previous) {
  const v = containerView(w, c);
  try {
    return { text: v.handle.logs(c, { previous }), pod: v.lp.name };
  } catch (e) {
    return w.fail(`${previous ? "previous " : ""}logs of container ${quote(c)}`, e.message, v.lp.name);
  }
}
function excerpt(text) {
  if (text === "") return "(empty log)";
  const lines = text.replace(/\n$/, "").split("\n");
  const shown = lines.slice(-10).map((l) => `  | ${l}`).join("\n");
  return `${lines.length > 10 ? `(last 10 of ${lines.length} lines)
` : ""}
${shown}`;
}
var COLUMN_KEYS = POD_COLUMN_CELLS;
function cellMatches(column, expected, found) {
  if (expected === found) return true;
  if (column === "RESTARTS" && !expected.includes("(")) return found.replace(/ \(.*\)$/, "") === expected;
  return false;
}
function podsTable(w, table) {
  const [header, ...rows] = table.raw();
  if (!header || header.length === 0) throw new Error("kubectl get pods shows: needs a header row (| NAME | READY | STATUS | RESTARTS |).");
  const columns = header.map((h) => h.trim().toUpperCase());
  const unknown = columns.filter((c) => COLUMN_KEYS[c] === void 0);
  if (unknown.length) throw new Error(`Unknown column(s) ${unknown.join(", ")}: use ${Object.keys(COLUMN_KEYS).join(", ")}.`);
  w.handle();
  const actual = w.pods.filter((p) => p.handle !== void 0).map((p) => p.handle.row());
  const nameCol = columns.indexOf("NAME");
  const show = (r) => `| ${columns.map((c) => r[COLUMN_KEYS[c]]).join(" | ")} |`;
  const problems = [];
  rows.forEach((row, i) => {
    const found = nameCol >= 0 ? actual.find((r) => r.name === (row[nameCol] ?? "").trim()) : actual[i];
    if (found === void 0) {
      problems.push(`row ${i + 1} (${row.join(" | ")}): no such pod`);
      return;
    }
    columns.forEach((c, j) => {
      const exp = (row[j] ?? "").trim();
      const got = found[COLUMN_KEYS[c]];
      if (!cellMatches(c, exp, got)) problems.push(`${found.name} ${c}: expected ${quote(exp)}, found ${quote(got)}`);
    });
  });
  if (nameCol < 0 && rows.length !== actual.length) problems.push(`${rows.length} row(s) expected, ${actual.length} pod(s) found`);
  if (problems.length) {
    w.fail(`kubectl get pods to show
  | ${columns.join(" | ")} |
${rows.map((r) => `  | ${r.map((x) => x.trim()).join(" | ")} |`).join("\n")}`, `${problems.join("; ")}
  ${actual.map(show).join("\n  ")}`);
  }
}
var eventLogSteps = [
  then3(
    "the logs of container {string} contain {string}",
    "kubectl logs of the current instance (or the last one, once terminated) contains this text.",
    (w, c, text) => {
      const { text: log, pod } = logsOf(w, c, false);
      if (!log.includes(text)) w.fail(`the logs of container ${quote(c)} to contain ${quote(text)}`, excerpt(log), pod);
    },
    { example: 'Then the logs of container "hello" contain "Hello World"' }
  ),
  then3(
    "the previous logs of container {string} contain {string}",
    "kubectl logs --previous (the instance before the current one) contains this text.",
    (w, c, text) => {
      const { text: log, pod } = logsOf(w, c, true);
      if (!log.includes(text)) w.fail(`the previous logs of container ${quote(c)} to contain ${quote(text)}`, excerpt(log), pod);
    },
    { example: 'Then the previous logs of container "container2" contain "container2:"' }
  ),
  then3(
    "the termination message of container {string} contains {string}",
    "The termination message of the last termination (state or lastState) contains this text.",
    (w, c, text) => {
      const v = containerView(w, c);
      const msg = v.handle.terminationMessage(c);
      if (msg === void 0 || !msg.includes(text)) w.fail(`the termination message of container ${quote(c)} to contain ${quote(text)}`, msg === void 0 ? "no termination message" : quote(msg), v.lp.name);
    },
    { example: 'Then the termination message of container "messager" contains "I was going to die"' }
  ),
  then3(
    "the environment of container {string} contains {string}",
    "NAME=value: the variable has exactly this value; NAME alone: the variable is set.",
    (w, c, entry) => {
      const v = containerView(w, c);
      const env = v.handle.env(c);
      const eq = entry.indexOf("=");
      const name = eq < 0 ? entry : entry.slice(0, eq);
      const value = eq < 0 ? void 0 : entry.slice(eq + 1);
      const found = env[name];
      if (found === void 0 || value !== void 0 && found !== value) {
        w.fail(`the environment of container ${quote(c)} to contain ${quote(entry)}`, found === void 0 ? `${name} is not set` : `${name}=${found}`, v.lp.name);
      }
    },
    { example: 'Then the environment of container "test-containers" contains "MY_POD_NAME=downwardapi-env"' }
  ),
  then3(
    "an event {string} is recorded",
    "An event with this reason was recorded for the pod (Scheduled, Pulled, Started, Killing, Unhealthy, BackOff, …).",
    (w, reason) => {
      const h = w.handle();
      if (!h.events().some((e) => e.reason === reason)) w.fail(`an event ${quote(reason)}`, "none recorded");
    },
    { example: 'Then an event "BackOff" is recorded' }
  ),
  then3(
    "an event {string} with message containing {string} is recorded",
    "An event with this reason whose message contains this text was recorded for the pod.",
    (w, reason, text) => {
      const h = w.handle();
      const same = h.events().filter((e) => e.reason === reason);
      if (!same.some((e) => e.message.includes(text))) {
        w.fail(`an event ${quote(reason)} with message containing ${quote(text)}`, same.length ? same.map((e) => quote(e.message)).join("; ") : `no ${reason} event`);
      }
    },
    { example: 'Then an event "Unhealthy" with message containing "Liveness probe failed" is recorded' }
  ),
  then3(
    "no event {string} is recorded",
    "No event with this reason was recorded for the pod.",
    (w, reason) => {
      const h = w.handle();
      const found = h.events().filter((e) => e.reason === reason);
      if (found.length) w.fail(`no event ${quote(reason)}`, found.map((e) => quote(e.message)).join("; "));
    },
    { example: 'Then no event "Killing" is recorded' }
  ),
  // Not in STEPS.md (additions are allowed): the negative of the message form.
  then3(
    "no event {string} with message containing {string} is recorded",
    "No event with this reason has a message containing this text.",
    (w, reason, text) => {
      const found = w.handle().events().filter((e) => e.reason === reason && e.message.includes(text));
      if (found.length) w.fail(`no event ${quote(reason)} with message containing ${quote(text)}`, found.map((e) => quote(e.message)).join("; "));
    },
    { example: 'Then no event "Unhealthy" with message containing "Liveness" is recorded' }
  ),
  then3(
    "kubectl get pods shows:",
    'The kubectl get pods rows; only the columns in the header row are compared (RESTARTS "3" ignores "(… ago)").',
    (w, table) => podsTable(w, table),
    { argument: "dataTable", example: "Then kubectl get pods shows:\n  | NAME        | READY | STATUS    | RESTARTS |\n  | hello-world | 0/1   | Completed | 0        |" }
  )
];

// src/steps/lint.ts
var { then: then4 } = stepsFor("lint");
async function findings(w) {
  const m = w.manifest;
  if (m === void 0) throw new Error('No manifest has been loaded: start the scenario with Given the manifest "…".');
  const all = m.absolutePath === void 0 ? lintText(m.text, { filePath: m.filePath }).findings : (await lintFiles([m.absolutePath], { cwd: w.cwd, workers: 1 })).results[0]?.findings ?? [];
  return all.filter((f) => f.suppressed === void 0);
}
function list(fs) {
  if (fs.length === 0) return "no findings";
  return fs.map((f) => `
  ${f.filePath}:${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}: ${f.message}`).join("");
}
function aboutContainer(f, container) {
  return f.container === container || f.message.includes(`Container "${container}"`) || f.message.includes(`container "${container}"`);
}
var lintSteps = [
  then4(
    "the manifest passes lint",
    "No error-severity finding (validation or rule) in the last manifest loaded: `podproof lint` would exit 0.",
    async (w) => {
      const errors = (await findings(w)).filter((f) => f.severity === "error");
      if (errors.length) w.fail("the manifest to pass lint (no errors)", list(errors));
    }
  ),
  then4(
    "lint reports {string}",
    "Lint reports this rule id (any severity); `invalid` for what the API server rejects.",
    async (w, rule) => {
      const all = await findings(w);
      if (!all.some((f) => f.ruleId === rule)) w.fail(`lint to report ${quote(rule)}`, list(all));
    },
    { example: 'Then lint reports "liveness-probe"' }
  ),
  then4(
    "lint reports {string} for container {string}",
    "Lint reports this rule id about this container.",
    async (w, rule, container) => {
      const all = await findings(w);
      if (!all.some((f) => f.ruleId === rule && aboutContainer(f, container))) w.fail(`lint to report ${quote(rule)} for container ${quote(container)}`, list(all));
    },
    { example: 'Then lint reports "no-privileged" for container "app"' }
  ),
  then4(
    "lint does not report {string}",
    "Lint does not report this rule id.",
    async (w, rule) => {
      const hits = (await findings(w)).filter((f) => f.ruleId === rule);
      if (hits.length) w.fail(`lint not to report ${quote(rule)}`, list(hits));
    },
    { example: 'Then lint does not report "no-host-network"' }
  )
];

// src/steps/manifests.ts
var { given: given2 } = stepsFor("manifests");
var manifestSteps = [
  given2(
    "the manifest {string}",
    "Load a manifest file with one Pod or one workload (path relative to the feature file, then the working directory).",
    (w, file) => w.loadManifestFile(file),
    { example: 'Given the manifest "hello-world.yaml"' }
  ),
  given2(
    "the manifest:",
    'Load the manifest written in the following """ doc string.',
    (w, text) => w.loadManifestText(text),
    { argument: "docString", example: 'Given the manifest:\n  """\n  apiVersion: v1\n  kind: Pod\n  …\n  """' }
  ),
  given2(
    "the pod {string} from {string}",
    "Load one pod by name (or a workload by name, for its pod template) from a multi-document file.",
    (w, name, file) => w.loadPodFrom(name, file),
    { example: 'Given the pod "web" from "all.yaml"' }
  )
];

// src/steps/nodes.ts
var { given: given3 } = stepsFor("nodes and images");
var nodeSteps = [
  given3(
    "a node {string} with labels {string}",
    "Create the node (or add labels to it); the first node declared replaces the default node-1.",
    (w, name, labels) => w.node({ name, labels: parseLabels(labels) }),
    { example: 'Given a node "node-a" with labels "env=test,zone=a"' }
  ),
  given3(
    "a node {string} with {int} CPUs and {string} of memory",
    "Create the node (or set its capacity): cores and a memory quantity.",
    (w, name, cpu, memory) => w.node({ name, cpu, memory: memoryBytes(memory) }),
    { example: 'Given a node "small" with 2 CPUs and "2Gi" of memory' }
  ),
  given3(
    "node {string} has the taint {string}",
    "Add a taint (key[=value]:Effect) to the node, creating it if needed.",
    (w, name, taint) => w.node({ name, taints: [parseTaint(taint)] }),
    { example: 'Given node "gpu-1" has the taint "dedicated=gpu:NoSchedule"' }
  ),
  given3(
    "image {string} does not exist",
    "The registry does not have this image: pulls fail with ErrImagePull, then ImagePullBackOff.",
    (w, image) => w.cluster.imageMissing(image),
    { example: 'Given image "nginx:does-not-exist" does not exist' }
  ),
  given3(
    "image {string} is already present on the node",
    "The image is already on every node (no pull with IfNotPresent; Never can use it).",
    (w, image) => w.cluster.imagePresent(image),
    { example: 'Given image "ubuntu:14.04" is already present on the node' }
  ),
  given3(
    "pulling image {string} takes {duration}",
    "Pulls of this image take this long (default 0 s).",
    (w, image, ms) => w.cluster.setPullTime(image, ms),
    { example: 'Given pulling image "nginx" takes 30s' }
  )
];

// src/steps/time.ts
var { when } = stepsFor("time and events");
var WAIT_LIMIT_MS = 36e5;
function waitUntil(w, what, holds, found, podName) {
  w.handle(podName);
  const start = w.now;
  if (w.cluster.advanceUntil(holds, WAIT_LIMIT_MS)) return;
  w.fail(`${what} within ${formatDuration(WAIT_LIMIT_MS)} of virtual time (waited from ${formatDuration(start)})`, found(), podName);
}
var timeSteps = [
  when(
    "the pod is created",
    "Submit the loaded pods: validated as the API server would, then scheduled and started.",
    (w) => {
      if (w.pods.length === 0) throw new Error('No pod has been loaded: start the scenario with Given the manifest "…".');
      const rejections = w.createPods();
      if (rejections.length > 0 && !w.assertsRejection) throw new Error(rejections.join("\n"));
    }
  ),
  when("{duration} pass", "Move virtual time forward (creating the pod first if needed).", (w, ms) => w.advance(ms), {
    example: "When 30s pass"
  }),
  when("{duration} passes", 'Same as "{duration} pass", for "1 minute passes".', (w, ms) => w.advance(ms), {
    example: "When 1 minute passes"
  }),
  when(
    "container {string} exits with code {int}",
    "The container's current process exits with this code now.",
    (w, c, code) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).exitNow(c, code);
    },
    { example: 'When container "app" exits with code 1' }
  ),
  when(
    "container {string} is OOM killed",
    "The container is killed for exceeding its memory now (exit code 137, reason OOMKilled).",
    (w, c) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).oomKill(c);
    },
    { example: 'When container "app" is OOM killed' }
  ),
  when(
    "the {word} probe of container {string} starts failing",
    "The liveness, readiness or startup probe fails from now on.",
    (w, word, c) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).probeFrom(c, probeType(word), "fail");
    },
    { example: 'When the readiness probe of container "app" starts failing' }
  ),
  when(
    "the {word} probe of container {string} starts succeeding",
    "The liveness, readiness or startup probe succeeds from now on.",
    (w, word, c) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).probeFrom(c, probeType(word), "succeed");
    },
    { example: 'When the readiness probe of container "app" starts succeeding' }
  ),
  when("the pod is deleted", "kubectl delete: graceful deletion with the pod’s terminationGracePeriodSeconds.", (w) => w.handle().delete()),
  when(
    "the pod is deleted with a grace period of {int} seconds",
    "kubectl delete --grace-period=N.",
    (w, seconds) => w.handle().delete({ gracePeriodSeconds: seconds }),
    { example: "When the pod is deleted with a grace period of 5 seconds" }
  ),
  when(
    "the pod is force deleted",
    "kubectl delete --grace-period=0 --force: removed from the API at once.",
    (w) => w.handle().delete({ force: true, gracePeriodSeconds: 0 })
  ),
  when(
    "node {string} is lost",
    "The node stops reporting: its pods freeze, are marked not ready, then evicted after the default toleration.",
    (w, node) => {
      w.handle();
      if (!w.cluster.nodeNames().includes(node)) throw new Error(`No node "${node}" (nodes: ${w.cluster.nodeNames().join(", ")}).`);
      w.cluster.loseNode(node);
    },
    { example: 'When node "node-1" is lost' }
  ),
  when(
    "I wait until the pod phase is {string}",
    "Advance time event by event until the phase is reached; fails after 1 hour of virtual time.",
    (w, phase) => {
      const h = w.handle();
      waitUntil(w, `the pod phase to become ${quote(phase)}`, () => h.phase() === phase, () => quote(h.phase()));
    },
    { example: 'When I wait until the pod phase is "Succeeded"' }
  ),
  when(
    "I wait until the pod status is {string}",
    "Advance time until the kubectl STATUS column shows this; fails after 1 hour of virtual time.",
    (w, status) => {
      const h = w.handle();
      waitUntil(w, `the pod status to become ${quote(status)}`, () => h.row().status === status, () => quote(h.row().status));
    },
    { example: 'When I wait until the pod status is "CrashLoopBackOff"' }
  ),
  when(
    "I wait until container {string} is ready",
    "Advance time until the container is ready; fails after 1 hour of virtual time.",
    (w, c) => {
      const v = containerView(w, c);
      const ready = () => containerView(w, c).status?.ready === true;
      waitUntil(w, `container ${quote(c)} to become ready`, ready, () => containerView(w, c).status?.ready ? "ready" : "not ready", v.lp.name);
    },
    { example: 'When I wait until container "app" is ready' }
  )
];

// src/steps/params.ts
var durationParameter = {
  name: "duration",
  regexp: DURATION_PATTERN,
  transformer: (text) => {
    const ms = parseDuration(text);
    if (ms === void 0) throw new Error(`"${text}" is not a duration (write 30s, 2m, 1m30s, 1h, 90 seconds, 2 minutes).`);
    return ms;
  },
  description: "a time span: 30s, 2m, 1m30s, 1h, 500ms, 90 seconds, 2 minutes, 1 minute, 1 hour"
};
var PARAMETER_TYPES = [durationParameter];

// src/steps/all.ts
var ALL_STEPS = [
  ...manifestSteps,
  ...nodeSteps,
  ...containerSteps,
  ...timeSteps,
  ...podAssertionSteps,
  ...containerAssertionSteps,
  ...eventLogSteps,
  ...lintSteps
];

// src/steps/world.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/steps/load.ts
function podFor(obj) {
  if (obj.kind === "Pod") {
    const pod = structuredClone(obj);
    delete pod.status;
    return pod;
  }
  return podFromTemplate(obj);
}
function loadText(text, filePath) {
  const file = parseFile(filePath, text);
  const fatal = file.problems.find((p) => p.fatal);
  if (fatal) throw new Error(`${filePath}:${fatal.range.line}:${fatal.range.column}: ${fatal.message}`);
  const pods = [];
  const objects = [];
  for (const site of objectSites(file)) {
    const obj = site.object;
    const kind = podBearingKind(obj.apiVersion, obj.kind);
    if (kind === void 0) {
      objects.push(obj);
      continue;
    }
    const pod = podFor(obj);
    if (pod === void 0) continue;
    const loaded = {
      name: pod.metadata?.name ?? "",
      pod,
      source: obj,
      filePath,
      text,
      submitted: false
    };
    if (kind !== "Pod") loaded.workload = { kind, name: obj.metadata?.name ?? "" };
    pods.push(loaded);
  }
  return { pods, objects };
}

// src/steps/world.ts
function mergeBehaviour(cur, b) {
  const merged = { ...cur, ...b };
  if (b.hooks) {
    merged.hooks = { ...cur.hooks ?? {} };
    for (const k of ["postStart", "preStop"]) {
      const add = b.hooks[k];
      if (add) merged.hooks[k] = { ...cur.hooks?.[k] ?? {}, ...add };
    }
  }
  if (b.memory) merged.memory = [...cur.memory ?? [], ...b.memory];
  if (b.probes) {
    merged.probes = { ...cur.probes ?? {} };
    for (const k of ["liveness", "readiness", "startup"]) {
      const add = b.probes[k];
      if (add) merged.probes[k] = [...cur.probes?.[k] ?? [], ...add];
    }
  }
  return merged;
}
function containerNames(lp) {
  const spec = lp.pod.spec;
  return [...spec?.initContainers ?? [], ...spec?.containers ?? []].map((c) => c.name);
}
var PodWorld = class extends World {
  cluster = createCluster();
  pods = [];
  manifest;
  /** The feature file's folder: manifest paths are resolved against it first. */
  featureDir;
  /** The texts of this scenario's steps (to know whether it asserts a rejection). */
  scenarioSteps = [];
  behaviours = /* @__PURE__ */ new Map();
  constructor(options) {
    super(options);
  }
  get cwd() {
    const p = this.parameters;
    return typeof p?.cwd === "string" ? p.cwd : process.cwd();
  }
  get now() {
    return this.cluster.now();
  }
  /** Called by the Before hook with the pickle's feature URI and step texts. */
  startScenario(featureUri, stepTexts) {
    if (featureUri) this.featureDir = path.dirname(path.resolve(this.cwd, featureUri));
    this.scenarioSteps = [...stepTexts];
  }
  /** Whether a step of this scenario asserts that the pod is rejected. */
  get assertsRejection() {
    return this.scenarioSteps.some((t) => /^the pod is rejected with "/.test(t));
  }
  // ---------------------------------------------------------------- manifests
  resolvePath(file) {
    if (path.isAbsolute(file)) return file;
    const candidates = [this.featureDir, this.cwd].filter((d) => d !== void 0).map((d) => path.resolve(d, file));
    const found = candidates.find((c) => existsSync(c));
    if (found === void 0) {
      throw new Error(`Manifest "${file}" not found (looked in ${candidates.map((c) => path.dirname(c)).join(" and ")}).`);
    }
    return found;
  }
  display(abs) {
    const rel = path.relative(this.cwd, abs);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
  }
  readManifest(file) {
    const abs = this.resolvePath(file);
    return { text: readFileSync(abs, "utf8"), filePath: this.display(abs), absolutePath: abs };
  }
  addLoaded(text, filePath, pick, absolutePath) {
    const { pods, objects } = loadText(text, filePath);
    this.manifest = absolutePath === void 0 ? { text, filePath } : { text, filePath, absolutePath };
    for (const o of objects) this.cluster.addObject(o);
    let chosen = pods;
    if (pick !== void 0) {
      chosen = pods.filter((p) => p.name === pick || p.workload?.name === pick);
      if (chosen.length === 0) {
        const names = pods.map((p) => p.workload ? `${p.workload.name} (${p.workload.kind})` : p.name);
        throw new Error(`No pod or workload named "${pick}" in ${filePath}${names.length ? ` (it has: ${names.join(", ")})` : ""}.`);
      }
      chosen = chosen.slice(-1);
    } else if (pods.length === 0) {
      throw new Error(`${filePath} has no Pod or workload with a pod template.`);
    }
    this.pods.push(...chosen);
  }
  loadManifestFile(file) {
    const { text, filePath, absolutePath } = this.readManifest(file);
    this.addLoaded(text, filePath, void 0, absolutePath);
  }
  loadManifestText(text, filePath = "<doc string>") {
    this.addLoaded(text, filePath);
  }
  loadPodFrom(name, file) {
    const { text, filePath, absolutePath } = this.readManifest(file);
    this.addLoaded(text, filePath, name, absolutePath);
  }
  // ---------------------------------------------------------------- nodes and behaviour
  node(options) {
    this.cluster.upsertNode(options);
  }
  behave(container, behaviour) {
    this.behaviours.set(container, mergeBehaviour(this.behaviours.get(container) ?? {}, behaviour));
    for (const lp of this.pods) {
      if (lp.handle && containerNames(lp).includes(container)) lp.handle.behave(container, behaviour);
    }
  }
  // ---------------------------------------------------------------- pods
  createPods() {
    const rejections = [];
    for (const lp of this.pods) {
      if (lp.submitted) continue;
      lp.submitted = true;
      const v = validatePod(lp.source);
      if (!v.valid) {
        lp.rejection = v.message ?? v.messages.join(", ");
        rejections.push(lp.rejection);
        continue;
      }
      const behaviours = {};
      for (const c of containerNames(lp)) {
        const b = this.behaviours.get(c);
        if (b) behaviours[c] = b;
      }
      try {
        lp.handle = this.cluster.createPod(lp.pod, { behaviours });
      } catch (e) {
        lp.rejection = e.message;
        rejections.push(lp.rejection);
        continue;
      }
      lp.name = lp.handle.name;
    }
    return rejections;
  }
  /** Create the loaded pods not yet submitted (the implicit creation of STEPS.md). */
  ensureSubmitted() {
    if (this.pods.some((p) => !p.submitted)) this.createPods();
  }
  loaded(name) {
    if (this.pods.length === 0) throw new Error('No pod has been loaded: start the scenario with Given the manifest "…".');
    if (name === void 0) return this.pods[this.pods.length - 1];
    const found = [...this.pods].reverse().find((p) => p.name === name || p.workload?.name === name);
    if (found === void 0) {
      throw new Error(`No pod named "${name}" was loaded (loaded: ${this.pods.map((p) => p.name).join(", ")}).`);
    }
    return found;
  }
  loadedWithContainer(container) {
    const found = [...this.pods].reverse().find((p) => containerNames(p).includes(container));
    return found ?? this.loaded();
  }
  handle(name) {
    const lp = this.loaded(name);
    this.ensureSubmitted();
    if (lp.rejection !== void 0) throw new Error(lp.rejection);
    if (lp.handle === void 0) throw new Error(`Pod "${lp.name}" was not created.`);
    return lp.handle;
  }
  // ---------------------------------------------------------------- time
  advance(ms) {
    this.ensureSubmitted();
    this.cluster.advance(ms);
  }
  // ---------------------------------------------------------------- failures
  describe(podName) {
    const created = this.pods.filter((p) => p.handle !== void 0);
    const rows = created.map((p) => p.handle.row());
    let target;
    try {
      target = this.pods.length ? this.loaded(podName) : void 0;
    } catch {
      target = void 0;
    }
    const events = target?.handle ? this.cluster.occurrences().filter((o) => o.pod === target.name) : [];
    const input = { now: this.now, rows, events };
    if (target) input.podName = target.name;
    if (target?.rejection) input.note = `The API server rejected the pod: ${target.rejection}`;
    return formatContext(input);
  }
  /**
   * The whole story of every created pod: a `kubectl get pods -w`-style timeline of each status
   * change and the `kubectl describe` events. Attached to the report when a scenario fails.
   */
  timeline() {
    let out = "";
    for (const lp of this.pods) {
      if (lp.rejection !== void 0) out += `${lp.name}: rejected: ${lp.rejection}

`;
      const h = lp.handle;
      if (h === void 0) continue;
      const pod = h.object();
      const snaps = h.history().map((snap) => ({ time: snap.time, pod: snap.pod, row: snapshotRow(pod, snap, this.cluster.epochMs), phase: snap.status.phase ?? "Pending", status: snap.status, removed: snap.removed }));
      out += `Pod ${lp.name} (virtual time now ${this.now / 1e3}s)
${formatWatch(snaps)}
${formatEvents(h.events(), this.now)}
`;
    }
    return out;
  }
  fail(expected, found, podName) {
    throw new StepFailure(expected, found, this.now, this.describe(podName));
  }
};

// src/steps/index.ts
var DEFINE = { Given, When, Then };
function register(spec) {
  const code = function(...args) {
    return spec.run(this, ...args);
  };
  Object.defineProperty(code, "length", { value: parameterCount(spec) });
  const saved = Object.getOwnPropertyDescriptor(Error, "prepareStackTrace");
  const src = spec.source;
  if (src) Error.prepareStackTrace = () => `Error
    at ${spec.keyword} (${src.file}:${src.line}:${src.column})`;
  try {
    DEFINE[spec.keyword](spec.expression, code);
  } finally {
    if (saved) Object.defineProperty(Error, "prepareStackTrace", saved);
    else Reflect.deleteProperty(Error, "prepareStackTrace");
  }
}
for (const p of PARAMETER_TYPES) {
  defineParameterType({ name: p.name, regexp: p.regexp, transformer: p.transformer, useForSnippets: true });
}
setWorldConstructor(PodWorld);
setDefaultTimeout(6e4);
Before(function({ pickle }) {
  this.startScenario(pickle.uri, pickle.steps.map((s) => s.text));
});
After(function({ result }) {
  if (result?.status !== Status.FAILED || this.pods.length === 0) return;
  this.attach(this.timeline(), { mediaType: "text/plain", fileName: "podproof-timeline.txt" });
});
for (const spec of ALL_STEPS) register(spec);
