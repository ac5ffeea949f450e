/**
 * A slow uplink, for the `uploadBytesPerSec` fault: request bodies are read no faster than the
 * given rate, ALL requests together, as one shared link would carry them. Reading is paused
 * between chunks, so TCP's own flow control makes the client wait: its progress counts and its
 * total time are what a real weak link would give.
 */
export class Uplink {
  /** When the link is free again (ms, performance clock). */
  private freeAt = 0;

  /** Waits until `bytes` more have had time to cross a link of `bytesPerSec`. */
  async carry(bytes: number, bytesPerSec: number): Promise<void> {
    if (!(bytesPerSec > 0) || bytes <= 0) return;
    const now = performance.now();
    this.freeAt = Math.max(this.freeAt, now) + (bytes / bytesPerSec) * 1000;
    const wait = this.freeAt - now;
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
