import { api } from '../../../api';
import { db } from '../../../db/schema';
import { t } from '../../../i18n';
import { useSettingsStore } from '../../../stores/settings';
import { useLiveQuery } from '../../loans/page/useLiveQuery';
import { readReceipt } from './read';
import { ReceiptActions } from './ReceiptActions';
import { hasReceipt, NoReceipt, ReceiptView } from './ReceiptView';
import './receipt.css';

/**
 * The receipt of a visit with money, read from the laptop (it opens with no network) and kept
 * current: the sync status changes by itself as the payment reaches Credgenics.
 */
export function ReceiptScreen(props: { visitId: string }) {
  const { visitId } = props;
  const data = useLiveQuery(() => readReceipt(db(), visitId), [visitId]);
  const collections = useSettingsStore((s) => s.settings?.collections);

  if (data.state === 'loading') {
    return (
      <main className="screen receipt-screen">
        <p role="status">{t('receipt.loading')}</p>
      </main>
    );
  }
  if (data.state === 'error') {
    return (
      <main className="screen receipt-screen">
        <h1>{t('receipt.title')}</h1>
        <p role="alert" className="error">
          {t('receipt.readFailed')}
        </p>
      </main>
    );
  }
  const { visit, payment } = data.value;
  if (!visit || !hasReceipt(visit)) return <NoReceipt visitId={visitId} visit={visit} />;
  return (
    <ReceiptView
      visit={visit}
      payment={payment}
      lenderName={collections?.lenderName}
      agent={{ name: collections?.agentName, email: collections?.agentEmail }}
      actions={
        <ReceiptActions
          receiptNo={visit.receiptNo}
          savePdf={(input) => api.files.savePdf(input)}
          print={() => window.print()}
        />
      }
    />
  );
}
