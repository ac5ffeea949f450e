import { t, type MessageKey } from '../../i18n';
import { methodLabel } from '../collections/labels';
import { collectionMethods, type CollectionMethod } from '../collections/model';
import type { RepaymentLine } from './model';
import { isFailedStatus } from './status';

/**
 * The words a deposit list uses for a repayment line. GLAAS has no cash mode, so cash goes as the
 * mode the lender mapped it to (often CHEQUE); a list that said "CHEQUE" for the agent's cash
 * confused the branch. Raw statuses (READY_FOR_PAYMENT) are said in words.
 */

/** Which way the agent took the money: kept on new lines, read from the comment on older ones. */
export function collectedAs(line: Pick<RepaymentLine, 'collectedAs' | 'comment' | 'source'>): CollectionMethod | undefined {
  if (line.collectedAs) return line.collectedAs;
  if (line.source !== 'deposit') return undefined;
  const found = /^FieldDesk deposit of ([a-z-]+);/.exec(line.comment ?? '')?.[1];
  return (collectionMethods as readonly string[]).includes(found ?? '') ? (found as CollectionMethod) : undefined;
}

/** What each method is called in GLAAS when nothing had to be mapped. */
const sameInGlaas: Partial<Record<CollectionMethod, RepaymentLine['paymentMode']>> = { cheque: 'CHEQUE', upi: 'UPI' };

/** "Cash (posted to GLAAS as CHEQUE)", "Cheque", "UPI", or the GLAAS mode in words for grid rows. */
export function modeWords(line: Pick<RepaymentLine, 'collectedAs' | 'comment' | 'source' | 'paymentMode'>): string {
  const glaasWords = t(`lines.glaasMode.${line.paymentMode}` as MessageKey);
  const method = collectedAs(line);
  if (!method) return glaasWords;
  if (sameInGlaas[method] === line.paymentMode) return t(methodLabel[method]);
  return t('lines.mode.postedAs', { method: t(methodLabel[method]), mode: line.paymentMode });
}

const knownStatus: Record<string, MessageKey> = {
  READY_FOR_PAYMENT: 'lines.status.READY_FOR_PAYMENT',
  ACCEPTED: 'lines.status.ACCEPTED',
};

/** READY_FOR_PAYMENT → "Received by GLAAS, waiting to be applied"; an unknown status is still shown, in words. */
export function statusWords(status: string): string {
  const key = knownStatus[status.trim().toUpperCase()];
  if (key) return t(key);
  const spoken = status.trim().replace(/_/g, ' ').toLowerCase();
  if (isFailedStatus(status)) return t('lines.status.failed', { status: spoken });
  return t('lines.status.other', { status: spoken });
}
