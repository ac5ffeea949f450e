import { useEffect, useId, useState } from 'react';
import { t } from '../../../i18n';
import { copyText } from './clipboard';

/**
 * Text an agent needs elsewhere (a phone number for the dialler, a link for the browser) with a
 * Copy button. Nothing opens from inside the app: the main process blocks navigation anyway.
 */
export function CopyableText({ text }: { text: string }) {
  const id = useId();
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (result !== 'copied') return;
    const timer = setTimeout(() => setResult('idle'), 2500);
    return () => clearTimeout(timer);
  }, [result]);

  return (
    <span className="copyable">
      <span id={id} className="copyable-text">
        {text}
      </span>
      <button
        type="button"
        className="copy-button"
        aria-describedby={id}
        onClick={() => void copyText(text).then((ok) => setResult(ok ? 'copied' : 'failed'))}
      >
        {t('loan.copy')}
      </button>
      <span role="status" className="copy-result">
        {result === 'copied' && t('loan.copied')}
        {result === 'failed' && t('loan.copyFailed')}
      </span>
    </span>
  );
}
