import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';

/** Per-browser differences are decided here, at build time, never by runtime checks. */
function manifestFor(browser: Browser): ManifestV3Export {
  const common = { ...baseManifest, version: pkg.version };
  if (browser === 'chrome') return common;
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = common;
  return {
    ...rest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'api-error-decoder@api-error-decoder.dev',
        // 140 is the first ESR with data_collection_permissions and devtools.network parity we test.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [react(), crx({ manifest: manifestFor(browser), browser })],
    define: { __BROWSER__: JSON.stringify(browser) },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        // crxjs builds only pages the manifest names; the panel is opened by panels.create, the
        // listener page by the panel.
        input: {
          panel: resolve(import.meta.dirname, 'src/panel/panel.html'),
          listener: resolve(import.meta.dirname, 'src/listener/listener.html'),
        },
      },
    },
    server: { port: 5173, strictPort: true },
  };
});
