import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The renderer builds to dist/renderer with relative asset paths, so the same files load from
// Electron's app:// protocol and from the local host. Two pages: the organizer's app (index.html)
// and the judges' page (judge.html), which the hall network serves on /judge; each has its own
// React tree, so the judges' bundle carries none of the organizer's screens.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    rollupOptions: {
      // The judges' page on the hall network and the big screen (亮分屏) are pages of their own:
      // each loads only what it needs.
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        judge: resolve(import.meta.dirname, 'renderer/judge.html'),
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
