import type { OutboxKindRegistry } from '../../sync/kinds';
import { documentQueue } from './queue';
import { documentHandler } from './upload-handler';

/** KYC documents: one queue per document, so one refused file never holds up the others. */
export function registerKycKinds(registry: OutboxKindRegistry): void {
  registry.register({ kind: 'glaas.document', handler: documentHandler, queue: documentQueue });
}
