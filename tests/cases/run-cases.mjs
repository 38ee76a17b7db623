#!/usr/bin/env node
// Golden-case runner for the wzsubsidy CLI (Node 20, no dependencies).
//
//   node tests/cases/run-cases.mjs [--cli build/bin/wzsubsidy] [--emit OUT.json] [--emit-raw OUT.json] [files...]
//
// Without files it runs every *.json next to this script. Each file is an array of
// {"name", "request", "expect"} cases (the format of the contract's examples.json).
// Per file: one CLI call with all requests as one JSON array, plus one call with the
// first request alone (its answer must be byte-identical to the array element).
//
// Extensions to the examples.json format:
//   "generate": {"trainees": {"count": N, "template": {...}}}  -> request.trainees = N copies
//   "rawStdin": "text", "exitCode": 1  -> sent on its own as stdin, exit status checked
//   per scheme (individual) or at the top (class):
//     "codes": [..]        every code must be among the reasons
//     "absentCodes": [..]  none of these codes may be among the reasons
//   class only:
//     "warnings": [..], "absentWarnings": [..]   same for warnings
//     "traineeCodes": [[..], ..]                  codes required in perTrainee[i].reasons
//   (class "codes" look at the class reasons; class "absentCodes" at the class and
//    every trainee's reasons.)
// Expectation semantics otherwise follow shared/contract/check.py (amounts within 0.005).
//
// --emit OUT.json      {caseName: parsed response} for every case
// --emit-raw OUT.json  {caseName: the CLI's response text for that case} (the array
//                      element's text exactly as printed, without the trailing newline)

import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCHEMES = ["occupational-training", "ui-skill-upgrade"];

function parseArgs(argv) {
  const o = { cli: "build/bin/wzsubsidy", emit: null, emitRaw: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--cli") o.cli = val();
    else if (a.startsWith("--cli=")) o.cli = a.slice(6);
    else if (a === "--emit") o.emit = val();
    else if (a.startsWith("--emit=")) o.emit = a.slice(7);
    else if (a === "--emit-raw") o.emitRaw = val();
    else if (a.startsWith("--emit-raw=")) o.emitRaw = a.slice(11);
    else if (a === "-h" || a === "--help") usage();
    else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.files.length === 0) {
    o.files = readdirSync(HERE).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(HERE, f));
  }
  return o;
}

function usage(msg) {
  if (msg) console.error(msg);
  console.error("usage: run-cases.mjs [--cli PATH] [--emit OUT.json] [--emit-raw OUT.json] [files...]");
  process.exit(2);
}

// ---------------------------------------------------------------- CLI calls

function runCli(cli, stdin) {
  const p = spawnSync(cli, ["evaluate"], {
    input: stdin,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: p.status, signal: p.signal, stdout: p.stdout ?? "", stderr: p.stderr ?? "", error: p.error };
}

function describeRun(r) {
  if (r.error) return `spawn failed: ${r.error.message}`;
  return `rc=${r.status}${r.signal ? " signal=" + r.signal : ""} stdout=${JSON.stringify(r.stdout.slice(0, 80))} stderr=${JSON.stringify(r.stderr.slice(0, 80))}`;
}

// Split the text of a top-level JSON array into the exact text of each element.
function splitArrayText(text) {
  const s = text.trim();
  if (s[0] !== "[" || s[s.length - 1] !== "]") return null;
  const out = [];
  let depth = 0, inStr = false, esc = false, start = -1;
  for (let i = 1; i < s.length - 1; i++) {
    const ch = s[i];
    if (inStr) {
      if (esc) esc = false;
      else if (ch === "\\") esc = true;
      else if (ch === '"') inStr = false;
      continue;
    }
    if (start < 0) {
      if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t" || ch === ",") continue;
      start = i;
    }
    if (ch === '"') inStr = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = -1;
    }
  }
  if (start >= 0) out.push(s.slice(start, s.length - 1).trim());
  return out;
}

// ---------------------------------------------------------------- checks (check.py semantics)

const close = (a, b) => typeof a === "number" && Math.abs(a - b) < 0.005;
const codesOf = (reasons) =>
  new Set((Array.isArray(reasons) ? reasons : []).filter((r) => r && typeof r === "object").map((r) => r.code));
