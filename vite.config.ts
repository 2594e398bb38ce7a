import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META, CSP_PLACEHOLDER } from './common/security-policy.js';

/** Writes the one shared Content-Security-Policy into index.html's meta tag; a build without it fails. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'nazorg-csp',
    transformIndexHtml(html) {
      if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`renderer/index.html mist ${CSP_PLACEHOLDER} voor de Content-Security-Policy.`);
      return html.replaceAll(CSP_PLACEHOLDER, CONTENT_SECURITY_POLICY_META);
    },
  };
}

// The renderer is built once to dist/renderer and served from disk by both shells
// (file:// in Electron, 127.0.0.1 in web mode), hence the relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy()],
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
