import type { ReactNode } from 'react';
import { t } from '../../../i18n';

/** Label/value pairs: a description list, so each value is read with its label. */
export function Fields({ children }: { children: ReactNode }) {
  return <dl className="loan-fields">{children}</dl>;
}

function isEmpty(value: ReactNode): boolean {
  if (value === null || value === undefined || value === false || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}

/** One pair; an empty value says "Not recorded" so the reader knows it was looked for. */
export function Field({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="loan-field">
      <dt>{label}</dt>
      <dd>{isEmpty(children) ? <span className="hint">{t('loan.notRecorded')}</span> : children}</dd>
    </div>
  );
}
