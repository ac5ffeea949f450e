import type { KindHandler } from './handlers';
import type { OutboxItem, OutboxKind } from './types';

/**
 * What a feature tells the engine about one kind of outbox item: how it is sent, how it is
 * checked on the server after an unclear outcome (the handler's reconciliation rule), which
 * FIFO queue an item of it joins, and what must be queued once one is sent. The engine knows
 * no feature: everything it does with an item it learns from here.
 */
export interface OutboxKindRegistration {
  kind: OutboxKind;
  handler: KindHandler;
  /** The queue an item joins, from its key (a loan id, a line id…): FIFO within a queue. */
  queue(key: string): string;
  /** Items to queue in the same transaction that marks one of this kind sent. */
  followUps?: (sent: OutboxItem) => OutboxItem[];
}

export class UnknownOutboxKindError extends Error {
  constructor(kind: string) {
    super(`No feature registered the outbox kind "${kind}"; it was not sent.`);
  }
}

/** The kinds features registered at start-up. One per app; tests may make their own. */
export class OutboxKindRegistry {
  private readonly byKind = new Map<OutboxKind, OutboxKindRegistration>();

  /** Registering the same kind again replaces it (a hot reload, a test re-registering). */
  register(...registrations: OutboxKindRegistration[]): void {
    for (const registration of registrations) this.byKind.set(registration.kind, registration);
  }

  has(kind: OutboxKind): boolean {
    return this.byKind.has(kind);
  }

  get(kind: OutboxKind): OutboxKindRegistration {
    const registration = this.byKind.get(kind);
    if (!registration) throw new UnknownOutboxKindError(kind);
    return registration;
  }

  handler(kind: OutboxKind): KindHandler {
    return this.get(kind).handler;
  }

  queue(kind: OutboxKind, key: string): string {
    return this.get(kind).queue(key);
  }

  /** What to queue when `sent` is marked sent (none for a kind that asks for nothing). */
  followUps(sent: OutboxItem): OutboxItem[] {
    return this.byKind.get(sent.kind)?.followUps?.(sent) ?? [];
  }

  kinds(): OutboxKind[] {
    return [...this.byKind.keys()];
  }
}

/** The app's registry: features fill it at start-up (features/outbox-kinds.ts), before sync starts. */
export const outboxKinds = new OutboxKindRegistry();
