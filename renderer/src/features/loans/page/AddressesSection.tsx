import type { ApplicantAddress } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { AddressBlock } from './AddressBlock';
import { ListBody, Section } from './Section';

export function AddressesSection({ addresses }: { addresses: readonly ApplicantAddress[] | undefined }) {
  return (
    <Section id="addresses" title={t('loan.addresses.title')}>
      <ListBody items={addresses}>
        {(items) => (
          <ul className="loan-cards">
            {items.map((a, i) => (
              <li key={i}>
                <AddressBlock
                  address={{
                    type: a.applicant_address_type,
                    text: a.applicant_address_text,
                    landmark: a.applicant_landmark ?? null,
                    city: a.applicant_city,
                    state: a.applicant_state,
                    pincode: a.applicant_pincode,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </ListBody>
    </Section>
  );
}
