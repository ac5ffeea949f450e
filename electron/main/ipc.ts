import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiError, Result } from '../../shared/result';
import type { Dispatch } from './dispatch';
import type { Logger } from './services/log';
import { isAppUrl } from './security';

/** The parts of an invoke event the sender check reads (so tests can pass plain objects). */
export interface SenderEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * VS Code's rule: a request is served only if it comes from the top frame of our own window,
 * showing our own page. An iframe, another window or a page that navigated away is refused.
 */
export function isTrustedSender(
  event: SenderEventLike,
  trusted: { webContentsId: () => number | undefined; devServerUrl?: string },
): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated or was destroyed while the request was in flight
  if (frame.parent !== null) return false; // only the main frame, never a sub-frame
  if (event.sender.id !== trusted.webContentsId()) return false;
  return isAppUrl(frame.url, trusted.devServerUrl);
}

const untrusted: Result<never> = {
  ok: false,
  error: { kind: 'rejected', message: 'This request did not come from FieldDesk.' } satisfies ApiError,
};

/** Registers one ipcMain.handle per contract channel: sender check, then the dispatcher. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  channels: readonly string[],
  dispatch: Dispatch,
  trusted: { webContentsId: () => number | undefined; devServerUrl?: string },
  log: Logger,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event as unknown as SenderEventLike, trusted)) {
        log.warn('ipc: request from an untrusted frame refused', { channel });
        return untrusted;
      }
      return dispatch(channel, input);
    });
  }
}
