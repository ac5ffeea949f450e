import { t } from '../../i18n';
import type { OutboxItem } from '../../sync/types';
import type { PaymentPayloadV1 } from '../collections/payloads';
import { formatRupees } from '../../ui/format';

/**
 * A Credgenics payment queued with paise by a FieldDesk from before whole rupees were enforced.
 * It is never rounded behind the agent's back: the main process refuses it, it waits here as
 * "Needs your attention", and this note says what to do and that the receipt number stays.
 */
export function hasPaise(item: OutboxItem): boolean {
  if (item.kind !== 'credgenics.payment') return false;
  const amount = (item.payload as PaymentPayloadV1 | undefined)?.body?.amount_recovered;
  return typeof amount === 'number' && !Number.isInteger(amount);
}

export function PaiseNote({ item, receiptNo }: { item: OutboxItem; receiptNo?: string | undefined }) {
  if (item.state !== 'rejected' || !hasPaise(item)) return null;
  const amount = (item.payload as PaymentPayloadV1).body.amount_recovered;
  return (
    <p className="sync-paise-note">
      {t('sync.paise.note', { amount: formatRupees(amount), receipt: receiptNo ?? item.id, button: t('sync.correct') })}
    </p>
  );
}
