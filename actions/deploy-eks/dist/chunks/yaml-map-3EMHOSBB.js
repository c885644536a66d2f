import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  MAP_FORMS,
  firstLine,
  lineAndColumn,
  nested,
  require_dist,
  twice
} from "./chunk-W4H72IVW.js";
import {
  InputError
} from "./chunk-66ADDUMB.js";
import {
  __toESM
} from "./chunk-5JZGMAOE.js";

// ../../packages/shared/lib/inputs/yaml-map.js
var import_yaml = __toESM(require_dist(), 1);
function yamlMap(name, text) {
  return mapFromYaml(name, text, readYaml(name, text));
}
function flowYamlMap(name, text) {
  let document;
  try {
    document = readYaml(name, text);
  } catch {
    return void 0;
  }
  return document.errors.length === 0 && (0, import_yaml.isMap)(document.contents) ? mapFromYaml(name, text, document) : void 0;
}
function readYaml(name, text) {
  try {
    return (0, import_yaml.parseDocument)(text, { schema: "failsafe", uniqueKeys: false, prettyErrors: false });
  } catch {
    throw new InputError(name, "cannot be read as YAML", MAP_FORMS);
  }
}
function mapFromYaml(name, text, document) {
  const [error] = document.errors;
  if (error)
    throw new InputError(name, yamlProblem(text, error), MAP_FORMS);
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root))
    throw new InputError(name, `is '${firstLine(text)}'`, MAP_FORMS);
  const anchors = /* @__PURE__ */ new Map();
  if (root.anchor)
    anchors.set(root.anchor, root);
  const resolve = (node) => {
    if ((0, import_yaml.isAlias)(node)) {
      if (!anchors.has(node.source))
        throw new InputError(name, `uses the alias '*${node.source}' without an anchor '&${node.source}' before it`, MAP_FORMS);
      return anchors.get(node.source);
    }
    if ((0, import_yaml.isNode)(node) && node.anchor)
      anchors.set(node.anchor, node);
    return node;
  };
  const result = /* @__PURE__ */ new Map();
  for (const pair of root.items) {
    const keyNode = resolve(pair.key);
    if (keyNode !== null && keyNode !== void 0 && !(0, import_yaml.isScalar)(keyNode)) {
      throw new InputError(name, "has a list or mapping as a name", `${MAP_FORMS} whose names are plain strings`);
    }
    if ((0, import_yaml.isScalar)(keyNode))
      checkAsWritten(name, text, keyNode, "a name");
    const key = scalarText(keyNode);
    if (result.has(key))
      throw twice(name, key);
    const valueNode = resolve(pair.value);
    if (valueNode !== null && valueNode !== void 0 && !(0, import_yaml.isScalar)(valueNode))
      throw nested(name, key);
    if ((0, import_yaml.isScalar)(valueNode))
      checkAsWritten(name, text, valueNode, `the value of '${key}'`);
    result.set(key, scalarText(valueNode));
  }
  return result;
}
var AS_WRITTEN = 'a YAML mapping whose values YAML keeps as written: plain or quoted text on one line (in quotes when it holds " #"), or a literal block (|) for several lines; no tags; comments on lines of their own';
function checkAsWritten(name, text, node, what) {
  const [start, valueEnd, nodeEnd] = node.range ?? [0, 0, 0];
  const line = lineAndColumn(text, start).line;
  if (node.tag)
    throw new InputError(name, `gives ${what} the YAML tag '${shortTag(node.tag)}' (line ${line})`, AS_WRITTEN);
  if (node.type === "PLAIN" && /^[ \t]+#/.test(text.slice(valueEnd, nodeEnd))) {
    throw new InputError(name, `has ' #' after ${what} (line ${line}), where YAML starts a comment and cuts the value short`, AS_WRITTEN);
  }
  const multiline = text.slice(start, valueEnd).includes("\n");
  if (node.type === "BLOCK_FOLDED" || multiline && node.type !== "BLOCK_LITERAL") {
    throw new InputError(name, `gives ${what} text over several lines (line ${line}), which YAML joins with spaces`, AS_WRITTEN);
  }
}
function shortTag(tag) {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}
function scalarText(node) {
  if (!(0, import_yaml.isScalar)(node))
    return "";
  const value = node.value;
  return value === null || value === void 0 ? "" : String(value);
}
function yamlProblem(text, error) {
  if (error.code === "MULTIPLE_DOCS")
    return "has several YAML documents";
  let message = (error.message.split("\n")[0] ?? "").trim();
  if (/call stack/i.test(message))
    return "is nested too deeply to read";
  message = message.replace(/^Unexpected ([a-z-]+) token in YAML stream: (".*")$/, "Unexpected $2").replace(/\b(map-value-ind|seq-item-ind|explicit-key-ind|flow-map-start|flow-map-end|flow-seq-start|flow-seq-end|comma|doc-start|doc-end|block-scalar|flow-error-end)\b( token)?/g, (_all, type) => TOKEN_NAMES[type] ?? type).replace(/\.$/, "");
  const { line, column } = lineAndColumn(text, error.pos[0]);
  return `is not a valid mapping (line ${line} column ${column}: ${message})`;
}
var TOKEN_NAMES = {
  "map-value-ind": "':'",
  "seq-item-ind": "'-'",
  "explicit-key-ind": "'?'",
  "flow-map-start": "'{'",
  "flow-map-end": "'}'",
  "flow-seq-start": "'['",
  "flow-seq-end": "']'",
  comma: "','",
  "doc-start": "'---'",
  "doc-end": "'...'",
  "block-scalar": "block scalar",
  "flow-error-end": "end of flow collection"
};
export {
  flowYamlMap,
  yamlMap
};
