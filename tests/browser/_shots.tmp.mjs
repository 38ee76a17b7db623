// take viewport screenshots down a page: node shots.mjs URL prefix [n]
import { launch, phone } from './lib.mjs';
const [url, prefix, n='3'] = process.argv.slice(2);
const b = await launch();
const { page, errors } = await phone(b);
await page.goto(url);
await page.waitForFunction(() => document.querySelector('#main h1'));
await page.waitForTimeout(200);
for (let i = 0; i < +n; i++) {
  await page.evaluate((y) => window.scrollTo(0, y), i * 800);
  await page.screenshot({ path: `/tmp/${prefix}${i}.png` });
}
console.log(errors);
await b.close();
