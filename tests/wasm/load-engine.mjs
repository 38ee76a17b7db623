// Loads the wasm engine under Node with the repository's data (toolchain note 4:
// under Node the module is given its bytes; in the browser it fetches them itself).
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// dataDir null: the engine without data (its answers before loadData)
export async function loadWasmEngine(root, dataDir = path.join(root, "data")) {
  const require = createRequire(import.meta.url);
  const createWzEngine = require(path.join(root, "build/wasm/wzsubsidy.js"));
  const engine = await createWzEngine({ wasmBinary: readFileSync(path.join(root, "build/wasm/wzsubsidy.wasm")) });
  if (dataDir === null) return engine;
  const files = {};
  for (const f of readdirSync(dataDir)) if (f.endsWith(".json")) files[f] = readFileSync(path.join(dataDir, f), "utf8");
  const loaded = JSON.parse(engine.loadData(JSON.stringify(files)));
  if (!loaded.ok) throw new Error("data did not load: " + JSON.stringify(loaded.problems));
  return engine;
}
