/**
 * Builds the `window.fielddesk` object from the contract's channel names: channel
 * "settings.get" becomes `fielddesk.settings.get(input)`. Each feature owns its own slice
 * (Bitwarden's rule), and nothing but these functions crosses the bridge.
 *
 * This function must stay self-contained (no imports, no closures over module state): the
 * Playwright harness serialises it into the page with `addInitScript`, so the browser tests
 * run the very code the preload runs.
 */
export function buildBridge(
  channels: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): Record<string, Record<string, (input?: unknown) => Promise<unknown>>> {
  const surface: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const dot = channel.indexOf('.');
    const feature = channel.slice(0, dot);
    const method = channel.slice(dot + 1);
    if (!surface[feature]) surface[feature] = {};
    surface[feature][method] = (input?: unknown) => invoke(channel, input === undefined ? {} : input);
  }
  for (const feature of Object.keys(surface)) Object.freeze(surface[feature]);
  return Object.freeze(surface);
}
