import { resolve } from 'node:path';

// The main job at this stage: the extension is built; say how to load it.
const chrome = resolve('dist/chrome');
const firefox = resolve('dist/firefox');
process.stdout.write(
  [
    'API Error Decoder is built.',
    '',
    `Chrome:  chrome://extensions → Developer mode → Load unpacked → ${chrome}`,
    `Firefox: about:debugging → This Firefox → Load Temporary Add-on → ${firefox}/manifest.json`,
    '',
    'Then open DevTools on your app and switch to the "API Errors" panel.',
    '',
  ].join('\n'),
);
