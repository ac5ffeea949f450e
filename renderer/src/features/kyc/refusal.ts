import { t } from '../../i18n';
import type { Refusal } from './prepare';
import type { QueueFailure } from './queue';
import { formatBytes } from './sizes';

/** Why a file was not taken, in words that say what is accepted. */
export function refusalText(name: string, refusal: Refusal): string {
  switch (refusal.reason) {
    case 'unsupported':
      return t('kyc.refused.unsupported', { name });
    case 'empty':
      return t('kyc.refused.empty', { name });
    case 'pdf-too-large':
      return t('kyc.refused.pdfTooLarge', { name, size: refusal.sizeMb, limit: refusal.limitMb });
    case 'image-too-large':
      return t('kyc.refused.imageTooLarge', { name, size: refusal.sizeMb, limit: refusal.limitMb });
    case 'unreadable':
      return t('kyc.refused.unreadable', { name });
  }
}

export function queueFailureText(failure: QueueFailure): string {
  switch (failure.reason) {
    case 'no-space':
      return t('kyc.queue.noSpace', { needed: formatBytes(failure.neededBytes), free: formatBytes(failure.freeBytes) });
    case 'quota':
      return t('kyc.queue.quota');
    case 'failed':
      return t('kyc.queue.failed', { message: failure.message });
  }
}
