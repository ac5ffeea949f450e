import type { NoticeTrackingEntry } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { formatVendorDateTime } from '../../../ui/format';
import { CopyableText } from './CopyableText';
import { Field, Fields } from './Fields';
import { ListBody, Section } from './Section';
import { hasText, newestFirst, textOf } from './values';

type NoticeData = NonNullable<NoticeTrackingEntry['data']>;
type SpeedPostEvent = NonNullable<NoticeData['events']>[number];

/** Legal notices and their India Post tracking, newest first. */
export function NoticeTrackingSection({ notices }: { notices: readonly NoticeTrackingEntry[] | undefined }) {
  return (
    <Section id="notices" title={t('loan.notices.title')}>
      <ListBody items={notices}>
        {(items) => (
          <ul className="loan-cards">
            {newestFirst(items, (n) => n.created).map((n, i) => (
              <li key={`${n.notice_id ?? ''}-${i}`}>
                <Notice notice={n} />
              </li>
            ))}
          </ul>
        )}
      </ListBody>
    </Section>
  );
}

function Notice({ notice }: { notice: NoticeTrackingEntry }) {
  const data = notice.data ?? undefined;
  const isSpeedPost = Boolean(data && (hasText(data.speedpost_id) || (data.events?.length ?? 0) > 0));
  return (
    <>
      <h3>{textOf(notice.document_type) || t('loan.notices.untitled')}</h3>
      <Fields>
        <Field label={t('loan.notices.caseType')}>{textOf(notice.case_type)}</Field>
        <Field label={t('loan.notices.created')}>{formatVendorDateTime(notice.created)}</Field>
        {hasText(notice.s3_link) && (
          <Field label={t('loan.notices.link')}>
            <CopyableText text={notice.s3_link.trim()} />
          </Field>
        )}
      </Fields>
      {data && isSpeedPost && <SpeedPost data={data} />}
    </>
  );
}

const whenOf = (e: SpeedPostEvent): string => `${textOf(e.date)} ${textOf(e.time)}`.trim();

function SpeedPost({ data }: { data: NoticeData }) {
  // India Post lists the latest event first; sort anyway, the feed's order is not promised.
  const events = newestFirst(data.events ?? [], whenOf);
  return (
    <div className="speed-post">
      <h4>{t('loan.notices.speedPost')}</h4>
      <Fields>
        <Field label={t('loan.notices.speedPostId')}>
          {hasText(data.speedpost_id) && <CopyableText text={data.speedpost_id.trim()} />}
        </Field>
        <Field label={t('loan.notices.deliveryStatus')}>{textOf(data.speedpost_delivery_status)}</Field>
        {hasText(data.speedpost_undelivered_reason) && (
          <Field label={t('loan.notices.undeliveredReason')}>{data.speedpost_undelivered_reason.trim()}</Field>
        )}
        <Field label={t('loan.notices.articleType')}>{textOf(data.article_type)}</Field>
        <Field label={t('loan.notices.bookedAt')}>{textOf(data.booked_at)}</Field>
        <Field label={t('loan.notices.bookedOn')}>{formatVendorDateTime(data.speedpost_booked_on)}</Field>
        <Field label={t('loan.notices.deliveryLocation')}>{textOf(data.delivery_location)}</Field>
        <Field label={t('loan.notices.destinationPincode')}>{textOf(data.speedpost_destination_pincode)}</Field>
        <Field label={t('loan.notices.confirmedOn')}>{formatVendorDateTime(data.speedpost_delivery_confirmed_on)}</Field>
        {hasText(data.speedpost_s3_link) && (
          <Field label={t('loan.notices.receipt')}>
            <CopyableText text={data.speedpost_s3_link.trim()} />
          </Field>
        )}
      </Fields>
      <h5>{t('loan.notices.events')}</h5>
      {events.length === 0 ? (
        <p className="hint">{t('loan.nothingRecorded')}</p>
      ) : (
        <ol className="speed-post-events">
          {events.map((e, i) => (
            <li key={i}>
              <span className="event-when">{formatVendorDateTime(whenOf(e))}</span>
              {hasText(e.office) && <span className="event-office">{e.office.trim()}</span>}
              <span className="event-what">{textOf(e.description)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
