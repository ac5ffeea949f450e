import { useState, type FormEvent } from 'react';
import { DEFAULT_MAX_LONG_EDGE, DEFAULT_PDF_LIMIT_MB } from '../../../../shared/settings';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { FormActions } from './FormActions';
import { useSaveState } from './useSaveState';

const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max;
};

/** How photos are prepared (longest side) and the largest PDF taken, for KYC documents. */
export function KycSettings() {
  const kyc = useSettingsStore((s) => s.settings!.kyc);
  const update = useSettingsStore((s) => s.update);
  const [edge, setEdge] = useState(String(kyc?.maxLongEdge ?? DEFAULT_MAX_LONG_EDGE));
  const [pdfMb, setPdfMb] = useState(String(kyc?.pdfLimitMb ?? DEFAULT_PDF_LIMIT_MB));
  const save = useSaveState();
  const edgeValid = wholeIn(edge, 800, 8000);
  const pdfValid = wholeIn(pdfMb, 1, 25);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!edgeValid || !pdfValid) return;
    await save.run([() => update({ kyc: { maxLongEdge: Number(edge), pdfLimitMb: Number(pdfMb) } })]);
  }

  return (
    <section className="card" aria-labelledby="kyc-settings-title">
      <h2 id="kyc-settings-title">{t('settings.kyc.title')}</h2>
      <form className="form" onSubmit={submit}>
        <label>
          {t('settings.kyc.maxLongEdge')}
          <input
            type="number"
            min={800}
            max={8000}
            value={edge}
            aria-invalid={!edgeValid}
            aria-describedby="kyc-edge-hint"
            onChange={(e) => {
              save.clear();
              setEdge(e.target.value);
            }}
          />
        </label>
        <p id="kyc-edge-hint" className="hint">
          {t('settings.kyc.maxLongEdgeHint')}
        </p>
        {!edgeValid && (
          <p role="alert" className="error">
            {t('settings.kyc.maxLongEdgeInvalid')}
          </p>
        )}
        <label>
          {t('settings.kyc.pdfLimitMb')}
          <input
            type="number"
            min={1}
            max={25}
            value={pdfMb}
            aria-invalid={!pdfValid}
            onChange={(e) => {
              save.clear();
              setPdfMb(e.target.value);
            }}
          />
        </label>
        {!pdfValid && (
          <p role="alert" className="error">
            {t('settings.kyc.pdfLimitMbInvalid')}
          </p>
        )}
        <FormActions save={save} disabled={!edgeValid || !pdfValid} />
      </form>
    </section>
  );
}
