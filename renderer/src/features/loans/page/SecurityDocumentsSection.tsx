import type { LoanDetails } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { formatVendorDate } from '../../../ui/format';
import { Field, Fields } from './Fields';
import { ListBody, Section } from './Section';
import { hasText, money, textOf } from './values';

type SecurityDocument = NonNullable<LoanDetails['document_details']>[number];

/** Cheques, NACH mandates and the like held as security, with any bounce. */
export function SecurityDocumentsSection({ documents }: { documents: readonly SecurityDocument[] | undefined }) {
  return (
    <Section id="documents" title={t('loan.documents.title')}>
      <ListBody items={documents}>
        {(items) => (
          <ul className="loan-cards">
            {items.map((d, i) => (
              <li key={i}>
                <SecurityDocumentCard doc={d} />
              </li>
            ))}
          </ul>
        )}
      </ListBody>
    </Section>
  );
}

function SecurityDocumentCard({ doc }: { doc: SecurityDocument }) {
  // Bounce details only when something bounced; ten "Not recorded" lines would bury the rest.
  const bounced =
    hasText(doc.document_dishonour_date) ||
    hasText(doc.reason_of_document_bounce) ||
    hasText(doc.document_bounce_bank_name) ||
    typeof doc.document_bounce_charges === 'number' ||
    hasText(doc.document_bounce_memo_date);
  return (
    <>
      <h3>{textOf(doc.security_mode) || t('loan.documents.untitled')}</h3>
      <Fields>
        <Field label={t('loan.documents.number')}>{textOf(doc.document_number)}</Field>
        <Field label={t('loan.documents.bank')}>{textOf(doc.document_bank_name)}</Field>
        {hasText(doc.document_bank_ifsc_code) && <Field label={t('loan.documents.ifsc')}>{doc.document_bank_ifsc_code.trim()}</Field>}
        <Field label={t('loan.documents.amount')}>{money(doc.document_amount)}</Field>
        <Field label={t('loan.documents.date')}>{formatVendorDate(doc.document_date)}</Field>
        {hasText(doc.document_umrn) && <Field label={t('loan.documents.umrn')}>{doc.document_umrn.trim()}</Field>}
      </Fields>
      {bounced && (
        <>
          <h4>{t('loan.documents.bounce')}</h4>
          <Fields>
            <Field label={t('loan.documents.dishonourDate')}>{formatVendorDate(doc.document_dishonour_date)}</Field>
            <Field label={t('loan.documents.bounceReason')}>{textOf(doc.reason_of_document_bounce)}</Field>
            <Field label={t('loan.documents.bounceBank')}>{textOf(doc.document_bounce_bank_name)}</Field>
            <Field label={t('loan.documents.bounceCharges')}>{money(doc.document_bounce_charges)}</Field>
            <Field label={t('loan.documents.memoDate')}>{formatVendorDate(doc.document_bounce_memo_date)}</Field>
            <Field label={t('loan.documents.memoReference')}>{textOf(doc.document_bounce_memo_reference_number)}</Field>
            <Field label={t('loan.documents.memoReturnDate')}>{formatVendorDate(doc.document_bounce_memo_return_date)}</Field>
          </Fields>
        </>
      )}
    </>
  );
}
