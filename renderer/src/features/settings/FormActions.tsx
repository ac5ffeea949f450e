import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import type { useSaveState } from './useSaveState';

/** The end of every settings form: Save (and Cancel while replacing a secret), "Saved.", the error. */
export function FormActions({
  save,
  disabled,
  onCancel,
}: {
  save: ReturnType<typeof useSaveState>;
  disabled?: boolean;
  onCancel?: () => void;
}) {
  return (
    <>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.saving || disabled}>
          {t('settings.save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('settings.secret.cancel')}
          </button>
        )}
        <span role="status">{save.saved ? t('settings.saved') : ''}</span>
      </div>
      {save.error && (
        <p role="alert" className="error">
          {describeError(save.error)}
        </p>
      )}
    </>
  );
}
