import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from '../demo/server';

// The main job: the extension is built (by npm start); serve the demo API and say how to load it.
const chrome = resolve('dist/chrome');
const firefox = resolve('dist/firefox');
const port = Number(process.env['PORT'] ?? 5174);
const server = await startDemoServer({ port });

process.stdout.write(
  [
    'API Error Decoder is built.',
    '',
    `Demo API and page: ${server.url}/`,
    '',
    `Chrome:  chrome://extensions → Developer mode → Load unpacked → ${chrome}`,
    `Firefox: about:debugging → This Firefox → Load Temporary Add-on → ${firefox}/manifest.json`,
    '',
    `Then open ${server.url}/, open DevTools, switch to the "API Errors" panel and press a button.`,
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'),
);

if (process.argv.includes('--open')) openChromium(server.url);

function openChromium(url: string): void {
  const binary = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(binary)) {
    process.stdout.write(
      `--open: no Chromium at ${binary} (apt-get install chromium, or set CHROME_PATH).\n`,
    );
    return;
  }
  if (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    process.stdout.write(
      '--open: no display (DISPLAY is unset); try: xvfb-run -a npm start -- --open\n',
    );
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'api-error-decoder-'));
  const child = spawn(
    binary,
    [
      `--user-data-dir=${profile}`,
      `--load-extension=${chrome}`,
      `--disable-extensions-except=${chrome}`,
      '--auto-open-devtools-for-tabs',
      '--no-first-run',
      '--disable-background-networking',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `${url}/`,
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => process.stdout.write('Chromium closed.\n'));
  process.stdout.write(
    `Opened Chromium with the extension and DevTools on ${url}/ (profile ${profile}).\n`,
  );
}
