import type { Reference } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { CopyableText } from './CopyableText';
import { ListBody, Section } from './Section';
import { BLANK, splitList, textOf } from './values';
import { TableScroll } from '../../../ui/TableScroll';

export function ReferencesSection({ references }: { references: readonly Reference[] | undefined }) {
  return (
    <Section id="references" title={t('loan.references.title')}>
      <ListBody items={references}>
        {(items) => (
          <TableScroll>
            <table className="loan-table">
              <thead>
                <tr>
                  <th scope="col">{t('loan.references.name')}</th>
                  <th scope="col">{t('loan.references.relation')}</th>
                  <th scope="col">{t('loan.references.phone')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r, i) => {
                  const phones = splitList(r.contact_number);
                  return (
                    <tr key={i}>
                      <th scope="row">{textOf(r.name) || BLANK}</th>
                      <td>{textOf(r.relation_with_applicant) || BLANK}</td>
                      <td>
                        {phones.length === 0
                          ? BLANK
                          : phones.map((phone, j) => <CopyableText key={`${phone}-${j}`} text={phone} />)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </ListBody>
    </Section>
  );
}
