import { useState } from 'react';
import { t } from '../../../i18n';
import { formatAadhaar, formatPan, maskAadhaar, maskPan } from '../../../ui/mask';
import type { IdentityKind } from './data';
import { Field, Fields } from './Fields';
import { Section } from './Section';
import { hasText, type MaybeText } from './values';

interface Props {
  aadhaar: MaybeText;
  pan: MaybeText;
  /** Writes the audit entry; the number is shown only once this has succeeded. */
  onReveal(kind: IdentityKind): Promise<void>;
}

/**
 * Aadhaar and PAN, masked. Only the masked form is rendered until the user asks, so the full
 * number is not in the page (nor in a screenshot, nor read out by a screen reader) by accident.
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

  function row(kind: IdentityKind, value: MaybeText, label: string, showLabel: string) {
    if (!hasText(value)) return <Field label={label} />;
    const visible = shown.has(kind);
    return (
      <Field label={label}>
        <span className="identity">
          <span className="identity-number">
            {visible ? (kind === 'aadhaar' ? formatAadhaar(value) : formatPan(value)) : kind === 'aadhaar' ? maskAadhaar(value) : maskPan(value)}
          </span>
          {visible ? (
            <button type="button" onClick={() => hide(kind)}>
              {t('loan.identity.hide')}
            </button>
          ) : (
            <button type="button" onClick={() => void reveal(kind)} disabled={busy !== null}>
              {showLabel}
            </button>
          )}
        </span>
      </Field>
    );
  }

  return (
    <Section id="identity" title={t('loan.identity.title')}>
      <Fields>
        {row('aadhaar', aadhaar, t('loan.identity.aadhaar'), t('loan.identity.showAadhaar'))}
        {row('pan', pan, t('loan.identity.pan'), t('loan.identity.showPan'))}
      </Fields>
      <p className="hint">{t('loan.identity.auditNote')}</p>
      {failed && (
        <p role="alert" className="error">
          {t('loan.identity.auditFailed')}
        </p>
      )}
    </Section>
  );
}
