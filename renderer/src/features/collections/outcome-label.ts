import { defaultDispositions } from '../../../../shared/settings';
import { en } from '../../i18n/en';
import { t, type MessageKey } from '../../i18n';

const usual = new Map(defaultDispositions.map((d) => [d.code, d.label]));

/**
 * An outcome as the agent reads it: a usual outcome the lender has not renamed is shown in the
 * interface language; anything the lender named (or renamed) is shown exactly as they wrote it.
 */
export function outcomeLabel(outcome: { code: string; label: string }): string {
  const key = `outcome.${outcome.code}` as MessageKey;
  if (usual.get(outcome.code) === outcome.label && key in en) return t(key);
  return outcome.label;
}
