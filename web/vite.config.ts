// Vite: React plugin, /api proxied to the server in development, the build written to web/dist, and the Sarabun files
// the first screen paints with preloaded from index.html.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The sign-in page and the inbox write Thai body text (400), buttons, labels and headings (600, which also draws 700), and Latin in 400
 * (names, numbers): asked for with the HTML instead of after the stylesheet is parsed, so the text swaps to Sarabun
 * before the page settles. Other weights and subsets still load on demand through the @font-face rules (fonts.css).
 */
const FIRST_SCREEN_FONTS = [
  /sarabun-thai-400-normal-.*\.woff2$/,
  /sarabun-thai-600-normal-.*\.woff2$/,
  /sarabun-latin-400-normal-.*\.woff2$/,
];

function preloadFirstScreenFonts(): Plugin {
  return {
    name: 'bmrts-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {});
        return FIRST_SCREEN_FONTS.map((pattern) => {
          const file = files.find((name) => pattern.test(name));
          if (!file) throw new Error(`preload: no built font matches ${pattern}`);
          return {
            tag: 'link',
            attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          };
        });
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadFirstScreenFonts()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
