import { DEFAULT_CASH_LIMIT } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { useSettingsStore } from '../../stores/settings';
import { useNow } from '../../ui/useNow';
import { useLiveQuery, type LiveResult } from '../loans/page/useLiveQuery';
import { summarise, undeposited, type CashInHand } from './cash-in-hand';

/** Cash and cheques not yet deposited, kept current as collections and deposits are saved. */
export function useCashInHand(): LiveResult<CashInHand> {
  const now = useNow();
  const limit = useSettingsStore((s) => s.settings?.deposits?.cashLimit ?? DEFAULT_CASH_LIMIT);
  const carried = useLiveQuery(() => undeposited(db()), []);
  if (carried.state !== 'ready') return carried;
  return { state: 'ready', value: summarise(carried.value, now, limit) };
}
