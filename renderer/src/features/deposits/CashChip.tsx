import { t } from '../../i18n';
import { formatRupees } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { useCashInHand } from './useCashInHand';

/** The header's answer to "how much am I carrying?", coloured as the limit nears. */
export function CashChip() {
  const cash = useCashInHand();
  if (cash.state !== 'ready') return null;
  const { cash: amount, level, total } = cash.value;
  const chequeTotal = total - amount;
  const label = [
    t('deposits.chip.cash', { amount: formatRupees(amount) }),
    chequeTotal > 0 ? t('deposits.chip.cheques', { amount: formatRupees(chequeTotal) }) : '',
    level === 'over' ? t('deposits.chip.over') : level === 'near' ? t('deposits.chip.near') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <a className={`cash-chip level-${level}`} href={hrefFor({ name: 'deposits' })} aria-label={label} title={label}>
      {label}
    </a>
  );
}
