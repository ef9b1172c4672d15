// Vite: React plugin, /api proxied to the server in development, the build written to web/dist, and the Sarabun files
// the first screen paints with preloaded from index.html.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { thApp } from './src/app/i18n/th-app';
import { FIRST_RENDER_SLOT } from '../shared/src/first-render';

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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What a phone paints before any script has run: the app's mark, name and "กำลังโหลด…", in #root, which React replaces
 * on its first render. Without it the screen stays blank until the whole entry script has arrived and run (about 2 s on
 * Lighthouse's slow 4G). The words come from the Thai catalogue, Thai being the language before a choice is known.
 */
function appShell(): Plugin {
  const { mark, name, org, loading } = thApp;
  const shell =
    `<div class="app-shell" aria-busy="true"><span class="brand-mark" aria-hidden="true">${escapeHtml(mark)}</span>` +
    `<p class="brand-name">${escapeHtml(name)}</p><p class="brand-org">${escapeHtml(org)}</p>` +
    `<p class="app-shell-loading" role="status">${escapeHtml(loading)}</p></div>`;
  return {
    name: 'bmrts-app-shell',
    transformIndexHtml(html) {
      if (!html.includes('<div id="root"></div>')) throw new Error('app shell: index.html has no empty #root');
      return html.replace('<div id="root"></div>', `<div id="root">${FIRST_RENDER_SLOT.open}${shell}${FIRST_RENDER_SLOT.close}</div>`);
    },
  };
}

/**
 * main.tsx starts the app (src/app/start.tsx) only after the splash is painted, with a dynamic import: without a hint
 * its chunks would be requested only then. These modulepreload links have the browser fetch and compile them while the
 * HTML is still being read, without running them.
 */
function preloadApp(): Plugin {
  return {
    name: 'bmrts-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const start = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/app/start.tsx'));
        if (!start) throw new Error('preload: no chunk for src/app/start.tsx');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(start.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), preloadFirstScreenFonts(), appShell(), preloadApp()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: isSsrBuild
    ? {
        // The server's first render (src/app/entry-server.tsx → dist-ssr/): one file, so every lazily loaded part is there
        // as soon as a render asks for it (renderToString cannot wait for a chunk), and no public files.
        copyPublicDir: false,
        rolldownOptions: { output: { inlineDynamicImports: true } },
      }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        chunkSizeWarningLimit: 1200,
      },
}));
