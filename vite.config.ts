import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The renderer builds to dist/renderer with relative asset paths, so the same files load from
// Electron's app:// protocol and from the local host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    rollupOptions: {
      // The big screen (亮分屏) is a page of its own: it loads only what the display needs.
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        screen: resolve(import.meta.dirname, 'renderer/screen.html'),
      },
    },
  },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
