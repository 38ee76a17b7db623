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
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
