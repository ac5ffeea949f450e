/** Placeholder until the sync screen lands. */
export function SyncScreen() {
  return <main aria-label="Sync">Sync</main>;
}
