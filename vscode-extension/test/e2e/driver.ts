/*
 * The browser half of the end-to-end test: opens code-server's workbench in headless Chromium with the
 * extension under development and its test module, answers the test's "look now" markers by reading the
 * screen and taking screenshots, and reports the verdict the test wrote.
 * Environment: E2E_URL, ANONSCRIPT_E2E_DIR (markers), SCREENSHOT_DIR, CHROMIUM (default /usr/bin/chromium).
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, Page } from 'playwright-core';

const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 420_000);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const url = required('E2E_URL');
const markers = required('ANONSCRIPT_E2E_DIR');
const screenshots = required('SCREENSHOT_DIR');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

async function captureHover(page: Page): Promise<string> {
  // Hover the tag with the mouse as a user would; the test has also asked the editor to show the hover.
  // (An inlay hint with the keyword may stand between the tag and :=.)
  const line = page.locator('.monaco-editor .view-lines .view-line', { hasText: /\(0010,0010\).*"ANON"/ }).first();
  const box = await line.boundingBox();
  if (box) await page.mouse.move(box.x + 35, box.y + box.height / 2);
  // The server's code lens above the first statement.
  await page.locator('.codelens-decoration', { hasText: /Run on 1 sample/ }).first().waitFor({ timeout: 30_000 });
  const hover = page.locator('.monaco-hover:visible', { hasText: "Patient's Name" }).first();
  await hover.waitFor({ state: 'visible', timeout: 60_000 });
  const text = (await hover.innerText()).trim();
  await page.screenshot({ path: path.join(screenshots, 'hover.png') });
  return text;
}

async function captureDiff(page: Page): Promise<string> {
  const diff = page.locator('.monaco-diff-editor:visible').first();
  await diff.waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.monaco-diff-editor:visible .view-line', { hasText: /ANON|CT_small\.dcm/ }).first().waitFor({ timeout: 60_000 });
  // The Sample Runs tree lists the file with its outcome.
  const row = page.locator('.monaco-list-row', { hasText: 'CT_small.dcm' }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  const rowText = (await row.innerText()).replace(/\s+/g, ' ').trim();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: path.join(screenshots, 'diff.png') });
  const inserted = await page.locator('.monaco-diff-editor:visible .line-insert, .monaco-diff-editor:visible .char-insert').count();
  const removed = await page.locator('.monaco-diff-editor:visible .line-delete, .monaco-diff-editor:visible .char-delete').count();
  return `diff editor visible: ${inserted} inserted and ${removed} removed decorations; Sample Runs row: ${rowText}`;
}

async function main(): Promise<number> {
  fs.mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (error) => fs.appendFileSync(path.join(markers, 'browser.log'), `pageerror ${error.message}\n`));
    page.on('console', (m) => {
      if (m.type() === 'error') fs.appendFileSync(path.join(markers, 'browser.log'), `console ${m.text()}\n`);
    });
    await page.goto(url, { timeout: 120_000 });
    console.log(`[${elapsed()}] workbench page loaded`);
    const captured = new Set<string>();
    const verdictFile = path.join(markers, 'verdict.json');
    while (!fs.existsSync(verdictFile)) {
      if (Date.now() - started > TOTAL_TIMEOUT_MS) {
        await page.screenshot({ path: path.join(markers, 'timeout.png') });
        const steps = fs.existsSync(path.join(markers, 'steps.log')) ? fs.readFileSync(path.join(markers, 'steps.log'), 'utf8') : '(no steps)';
        console.log(`e2e timed out after ${elapsed()}; steps so far:\n${steps}`);
        return 1;
      }
      for (const [step, capture] of [
        ['hover', captureHover],
        ['diff', captureDiff],
      ] as const) {
        if (!captured.has(step) && fs.existsSync(path.join(markers, `${step}.ready`))) {
          const text = await capture(page).catch(async (error) => {
            await page.screenshot({ path: path.join(markers, `${step}-failed.png`) });
            throw error;
          });
          captured.add(step);
          fs.writeFileSync(path.join(markers, `${step}.captured`), text);
          console.log(`[${elapsed()}] ${step} captured: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const verdict = JSON.parse(fs.readFileSync(verdictFile, 'utf8'));
    console.log(JSON.stringify(verdict, null, 2));
    console.log(`[${elapsed()}] verdict written`);
    return verdict.ok ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => {
    console.log(code === 0 ? 'e2e: 1 passed, 0 failed' : 'e2e: 0 passed, 1 failed');
    process.exit(code);
  },
  (error) => {
    console.error(error);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
