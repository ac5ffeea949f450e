import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { receiptPartKey, receiptReadiness, type ReceiptFields } from './receipt-readiness';

/** One line under the receipt-message fields: on, off, or exactly what is still missing. */
export function ReceiptMessageStatus({ receipt }: { receipt: ReceiptFields }) {
  const credgenics = useSettingsStore((s) => s.settings!.credgenics);
  const readiness = receiptReadiness(receipt, credgenics);
  if (readiness.state === 'on') {
    return (
      <p role="status" className="ok">
        {t('settings.receipt.on', { event: readiness.event })}
      </p>
    );
  }
  if (readiness.state === 'off') {
    return (
      <p role="status" className="hint">
        {t('settings.receipt.off')}
      </p>
    );
  }
  return (
    <p role="status" className="receipt-missing">
      {t('settings.receipt.missing', { missing: readiness.missing.map((part) => t(receiptPartKey[part])).join('; ') })}
    </p>
  );
}
