import { randomUUID } from 'node:crypto';

/**
 * GLAAS sessions. Lifetime is read from the current faults on every check (so a test can shorten
 * it mid-run) and measured on the injected clock (so a test can jump time instead of waiting).
 */
export class SessionStore {
  private readonly sessions = new Map<string, { username: string; createdAtMs: number }>();

  constructor(
    private readonly nowMs: () => number,
    private readonly ttlMs: () => number,
  ) {}

  create(username: string): string {
    const id = randomUUID();
    this.sessions.set(id, { username, createdAtMs: this.nowMs() });
    return id;
  }

  isLive(id: string | undefined): boolean {
    if (!id) return false;
    const s = this.sessions.get(id);
    if (!s) return false;
    if (this.nowMs() - s.createdAtMs >= this.ttlMs()) {
      this.sessions.delete(id);
      return false;
    }
    return true;
  }

  invalidate(id: string): void {
    this.sessions.delete(id);
  }

  invalidateAll(): void {
    this.sessions.clear();
  }

  liveCount(): number {
    let n = 0;
    for (const id of [...this.sessions.keys()]) if (this.isLive(id)) n++;
    return n;
  }
}
