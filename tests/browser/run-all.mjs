#!/usr/bin/env node
// npm run test:browser: assembles build/site, then runs every browser suite one after the
// other (one Chromium at a time) and exits non-zero when any failed. ctest runs the same
// suites (tests/browser/CMakeLists.txt).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const SUITES = ['stories', 'parity', 'resilience', 'a11y', 'widget', 'bureau', 'calculator', 'a11y-pages'];
const run = (file) => spawnSync(process.execPath, [file], { cwd: ROOT, stdio: 'inherit' }).status;
if (run(join(ROOT, 'web', 'build-site.mjs')) !== 0) process.exit(1);
const failed = SUITES.filter((s) => run(join(ROOT, 'tests', 'browser', `${s}.mjs`)) !== 0);
console.log(failed.length ? `browser suites failed: ${failed.join(' ')}` : `all ${SUITES.length} browser suites passed`);
process.exit(failed.length ? 1 : 0);
