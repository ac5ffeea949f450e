import type { CoApplicant } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { formatVendorDate } from '../../../ui/format';
import { AddressBlock } from './AddressBlock';
import { CopyableText } from './CopyableText';
import { Field, Fields } from './Fields';
import { ListBody, Section } from './Section';
import { splitList, textOf } from './values';

export function CoApplicantsSection({ coApplicants }: { coApplicants: readonly CoApplicant[] | undefined }) {
  return (
    <Section id="co-applicants" title={t('loan.coApplicants.title')}>
      <ListBody items={coApplicants}>
        {(items) => (
          <ul className="loan-cards">
            {items.map((c, i) => (
              <li key={i}>
                <CoApplicantCard person={c} />
              </li>
            ))}
          </ul>
        )}
      </ListBody>
    </Section>
  );
}

function CoApplicantCard({ person }: { person: CoApplicant }) {
  const phones = splitList(person.co_applicant_contact_number);
  const addresses = person.co_applicant_address ?? [];
  return (
    <>
      <h3>{textOf(person.co_applicant_name) || t('loan.coApplicants.unnamed')}</h3>
      <Fields>
        <Field label={t('loan.coApplicants.type')}>{textOf(person.co_applicant_type)}</Field>
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
        <Field label={t('loan.borrower.email')}>{textOf(person.co_applicant_email)}</Field>
        <Field label={t('loan.borrower.gender')}>{textOf(person.co_applicant_gender)}</Field>
        <Field label={t('loan.borrower.dob')}>{formatVendorDate(person.co_applicant_dob)}</Field>
      </Fields>
      <h4>{t('loan.coApplicants.addresses')}</h4>
      {addresses.length === 0 ? (
        <p className="hint">{t('loan.nothingRecorded')}</p>
      ) : (
        addresses.map((a, i) => (
          <AddressBlock
            key={i}
            address={{
              type: a.co_applicant_address_type,
              text: a.co_applicant_address_text,
              city: a.co_applicant_city,
              state: a.co_applicant_state,
              pincode: a.co_applicant_pincode,
            }}
          />
        ))
      )}
    </>
  );
}
