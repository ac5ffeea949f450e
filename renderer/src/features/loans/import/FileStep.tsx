import { useId, useState, type DragEvent } from 'react';
import { t } from '../../../i18n';

interface Props {
  readingName?: string;
  error?: string;
  onFile(file: File): void;
}

/** Step 1: a labelled file input inside a drop area (the input alone is the keyboard path). */
export function FileStep({ readingName, error, onFile }: Props) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('import.step.file')}</h2>
      <div
        className={dragging ? 'dropzone dragging' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={inputId}>{t('import.file.label')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <p className="hint">{t('import.file.drop')}</p>
      </div>
      <p role="status" aria-live="polite" className="progress">
        {readingName ? t('import.file.reading', { name: readingName }) : ''}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
