import { t } from '../../../i18n';
import { formatVendorDateTime } from '../../../ui/format';
import { readCommunication, snippet, type CommunicationView } from './communication';
import { Field, Fields } from './Fields';
import type { CommunicationEntry } from './snapshot';
import { ListBody, Section } from './Section';
import { newestFirst } from './values';

export function CommunicationsSection({ communications }: { communications: readonly CommunicationEntry[] | undefined }) {
  return (
    <Section id="communications" title={t('loan.comm.title')}>
      <ListBody items={communications}>
        {(items) => (
          <ol className="loan-timeline">
            {newestFirst(items.map(readCommunication), (c) => c.time).map((c, i) => (
              <li key={i}>
                <CommunicationItem comm={c} />
              </li>
            ))}
          </ol>
        )}
      </ListBody>
    </Section>
  );
}

function CommunicationItem({ comm }: { comm: CommunicationView }) {
  const { short, truncated } = snippet(comm.text);
  return (
    <>
      <h3 className="timeline-title">
        {comm.typeKey ? t(comm.typeKey) : comm.type || t('loan.comm.type.unknown')}
        {comm.time && <span className="timeline-meta"> · {formatVendorDateTime(comm.time)}</span>}
      </h3>
      <Fields>
        {comm.to && <Field label={t('loan.comm.to')}>{comm.to}</Field>}
        {comm.from && <Field label={t('loan.comm.from')}>{comm.from}</Field>}
        {comm.duration && <Field label={t('loan.comm.duration')}>{comm.duration}</Field>}
        {comm.subject && <Field label={t('loan.comm.subject')}>{comm.subject}</Field>}
        {comm.template && <Field label={t('loan.comm.template')}>{comm.template}</Field>}
        <Field label={t('loan.comm.text')}>{short}</Field>
      </Fields>
      {truncated && (
        <details className="full-text">
          <summary>{t('loan.comm.fullText')}</summary>
          <p>{comm.text}</p>
        </details>
      )}
    </>
  );
}
