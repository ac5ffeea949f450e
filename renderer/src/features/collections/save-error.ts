import { t } from '../../i18n';

function isQuotaError(error: unknown): boolean {
  // Dexie wraps the browser's DOMException and keeps it as `inner`; either may carry the name.
  const e = error as { name?: unknown; inner?: { name?: unknown } } | null | undefined;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** Why a visit was not stored, in words an agent can act on (DESIGN.md: quota errors are shown). */
export function describeSaveError(error: unknown): string {
  const detail = error instanceof Error && error.message ? error.message : String(error);
  const reason = isQuotaError(error) ? t('visit.saveFailed.quota') : t('visit.saveFailed.other', { message: detail });
  return t('visit.saveFailed', { reason });
}
