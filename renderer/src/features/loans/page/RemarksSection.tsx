import { t } from '../../../i18n';
import { formatVendorDateTime } from '../../../ui/format';
import type { RemarkEntry } from './snapshot';
import { ListBody, Section } from './Section';
import { newestFirst, textOf } from './values';

export function RemarksSection({ remarks }: { remarks: readonly RemarkEntry[] | undefined }) {
  return (
    <Section id="remarks" title={t('loan.remarks.title')}>
      <ListBody items={remarks}>
        {(items) => (
          <ol className="loan-timeline">
            {newestFirst(items, (r) => r.created).map((r, i) => (
              <li key={`${r.remark_id ?? r.remarks_id ?? ''}-${i}`}>
                <p className="timeline-meta">
                  {formatVendorDateTime(r.created) || t('loan.noDate')}
                  {textOf(r.author) && ` · ${textOf(r.author)}`}
                </p>
                <p className="timeline-text">{textOf(r.remarks) || t('loan.notRecorded')}</p>
              </li>
            ))}
          </ol>
        )}
      </ListBody>
    </Section>
  );
}
