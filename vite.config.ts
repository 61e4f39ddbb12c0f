/**
 * Builds the web app (src/app/web) into dist/web, which the Fastify server serves. During
 * development `npx vite` serves the app with hot reload and proxies /api to a running server.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repo = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// Fonts must stay files: the CSP has no `data:` in font-src, so an inlined font would be blocked.
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

export default defineConfig({
  root: repo('./src/app/web'),
  plugins: [react()],
  resolve: {
    // dkfds' package "exports" only exposes its JS; the SCSS, fonts and icons are reached by path.
    alias: { 'dkfds-dist': repo('./node_modules/dkfds/dist') },
  },
  css: {
    preprocessorOptions: {
      // dkfds' own SCSS still uses syntax Sass has deprecated; its warnings are not ours to fix.
      scss: { quietDeps: true },
    },
  },
  build: {
    outDir: repo('./dist/web'),
    emptyOutDir: true,
    assetsInlineLimit: (file) => (FONT_FILE.test(file) ? false : undefined),
    // Every supported browser has native module preload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
