// Fills in the self-check as a person would: on each screen, read the question that is
// shown (the step id in the URL fragment), answer it from the story, tap 继续.
// A story lists answers by step id; a question the story has no answer for fails the story
// (so the tests also catch a question that should not have been asked).
import { shotPath } from './lib.mjs';

const stepOf = (url) => new URLSearchParams(new URL(url).hash.slice(1)).get('p') || '';

async function tapContinue(page) {
  await page.locator('form.step button[type=submit]').click();
}

async function answerGeneric(page, value) {
  const form = page.locator('form.step');
  if (await form.locator('select').count()) {
    await form.locator('select').first().selectOption({ label: value });
  } else if (await form.locator('input[type=date]').count() && /^\d{4}-\d\d-\d\d$/.test(value)) {
    await form.locator('input[type=date]').first().fill(value);
  } else {
    await form.locator('.radio label', { hasText: value }).first().tap();
  }
}

const ACT = {
  async occ(page, v, shot) {
    await page.locator('#o').fill('');
    await page.locator('#o').pressSequentially(v.type, { delay: 20 });
    await shot();
    if (v.pick) await page.locator('button.pick', { has: page.locator('.name', { hasText: new RegExp(`^${v.pick}$`) }) }).tap();
    else await tapContinue(page);
    return true;
  },
  async date(page, v) {
    if (v === 'plan') await page.locator('label[for=plan]').tap();
    else await page.locator('#d').fill(v);
  },
  async me(page, v) {
    await page.locator('.radio label', { hasText: v.gender }).tap();
    await page.locator('#b').fill(v.birth);
  },
  async ui(page, v) {
    await page.locator('.radio label', { hasText: v.choice }).first().tap();
    if (v.district) await page.locator('#ud').selectOption({ label: v.district });
  },
  async months(page, v) {
    if (v === '?') await page.locator('label[for=m-x]').tap();
    else await page.locator('#m').fill(String(v));
  },
  async grad(page, v) {
    await page.locator('.radio label', { hasText: v.choice }).first().tap();
    if (v.left) await page.locator('#gl').fill(v.left);
    if (v.inWenzhou) await page.locator('label[for=gw]').tap();
    if (v.fromWenzhou) await page.locator('label[for=gf]').tap();
  },
};

// answers: {stepId: value}; returns the list of step ids asked, ending on the result
export async function fillIn(page, answers, { maxSteps = 30, shots = null } = {}) {
  const asked = [];
  for (let i = 0; i < maxSteps; i++) {
    await page.waitForFunction(() => document.querySelector('#main h1'));
    const step = stepOf(page.url());
    if (step === 'result') return asked;
    asked.push(step);
    if (!(step in answers)) throw new Error(`unexpected question "${step}" (${await page.locator('#main h1').innerText()}); asked so far: ${asked.join(' ')}`);
    const shot = () => (shots ? page.screenshot({ path: shotPath(`${shots}-${String(i).padStart(2, '0')}-${step}`) }) : null);
    const before = page.url();
    const v = answers[step];
    const advanced = ACT[step] ? await ACT[step](page, v, shot) : await answerGeneric(page, v);
    if (!advanced) { await shot(); await tapContinue(page); }
    await page.waitForFunction((u) => location.href !== u, before, { timeout: 5000 }).catch(async () => {
      throw new Error(`step ${step} did not advance: ${await page.locator('#err').innerText().catch(() => '')}`);
    });
  }
  throw new Error('too many steps');
}

// on the result page: check the result for another application date inside the policy period
export async function setApplicationDate(page, date) {
  await page.locator('#asof').fill(date);
  await page.locator('form.asof button').tap();
  await page.waitForFunction((d) => location.hash.includes(`a=${d}`), date);
}

export const resultText = (page) => page.locator('#main').innerText();
