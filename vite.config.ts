import { defineConfig } from 'vite';

// The renderer is built once to dist/renderer and served from disk by both shells
// (file:// in Electron, 127.0.0.1 in web mode), hence the relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // MUI marks its modules 'use client' for React Server Components; meaningless in this app.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
