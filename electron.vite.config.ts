import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * main: the Electron shell plus the plain-Node entries that share its output folder
 * (backend thread, jobs worker, CLI/host), so e2e and `npm run web` run the *built* core.
 * preload: one CommonJS bundle with every dependency inlined, because a sandboxed
 * preload can neither be ESM nor require node_modules.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'backend-thread': resolve(__dirname, 'src/core/backend-thread-entry.ts'),
          'jobs-worker': resolve(__dirname, 'src/core/jobs/worker-entry.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Budget (platform.md P3): ≤ 1.6 MB of renderer JS; electron-vite does not minify by default.
      minify: 'esbuild',
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
