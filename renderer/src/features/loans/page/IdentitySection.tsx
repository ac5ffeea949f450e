import { useState } from 'react';
import { t } from '../../../i18n';
import { formatPan, maskAadhaar, maskPan } from '../../../ui/mask';
import { maskAadhaarForStorage } from '../keep-less';
import type { IdentityKind } from './data';
import { Field, Fields } from './Fields';
import { Section } from './Section';
import { hasText, type MaybeText } from './values';

/** The stored (already masked) form; a value too short to be a number is hidden as before. */
function aadhaarShown(value: string): string {
  const stored = maskAadhaarForStorage(value);
  return stored.includes('X') ? stored : maskAadhaar(stored);
}

interface Props {
  aadhaar: MaybeText;
  pan: MaybeText;
  /** Writes the audit entry; the number is shown only once this has succeeded. */
  onReveal(kind: IdentityKind): Promise<void>;
}

/**
 * Aadhaar and PAN, masked. Aadhaar has no "show": only its last 4 digits are kept on this
 * laptop (issue 13), and a copy stored by an older build is masked again here. PAN is shown
 * only on a deliberate, audited request, so the full number is not in the page (nor in a
 * screenshot, nor read out by a screen reader) by accident.
 */
export function IdentitySection({ aadhaar, pan, onReveal }: Props) {
  const [shown, setShown] = useState<ReadonlySet<IdentityKind>>(new Set());
  const [busy, setBusy] = useState<IdentityKind | null>(null);
  const [failed, setFailed] = useState(false);

  async function reveal(kind: IdentityKind) {
    setBusy(kind);
    setFailed(false);
    try {
      // An unaudited reveal defeats the purpose of masking: no audit entry, no number.
      await onReveal(kind);
      setShown((prev) => new Set(prev).add(kind));
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  function hide(kind: IdentityKind) {
    setShown((prev) => {
      const next = new Set(prev);
      next.delete(kind);
      return next;
    });
  }

  function aadhaarRow(value: MaybeText) {
    if (!hasText(value)) return <Field label={t('loan.identity.aadhaar')} />;
    return (
      <Field label={t('loan.identity.aadhaar')}>
        <span className="identity">
          <span className="identity-number">{aadhaarShown(value)}</span>
        </span>
      </Field>
    );
  }

  function panRow(value: MaybeText) {
    const kind: IdentityKind = 'pan';
    if (!hasText(value)) return <Field label={t('loan.identity.pan')} />;
    const visible = shown.has(kind);
    return (
      <Field label={t('loan.identity.pan')}>
        <span className="identity">
          <span className="identity-number">{visible ? formatPan(value) : maskPan(value)}</span>
          {visible ? (
            <button type="button" onClick={() => hide(kind)}>
              {t('loan.identity.hide')}
            </button>
          ) : (
            <button type="button" onClick={() => void reveal(kind)} disabled={busy !== null}>
              {t('loan.identity.showPan')}
            </button>
          )}
        </span>
      </Field>
    );
  }

  return (
    <Section id="identity" title={t('loan.identity.title')}>
      <Fields>
        {aadhaarRow(aadhaar)}
        {panRow(pan)}
      </Fields>
      {hasText(aadhaar) && <p className="hint">{t('keepless.identity.aadhaarKept')}</p>}
      <p className="hint">{t('loan.identity.auditNote')}</p>
      {failed && (
        <p role="alert" className="error">
          {t('loan.identity.auditFailed')}
        </p>
      )}
    </Section>
  );
}
