// The entry, kept tiny on purpose (issue 14: start fast): an entry's own imports must all arrive
// before any of it runs, so everything else is fetched from here in parallel instead.
// - The styles and the font stay here so the page links them before any script runs.
//   Devanagari comes from the app's own files (no system font needed); only the Devanagari
//   subset, so Latin text keeps the system face. Bundled by vite, allowed by the CSP's font-src.
// - screen-chunks.ts, evaluated first, asks for the start screen's chunk.
// - boot.ts (the settings read and the unlock: IPC and WebCrypto, no React DOM) is its own,
//   smaller request, so it runs as soon as it arrives and the main process works on the keys
//   while React, the shell and the screen are still being fetched and evaluated.
// - start.tsx is the app itself.
import '@fontsource/noto-sans-devanagari/devanagari-400.css';
import '@fontsource/noto-sans-devanagari/devanagari-700.css';
import './styles.css';
import './screen-chunks';

void import('./boot');
void import('./start');
