import { useRef } from 'react';
import { t } from '../../i18n';
import type { SectionProps } from './PaymentFields';
import { FieldError, fieldId, TextField } from './VisitFields';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What the agent learned (a new number, a new address), remarks, and a photo as proof. */
export function ContactFields({ values, errors, set }: SectionProps) {
  const photoInput = useRef<HTMLInputElement>(null);
  const photo = values.photo;
  return (
    <section className="visit-section" aria-labelledby="visit-contact-title">
      <h2 id="visit-contact-title">{t('visit.contact.title')}</h2>
      <TextField
        field="phone"
        label={t('visit.contact.phone')}
        type="tel"
        inputMode="tel"
        value={values.phone}
        error={errors.phone}
        onChange={(v) => set('phone', v)}
      />
      <TextField
        field="address"
        label={t('visit.contact.address')}
        multiline
        value={values.address}
        error={errors.address}
        onChange={(v) => set('address', v)}
      />
      <TextField
        field="remarks"
        label={t('visit.remarks')}
        multiline
        value={values.remarks}
        hint={t('visit.remarks.count', { count: values.remarks.trim().length })}
        error={errors.remarks}
        onChange={(v) => set('remarks', v)}
      />
      <div className={`visit-field${errors.photo ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('photo')}>{t('visit.photo')}</label>
        <input
          ref={photoInput}
          id={fieldId('photo')}
          name="photo"
          type="file"
          accept="image/*"
          aria-invalid={errors.photo ? true : undefined}
          aria-describedby={errors.photo ? 'visit-photo-error' : undefined}
          onChange={(e) => set('photo', e.target.files?.[0] ?? null)}
        />
        {photo && (
          <p className="visit-photo-chosen">
            <span>
              {t('visit.photo.chosen', {
                name: photo instanceof File ? photo.name : '',
                size: megabytes(photo.size),
              })}
            </span>
            <button
              type="button"
              onClick={() => {
                set('photo', null);
                if (photoInput.current) photoInput.current.value = '';
              }}
            >
              {t('visit.photo.remove')}
            </button>
          </p>
        )}
        <FieldError field="photo" error={errors.photo} />
      </div>
    </section>
  );
}
