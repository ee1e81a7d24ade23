// Builds the browser code into the app's static resources, served by Quarkus under /assets/.
// One entry per page (the templates name the files, so they carry no content hash); code shared by
// several pages (ECharts) goes into chunks/, which only the entries import.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  base: '/assets/',
  publicDir: false,
  build: {
    // Maven says where (VOC_ASSETS_DIR); by hand, the same place
    outDir: process.env.VOC_ASSETS_DIR ?? here('../target/classes/META-INF/resources/assets'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // ECharts' core with the few charts and components VOC uses is about 400 kB before gzip
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: {
        app: here('src/app.css'),
        pages: here('src/pages.ts'),
        overview: here('src/overview.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});
