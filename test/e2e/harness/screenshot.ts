import { writeFileSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer-core';
import { frameDevtools, type ChromiumSession } from './chromium';
import { meanLuminance, readPng, type Png } from './png';

/** DevTools' height in the README's pictures: tall enough to read the details pane. */
const DEVTOOLS_HEIGHT = 820;
const ATTEMPTS = 10;

type Theme = 'light' | 'dark';

/** Waits for two frames, so that what the last change laid out has been painted. */
function painted(target: Page | Frame): Promise<unknown> {
  return target.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

function rgbOf(css: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
}

/** Why a screenshot is not the picture wanted; `null` when it is. */
function flaw(png: Png, theme: Theme, at: { x: number; y: number }, want: string): string | null {
  const got = png.pixel(at.x, at.y);
  const expected = rgbOf(want);
  if (got.some((c, i) => Math.abs(c - (expected[i] ?? 0)) > 12)) {
    return `the selected row is rgb(${got.join(', ')}), not ${want}: the panel frame is not painted`;
  }
  const mean = meanLuminance(png, { x: 0, y: 0, width: png.width, height: png.height });
  const ok = theme === 'dark' ? mean < 0.3 : mean > 0.7;
  return ok ? null : `mean luminance ${mean.toFixed(2)} does not look ${theme}`;
}

/**
 * Writes a picture of DevTools (its tab bar, then our panel with a row's details open) in the
 * given DevTools theme. The capture of DevTools' page can miss the panel's frame, which is
 * painted separately: each capture is checked (the selected row's colour, the theme's overall
 * lightness) and taken again until it is right.
 */
export async function panelScreenshot(
  s: ChromiumSession,
  panel: Frame,
  theme: Theme,
  path: string,
): Promise<void> {
  const dt = await s.devtools();
  const devtools = await frameDevtools(dt, theme, DEVTOOLS_HEIGHT);
  await panel.waitForFunction(
    (t: string) => document.documentElement.dataset['theme'] === t,
    { timeout: 20_000 },
    theme,
  );
  let why = '';
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await painted(dt);
    await painted(panel);
    const frame = await (await panel.frameElement())?.boundingBox();
    const row = await panel.$eval('.row.selected', (el) => {
      const r = el.getBoundingClientRect();
      return { right: r.right, top: r.top, color: getComputedStyle(el).backgroundColor };
    });
    if (!frame) throw new Error('the panel frame has no box');
    const clip = {
      x: devtools.x,
      y: devtools.y,
      width: devtools.width,
      height: Math.round(frame.y + frame.height - devtools.y),
    };
    const data = Buffer.from(await dt.screenshot({ clip }));
    const probe = {
      x: Math.round(frame.x + row.right - 3 - clip.x),
      y: Math.round(frame.y + row.top + 2 - clip.y),
    };
    const found = flaw(readPng(data), theme, probe, row.color);
    if (found === null) {
      writeFileSync(path, data);
      return;
    }
    why = found;
  }
  throw new Error(`no good ${theme} screenshot in ${ATTEMPTS} tries: ${why}`);
}
