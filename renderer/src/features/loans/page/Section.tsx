import type { ReactNode } from 'react';
import { t } from '../../../i18n';

/**
 * One titled part of the loan page. A <section> named by its h2 is a landmark ("region"), so
 * screen readers and tests find it by its title.
 */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `loan-section-${id}`;
  return (
    <section className="card loan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A list part of the snapshot. Missing (not part of the download) and empty (looked at, nothing
 * there) say different things, and both say something: a section never silently disappears.
 */
export function ListBody<T>({ items, children }: { items: readonly T[] | undefined; children(items: readonly T[]): ReactNode }) {
  if (items === undefined) return <p className="hint">{t('loan.notIncluded')}</p>;
  if (items.length === 0) return <p className="hint">{t('loan.nothingRecorded')}</p>;
  return <>{children(items)}</>;
}
