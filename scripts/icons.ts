import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPath } from '../test/e2e/harness/browsers';

/** Renders assets/icon.svg to the PNG sizes the manifest lists, with headless Chromium. */
const ROOT = join(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 128];
const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');

const browser = await puppeteer.launch({
  executablePath: browserPath('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({
      path: join(ROOT, `public/icons/icon-${size}.png`) as `${string}.png`,
      omitBackground: true,
    });
  }
} finally {
  await browser.close();
}
