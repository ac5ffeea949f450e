import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { retryStart, useLockStore } from './lock-store';
import { LockCard } from './LockCard';
import { LockScreen } from './LockScreen';
import { ResetDoneScreen } from './ResetDoneScreen';
import { ResetScreen } from './ResetScreen';
import { SetPinScreen } from './SetPinScreen';

/** Whatever stands between the agent and the app: the first PIN, the lock, a reset. */
export function LockGate() {
  const phase = useLockStore((s) => s.phase);
  switch (phase.name) {
    // 'unlocked' shows here only for the moment the first screen's code is still arriving.
    case 'starting':
    case 'unlocked':
      return (
        <p className="screen-loading" role="status">
          {t('lock.starting')}
        </p>
      );
    case 'start-failed':
      return (
        <LockCard titleKey="lock.startFailed">
          <p role="alert" className="error">
            {describeError(phase.error)}
          </p>
          <div className="lock-actions">
            <button type="button" className="primary" onClick={() => void retryStart()}>
              {t('lock.tryAgain')}
            </button>
          </div>
        </LockCard>
      );
    case 'set-pin':
      return <SetPinScreen />;
    case 'locked':
      return <LockScreen />;
    case 'reset':
      return <ResetScreen />;
    case 'reset-done':
      return <ResetDoneScreen removed={phase.removed} />;
  }
}
