import type { LoanDetails } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { formatPercent, formatVendorDate } from '../../../ui/format';
import { CopyableText } from './CopyableText';
import { Field, Fields } from './Fields';
import { languageNames } from './languages';
import { Section } from './Section';
import { hasText, money, numberText, splitList, textOf } from './values';

/** The borrower and the loan as booked: what an agent checks before knocking on a door. */
export function BorrowerSection({ details }: { details: LoanDetails | undefined }) {
  if (!details) {
    return (
      <Section id="borrower" title={t('loan.borrower.title')}>
        <p className="hint">{t('loan.notIncluded')}</p>
      </Section>
    );
  }
  const phones = splitList(details.applicant_contact_number);
  const tenure = details.loan_tenure;
  return (
    <Section id="borrower" title={t('loan.borrower.title')}>
      <Fields>
        <Field label={t('loan.borrower.name')}>{textOf(details.applicant_name)}</Field>
        <Field label={t('loan.borrower.photo')}>
          {hasText(details.applicant_photo_link) && <CopyableText text={details.applicant_photo_link.trim()} />}
        </Field>
        <Field label={t('loan.borrower.phones')}>
          {phones.length > 0 && (
            <ul className="plain-list">
              {phones.map((phone, i) => (
                <li key={`${phone}-${i}`}>
                  <CopyableText text={phone} />
                </li>
              ))}
            </ul>
          )}
        </Field>
        <Field label={t('loan.borrower.email')}>{textOf(details.applicant_email)}</Field>
        <Field label={t('loan.borrower.gender')}>{textOf(details.applicant_gender)}</Field>
        <Field label={t('loan.borrower.dob')}>{formatVendorDate(details.applicant_dob)}</Field>
        <Field label={t('loan.borrower.languages')}>{languageNames(details.applicant_language).join(', ')}</Field>
        <Field label={t('loan.borrower.occupation')}>{textOf(details.applicant_occupation)}</Field>
        <Field label={t('loan.borrower.income')}>{money(details.applicant_monthly_income)}</Field>
        <Field label={t('loan.borrower.cibil')}>{numberText(details.applicant_cibil_score)}</Field>
        <Field label={t('loan.borrower.loanType')}>{textOf(details.loan_type)}</Field>
        <Field label={t('loan.borrower.product')}>{textOf(details.product_type)}</Field>
        <Field label={t('loan.borrower.sanctioned')}>{formatVendorDate(details.client_loan_sanction_date)}</Field>
        <Field label={t('loan.borrower.loanEnd')}>{formatVendorDate(details.loan_end_date)}</Field>
        <Field label={t('loan.borrower.amount')}>{money(details.total_loan_amount)}</Field>
        <Field label={t('loan.borrower.tenure')}>
          {typeof tenure === 'number' ? t('loan.borrower.months', { count: tenure }) : ''}
        </Field>
        <Field label={t('loan.borrower.emi')}>{money(details.emi_amount)}</Field>
        <Field label={t('loan.borrower.interest')}>
          {typeof details.interest_on_loan === 'number' ? formatPercent(details.interest_on_loan) : ''}
        </Field>
        <Field label={t('loan.borrower.lender')}>{textOf(details.loan_nbfc_name)}</Field>
        <Field label={t('loan.borrower.business')}>{textOf(details.business_name)}</Field>
      </Fields>
    </Section>
  );
}
