import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The npm package: the library (`import … from 'api-error-decoder'`) and the CLI that its bin
 * runs, as plain ES modules for Node 20. The extension build is vite.config.ts.
 */
export default defineConfig({
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/lib/index.ts'),
        cli: resolve(import.meta.dirname, 'src/cli/main.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: { external: [/^node:/], output: { chunkFileNames: 'shared-[hash].js' } },
  },
});