const sorted = (set) => JSON.stringify([...set].filter((c) => c).sort());
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function checkCodes(bad, got, e, prefix = "") {
  if ("code" in e && !got.has(e.code)) bad.push(`${prefix}reason ${e.code} missing (got ${sorted(got)})`);
  for (const c of e.codes ?? []) if (!got.has(c)) bad.push(`${prefix}reason ${c} missing (got ${sorted(got)})`);
}

function checkAbsent(bad, got, list, what, prefix = "") {
  for (const c of list ?? []) if (got.has(c)) bad.push(`${prefix}${what} ${c} present but must not be`);
}

function checkScheme(res, e) {
  const bad = [];
  if (res.status !== e.status) bad.push(`status ${JSON.stringify(res.status)} != ${JSON.stringify(e.status)}`);
  if ("amount" in e && !close(res.amount, e.amount)) bad.push(`amount ${JSON.stringify(res.amount)} != ${e.amount}`);
  const got = codesOf(res.reasons);
  checkCodes(bad, got, e);
  checkAbsent(bad, got, e.absentCodes, "reason");
  for (const k of ["category", "deadline"]) {
    if (k in e && res[k] !== e[k]) bad.push(`${k} ${JSON.stringify(res[k])} != ${JSON.stringify(e[k])}`);
  }
  const apply = res.apply && typeof res.apply === "object" ? res.apply : {};
  for (const k of ["channel", "district", "phones"]) {
    if (k in e && !eq(apply[k], e[k])) bad.push(`apply.${k} ${JSON.stringify(apply[k])} != ${JSON.stringify(e[k])}`);
  }
  return bad;
}

function check(c, resp) {
  const e = c.expect;
  if (!resp || typeof resp !== "object" || Array.isArray(resp)) {
    return [`response is not an object: ${String(JSON.stringify(resp)).slice(0, 80)}`];
  }
  if ("error" in e) {
    if (resp.ok !== false) return [`expected error ${e.error}, got ok=${JSON.stringify(resp.ok)}`];
    const got = new Set((Array.isArray(resp.errors) ? resp.errors : []).filter((x) => x && typeof x === "object").map((x) => x.code));
    return got.has(e.error) ? [] : [`error code ${e.error} missing (got ${sorted(got)})`];
  }
  if (resp.ok !== true) return [`not ok: ${JSON.stringify(resp.errors).slice(0, 160)}`];
  const bad = [];
  const req = c.request && typeof c.request === "object" ? c.request : {};
  if (req.kind === "class") {
    if (resp.status !== e.status) bad.push(`status ${JSON.stringify(resp.status)} != ${JSON.stringify(e.status)}`);
    if (!close(resp.total, e.total)) bad.push(`total ${JSON.stringify(resp.total)} != ${e.total}`);
    const per = Array.isArray(resp.perTrainee) ? resp.perTrainee : [];
    if ("perTrainee" in e) {
      const got = per.map((p) => (p && typeof p === "object" ? p.amount : null));
      if (got.length !== e.perTrainee.length || !got.every((g, i) => close(g, e.perTrainee[i]))) {
        bad.push(`perTrainee ${JSON.stringify(got)} != ${JSON.stringify(e.perTrainee)}`);
      }
    }
    const got = codesOf(resp.reasons);
    checkCodes(bad, got, e);
    const all = new Set(got);
    for (const p of per) for (const x of codesOf(p && p.reasons)) all.add(x);
    checkAbsent(bad, all, e.absentCodes, "reason");
    (e.traineeCodes ?? []).forEach((list, i) => {
      const tg = codesOf(per[i] && per[i].reasons);
      for (const x of list) if (!tg.has(x)) bad.push(`trainee ${i}: reason ${x} missing (got ${sorted(tg)})`);
    });
    const warns = codesOf(resp.warnings);
    if ("warning" in e && !warns.has(e.warning)) bad.push(`warning ${e.warning} missing (got ${sorted(warns)})`);
    for (const w of e.warnings ?? []) if (!warns.has(w)) bad.push(`warning ${w} missing (got ${sorted(warns)})`);
    checkAbsent(bad, warns, e.absentWarnings, "warning");
    return bad;
  }
  const results = (Array.isArray(resp.results) ? resp.results : []).filter((r) => r && typeof r === "object");
  if (!eq(results.map((r) => r.scheme), SCHEMES)) bad.push("results are not [occupational-training, ui-skill-upgrade]");
  const byScheme = Object.fromEntries(results.map((r) => [r.scheme, r]));
  for (const s of SCHEMES) {
    if (s in e) bad.push(...checkScheme(byScheme[s] ?? {}, e[s]).map((b) => `${s}: ${b}`));
  }
  if ("best" in e) {
    const got = Array.isArray(resp.best) ? [...resp.best].sort() : resp.best;
    if (!eq(got, [...e.best].sort())) bad.push(`best ${JSON.stringify(resp.best)} != ${JSON.stringify(e.best)}`);
  }
  return bad;
}

