import { ok, type Result } from '../../shared/result';
import type { LockKeys, LockStatus, ResetInput, WipeReport } from '../../shared/contract-lock';
import type { AppLock } from './services/app-lock';
import type { SystemLockSignal } from './services/system-lock';

/** Handlers for the lock.* channels. Inputs arrive checked by zod; PINs are never logged (log.ts). */
export function lockHandlers(appLock: AppLock, systemLock: SystemLockSignal, forgetSessions: () => void) {
  return {
    'lock.status': async (): Promise<Result<LockStatus>> => ok(appLock.status()),
    'lock.setPin': ({ pin, currentPin }: { pin: string; currentPin?: string }): Promise<Result<LockKeys>> => appLock.setPin(pin, currentPin),
    'lock.unlock': ({ pin }: { pin: string }): Promise<Result<LockKeys>> => appLock.unlock(pin),
    'lock.resume': async (): Promise<Result<LockKeys>> => appLock.resume(),
    'lock.lock': async (): Promise<Result<LockStatus>> => ok(appLock.lock()),
    'lock.resetWithCredentials': (input: ResetInput): Promise<Result<LockKeys>> => appLock.resetWithCredentials(input),
    'lock.waitForSystemLock': async () => ok(await systemLock.next()),
    'lock.wipe': async (): Promise<Result<WipeReport>> => {
      const report = await appLock.wipe();
      // A GLAAS session opened with the removed password must not outlive it.
      if (report.ok) forgetSessions();
      return report;
    },
  };
}
