import { builtinModules } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import electron from 'vite-plugin-electron/simple';
import { startScreenPreload } from './build/start-screen-preload';

/**
 * One config builds the three parts:
 *   dist/main/index.js      main process, ESM
 *   dist/preload/index.cjs  preload, ONE bundled CommonJS file (sandboxed preloads cannot load ESM
 *                           or require anything but 'electron')
 *   dist/renderer/          the React app, served from app://fielddesk with a strict CSP
 */
const nodeExternals = ['electron', 'electron-store', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
  },
  plugins: [
    react(),
    // The start screen's chunks are fetched alongside the app's scripts (issue 14: start fast).
    startScreenPreload(),
    electron({
      main: {
        entry: 'electron/main/index.ts',
        vite: {
          root: '.',
          build: {
            outDir: 'dist/main',
            emptyOutDir: true,
            target: 'node22',
            rolldownOptions: {
              external: nodeExternals,
              output: { format: 'es', entryFileNames: 'index.js' },
            },
          },
        },
      },
      preload: {
        input: 'electron/preload/index.ts',
        vite: {
          root: '.',
          build: {
            outDir: 'dist/preload',
            emptyOutDir: true,
            target: 'node22',
            rolldownOptions: {
              external: ['electron'],
              output: { format: 'cjs', entryFileNames: 'index.cjs' },
            },
          },
        },
      },
    }),
  ],
});
