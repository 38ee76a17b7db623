#!/usr/bin/env node
// The CLI's commands with input a person might really give it: exit codes (0 answer,
// 1 an answer that is an error, 2 a usage problem), answers that are always UTF-8 JSON, and
// the occupation suggestions the page's search box shows.
// usage: node tests/cases/cli.mjs --cli build/bin/wzsubsidy
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = process.argv[process.argv.indexOf('--cli') + 1];
const tmp = mkdtempSync(join(tmpdir(), 'wz-cli-'));
const run = (args, input) => spawnSync(cli, args, { input });
const utf8 = (buf) => { try { new TextDecoder('utf-8', { fatal: true }).decode(buf); return true; } catch { return false; } };
let passed = 0, failed = 0;
function check(ok, label, detail = '') {
  if (ok) passed++;
  else { failed++; console.log(`FAIL ${label}${detail ? `\n     ${detail}` : ''}`); }
}
const CLASS = ['--scheme', 'pre-job-household', '--organizer-type', 'institution', '--district', '鹿城区',
  '--filed', '2020-09-01', '--start', '2020-09-10', '--hours', '8', '--as-of', '2020-10-01'];
const file = (name, bytes) => { const p = join(tmp, name); writeFileSync(p, bytes); return p; };
const utf8Roster = '姓名,身份证号,合格\r\n张三,330302199001011235,是\r\n李四,33030219850615022X,否\r\n';
const gb = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: utf8Roster }).stdout;

// a roster saved by a Chinese spreadsheet (GB18030) reads like the same roster in UTF-8
const a = run(['class', '--roster', file('u8.csv', utf8Roster), ...CLASS]);
const b = run(['class', '--roster', file('gb.csv', gb), ...CLASS]);
check(a.status === 0 && JSON.parse(a.stdout).total === 200, 'UTF-8 roster', a.stdout.toString().slice(0, 200));
check(b.status === 0 && b.stdout.equals(a.stdout), 'GB18030 roster = UTF-8 roster', b.stdout.toString().slice(0, 200));

// rosters that cannot be one: an error answer (exit 1) naming why, in UTF-8
for (const [name, bytes, says] of [
  ['junk.csv', Buffer.from([0xff, 0xfe, 0x41, 0x2c, 0xc3, 0x0d, 0x0a]), '不是 UTF-8'],
  ['unknown.csv', 'foo,bar\r\n1,2\r\n', '没有一列能识别'],
  ['header-only.csv', '姓名,身份证号\r\n', '名单里没有学员'],
  ['empty.csv', '', '名单是空的'],
]) {
  const r = run(['class', '--roster', file(name, bytes), ...CLASS]);
  const j = utf8(r.stdout) ? JSON.parse(r.stdout) : null;
  check(r.status === 1 && j?.ok === false && j.errors[0].message.includes(says), `roster ${name}: error "${says}"`, r.stdout.toString().slice(0, 300));
}

// arguments that would be quoted back in an answer must be UTF-8: a usage error, not bad JSON
// (Node passes arguments as UTF-8, so bash writes the raw bytes)
for (const [what, args] of [['hotlines', "hotlines $'\\xc3\\xff'"], ['class --district', `class --roster '${file('u.csv', utf8Roster)}' --scheme pre-job-household --organizer-type institution --district $'\\xc3'`]]) {
  const r = spawnSync('bash', ['-c', `'${cli}' ${args}`]);
  check(r.status === 2 && r.stderr.toString().includes('is not UTF-8 text') && r.stdout.length === 0, `not-UTF-8 argument to ${what}: exit ${r.status}`, r.stderr.toString() + r.stdout.toString());
}

// the occupation box's suggestions: names, pinyin initials, old names and their initials
for (const [q, name, by] of [['电工', '电工', 'name'], ['dg', '电工', 'initials'], ['维修电工', '电工', 'alias'], ['wxdg', '电工', 'alias'], ['cs', '中式烹调师', 'alias']]) {
  const r = run(['suggest', q]);
  const first = r.status === 0 ? JSON.parse(r.stdout)[0] : null;
  check(first?.name === name && first.matchedBy === by, `suggest ${q} -> ${name} by ${by}`, r.stdout.toString().slice(0, 200));
}

// usage problems exit 2; a missing file is named
const unknown = run(['nonsense']);
check(unknown.status === 2 && unknown.stderr.toString().includes('usage'), 'unknown command -> usage, exit 2');
const missing = run(['class', '--roster', join(tmp, 'no-such.csv'), ...CLASS]);
check(missing.status === 2 && missing.stderr.toString().includes('no-such.csv'), 'missing roster file named, exit 2', missing.stderr.toString());
const noData = run(['validate-data', tmp]);
check(noData.status === 1 && noData.stdout.toString().includes('catalogue.json: /: file is missing'), 'validate-data on a folder without data: each file named, exit 1');

rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
