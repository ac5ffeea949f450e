import type { Settings } from '../../../shared/settings';
import type { OutboxKindRegistry } from '../sync/kinds';
import { registerCollectionKinds } from './collections/outbox/register';
import { registerKycKinds } from './kyc/register';
import { registerRepaymentKinds } from './repayments/register';

/**
 * Start-up: every feature registers its outbox kinds with the sync engine's registry, before
 * the engine's first pass. The engine (renderer/src/sync) imports nothing from the features.
 */
export function registerFeatureOutboxKinds(registry: OutboxKindRegistry, settings: () => Settings | undefined): void {
  registerCollectionKinds(registry, settings);
  registerRepaymentKinds(registry);
  registerKycKinds(registry);
}
