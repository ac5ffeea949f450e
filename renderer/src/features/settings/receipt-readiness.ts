import type { Settings } from '../../../../shared/settings';
import type { MessageKey } from '../../i18n';

/**
 * What the borrower's receipt message still needs. The Universal communication API takes the
 * `role` header and a company_id besides the event, the bot and send_to; without any of them the
 * sync engine queues no message (sync/follow-ups.ts), so Settings says which are missing.
 */
export type ReceiptPart = 'eventName' | 'inboundBotId' | 'sendTo' | 'role' | 'companyId';

export interface ReceiptFields {
  eventName?: string | undefined;
  inboundBotId?: string | undefined;
  sendTo?: string | undefined;
}

export type ReceiptReadiness = { state: 'off' } | { state: 'on'; event: string } | { state: 'missing'; missing: ReceiptPart[] };

export function receiptReadiness(receipt: ReceiptFields, credgenics: Pick<Settings['credgenics'], 'role' | 'companyId'>): ReceiptReadiness {
  const has = (v: string | undefined) => Boolean(v?.trim());
  const needed: [ReceiptPart, boolean][] = [
    ['eventName', has(receipt.eventName)],
    ['inboundBotId', has(receipt.inboundBotId)],
    ['sendTo', has(receipt.sendTo)],
    ['role', has(credgenics.role)],
    ['companyId', has(credgenics.companyId)],
  ];
  // Nothing of the message itself typed: the lender chose no message.
  if (!has(receipt.eventName) && !has(receipt.inboundBotId) && !has(receipt.sendTo)) return { state: 'off' };
  const missing = needed.filter(([, ok]) => !ok).map(([part]) => part);
  return missing.length ? { state: 'missing', missing } : { state: 'on', event: receipt.eventName!.trim() };
}

export const receiptPartKey: Record<ReceiptPart, MessageKey> = {
  eventName: 'settings.receipt.part.eventName',
  inboundBotId: 'settings.receipt.part.inboundBotId',
  sendTo: 'settings.receipt.part.sendTo',
  role: 'settings.receipt.part.role',
  companyId: 'settings.receipt.part.companyId',
};
