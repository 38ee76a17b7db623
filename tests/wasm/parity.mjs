// Native/wasm parity: every request in tests/cases/*.json goes through the CLI and
// through the wasm module under Node; the answers must be the same bytes.
// usage: node tests/wasm/parity.mjs [ROOT]
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadWasmEngine } from "./load-engine.mjs";

const root = path.resolve(process.argv[2] || ".");
const cli = path.join(root, "build/bin/wzsubsidy");
const casesDir = path.join(root, "tests/cases");
const engine = await loadWasmEngine(root);

function requestsOf(c) {
  if (c.rawStdin !== undefined) return c.rawStdin;
  const r = structuredClone(c.request);
  const gen = c.generate?.trainees;
  if (gen) r.trainees = Array.from({ length: gen.count }, () => structuredClone(gen.template));
  return JSON.stringify(r);
}

let passed = 0, failed = 0;
for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".json")).sort()) {
  const cases = JSON.parse(readFileSync(path.join(casesDir, file), "utf8"));
  const texts = cases.map(requestsOf);
  // one array per file, plus each request on its own
  const batches = [["[" + texts.filter((t, i) => cases[i].rawStdin === undefined).join(",") + "]", `${file} (array)`]];
  cases.forEach((c, i) => batches.push([texts[i], `${file}: ${c.name}`]));
  for (const [text, label] of batches) {
    const native = spawnSync(cli, ["evaluate"], { input: text, encoding: "utf8", maxBuffer: 1 << 30 });
    const fromCli = native.stdout.replace(/\n$/, "");
    const fromWasm = engine.evaluate(text);
    if (fromCli === fromWasm) passed++;
    else {
      failed++;
      let at = 0;
      while (at < fromCli.length && fromCli[at] === fromWasm[at]) at++;
      console.log(`FAIL ${label}: differs at ${at}: cli …${fromCli.slice(at, at + 80)} | wasm …${fromWasm.slice(at, at + 80)}`);
    }
  }
}
// the directory and hotline queries too
for (const [args, call] of [
  [["institutions"], () => engine.institutions("", "")],
  [["institutions", "--occupation", "电工"], () => engine.institutions("电工", "")],
  [["institutions", "--district", "瑞安市"], () => engine.institutions("", "瑞安市")],
  [["hotlines"], () => engine.hotlines("")],
  [["hotlines", "洞头区"], () => engine.hotlines("洞头区")],
]) {
  const native = spawnSync(cli, args, { encoding: "utf8" }).stdout.replace(/\n$/, "");
  if (native === call()) passed++;
  else {
    failed++;
    console.log(`FAIL ${args.join(" ")}`);
  }
}
// nothing is ever thrown into JavaScript: arguments of the wrong type, and calls before the
// data is loaded, are answered with JSON
const check = (ok, label) => { if (ok) passed++; else { failed++; console.log(`FAIL ${label}`); } };
const errorCode = (text) => { try { return JSON.parse(text).errors?.[0]?.code; } catch { return `not JSON: ${text}`; } };
for (const bad of [42, undefined, null, { kind: "individual" }, ["x"], true]) {
  let answer;
  try { answer = engine.evaluate(bad); } catch (e) { answer = `threw ${e}`; }
  check(errorCode(answer) === "invalid-json", `evaluate(${JSON.stringify(bad) ?? "undefined"}) -> invalid-json, got ${answer}`);
  for (const [name, call] of [["institutions", () => engine.institutions(bad, bad)], ["hotlines", () => engine.hotlines(bad)],
    ["suggest", () => engine.suggest(bad, 8)], ["evaluateRoster", () => engine.evaluateRoster(bad, bad)]]) {
    let out;
    try { out = call(); JSON.parse(out); } catch (e) { out = `threw ${e}`; }
    check(!String(out).startsWith("threw"), `${name}(${JSON.stringify(bad) ?? "undefined"}): ${out}`);
  }
}
const fresh = await loadWasmEngine(root, null);
check(errorCode(fresh.evaluate("{}")) === "not-ready", "evaluate before loadData -> not-ready");
check(errorCode(fresh.loadData("{\"catalogue.json\": ")) === "invalid-json", "a cut-short bundle -> invalid-json");
const noCatalogue = JSON.parse(fresh.loadData(JSON.stringify({ "levels.json": {} })));
check(noCatalogue.ok === false && noCatalogue.problems.some((p) => p.file === "catalogue.json" && /missing/.test(p.message)),
  `a bundle without catalogue.json names it: ${JSON.stringify(noCatalogue).slice(0, 200)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