// ---------------------------------------------------------------- main

function expand(c) {
  const g = c.generate;
  if (!g) return c.request;
  const req = structuredClone(c.request);
  if (g.trainees) {
    const { count, template } = g.trainees;
    req.trainees = Array.from({ length: count }, () => structuredClone(template ?? {}));
  }
  return req;
}

function main() {
  const opt = parseArgs(process.argv.slice(2));
  const cli = path.resolve(opt.cli);
  const emitted = {}, emittedRaw = {};
  const seen = new Set();
  let passed = 0, failed = 0;
  const fail = (file, name, msgs) => {
    failed++;
    console.log(`FAIL ${file}: ${name}: ${msgs.join("; ")}`);
  };

  for (const file of opt.files) {
    const label = path.basename(file);
    let cases;
    try {
      cases = JSON.parse(readFileSync(file, "utf8"));
      if (!Array.isArray(cases)) throw new Error("not an array of cases");
    } catch (err) {
      fail(label, "(file)", [`cannot read cases: ${err.message}`]);
      continue;
    }
    for (const c of cases) {
      if (seen.has(c.name)) fail(label, c.name, ["duplicate case name"]);
      seen.add(c.name);
    }
    const normal = cases.filter((c) => !("rawStdin" in c));
    const raw = cases.filter((c) => "rawStdin" in c);

    // one call for the whole file
    const responses = new Map(), texts = new Map(), extra = new Map();
    if (normal.length) {
      const requests = normal.map(expand);
      const r = runCli(cli, JSON.stringify(requests));
      let parsed = null, parts = null;
      try { parsed = JSON.parse(r.stdout); } catch { /* reported below */ }
      if (r.status === 0 && Array.isArray(parsed) && parsed.length === normal.length) {
        parts = splitArrayText(r.stdout);
      }
      if (!parts || parts.length !== normal.length) {
        for (const c of normal) fail(label, c.name, [`array call did not answer ${normal.length} responses: ${describeRun(r)}`]);
        continue;
      }
      normal.forEach((c, i) => { responses.set(c, parsed[i]); texts.set(c, parts[i]); });

      // the single-request form, on the first case of the file
      const first = normal[0];
      const s = runCli(cli, JSON.stringify(requests[0]));
      const single = s.stdout.replace(/\n$/, "");
      if (s.status !== 0 || single !== texts.get(first)) {
        extra.set(first, [`single-request answer differs from its array element: ${describeRun(s)}`]);
      }
    }
    for (const c of raw) {
      const r = runCli(cli, c.rawStdin);
      const want = c.exitCode ?? 0;
      let resp;
      try { resp = JSON.parse(r.stdout); } catch { resp = `unparseable: ${describeRun(r)}`; }
      responses.set(c, resp);
      texts.set(c, r.stdout.replace(/\n$/, ""));
      if (r.status !== want) extra.set(c, [`exit status ${r.status} != ${want}`]);
    }

    for (const c of cases) {
      const resp = responses.get(c);
      const pre = extra.get(c) ?? [];
      emitted[c.name] = resp;
      emittedRaw[c.name] = texts.get(c);
      const bad = [...pre, ...check(c, resp)];
      if (bad.length) fail(label, c.name, bad);
      else passed++;
    }
  }

  if (opt.emit) writeFileSync(opt.emit, JSON.stringify(emitted, null, 1) + "\n");
  if (opt.emitRaw) writeFileSync(opt.emitRaw, JSON.stringify(emittedRaw, null, 1) + "\n");
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
