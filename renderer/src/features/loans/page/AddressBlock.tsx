import { t } from '../../../i18n';
import { Field, Fields } from './Fields';
import { textOf, type MaybeText } from './values';

export interface AddressView {
  type: MaybeText;
  text: MaybeText;
  landmark?: MaybeText;
  city: MaybeText;
  state: MaybeText;
  pincode: MaybeText;
}

/** One address, the same way for the borrower and a co-applicant. */
export function AddressBlock({ address }: { address: AddressView }) {
  return (
    <Fields>
      <Field label={t('loan.address.type')}>{textOf(address.type)}</Field>
      <Field label={t('loan.address.text')}>{textOf(address.text)}</Field>
      {address.landmark !== undefined && <Field label={t('loan.address.landmark')}>{textOf(address.landmark)}</Field>}
      <Field label={t('loan.address.city')}>{textOf(address.city)}</Field>
      <Field label={t('loan.address.state')}>{textOf(address.state)}</Field>
      <Field label={t('loan.address.pincode')}>{textOf(address.pincode)}</Field>
    </Fields>
  );
}
