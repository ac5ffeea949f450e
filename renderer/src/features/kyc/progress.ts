import { useEffect } from 'react';
import { create } from 'zustand';
import { api } from '../../api';

export interface UploadBytes {
  sentBytes: number;
  totalBytes: number;
}

/** Bytes sent so far per uploading document (by id), as the main process last reported. */
export const useUploadProgress = create<{ byId: Record<string, UploadBytes> }>(() => ({ byId: {} }));

const POLL_MS = 400;

/**
 * While `active` (something on screen is being sent), asks the main process every 400 ms how
 * far each upload has got. The upload itself runs in the main process, which counts the bytes
 * of the request body as they go; nothing is polled while nothing is sending.
 */
export function useUploadProgressPolling(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const answer = await api.glaas.uploadProgress({});
        if (!stopped && answer.ok) {
          const byId: Record<string, UploadBytes> = {};
          for (const e of answer.value) byId[e.opKey] = { sentBytes: e.sentBytes, totalBytes: e.totalBytes };
          useUploadProgress.setState({ byId }, true);
        }
      } catch {
        // The bridge is gone (closing window): nothing to show.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [active]);
}

/** 0..1 for one document: done when sent, its bytes while sending, nothing before. */
export function fractionOf(state: string | undefined, size: number, bytes: UploadBytes | undefined): number {
  if (state === 'sent') return 1;
  if (state !== 'sending' || !bytes || bytes.totalBytes <= 0) return 0;
  return Math.min(1, bytes.sentBytes / bytes.totalBytes) * (size > 0 ? 1 : 0);
}
