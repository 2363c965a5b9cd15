import { createRequire as __podproofCreateRequire } from 'node:module';
import { fileURLToPath as __podproofFileURLToPath } from 'node:url';
import { dirname as __podproofDirname } from 'node:path';
const require = __podproofCreateRequire(import.meta.url);
const __filename = __podproofFileURLToPath(import.meta.url);
const __dirname = __podproofDirname(__filename);
import {
  require_api
} from "./chunk-2YY45VX6.js";
import "./chunk-VGPOOZNI.js";
import {
  __toESM
} from "./chunk-GF664WQS.js";

// node_modules/@cucumber/cucumber/lib/api/wrapper.mjs
var import_index = __toESM(require_api(), 1);
var loadConfiguration = import_index.default.loadConfiguration;
var loadSupport = import_index.default.loadSupport;
var loadSources = import_index.default.loadSources;
var runCucumber = import_index.default.runCucumber;
export {
  loadConfiguration,
  loadSources,
  loadSupport,
  runCucumber
};
