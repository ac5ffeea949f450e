import { useId, useState, type DragEvent } from 'react';
import { t } from '../../../i18n';

interface Props {
  readingName?: string;
  /** The file now being imported (its name), if one was chosen. */
  chosenName?: string | undefined;
  error?: string;
  onFile(file: File): void;
}

/** Step 1: a labelled file input inside a drop area (the input alone is the keyboard path). */
export function FileStep({ readingName, chosenName, error, onFile }: Props) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <section className={chosenName ? 'card file-step chosen' : 'card file-step'} aria-labelledby={`${inputId}-title`}>
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
          aria-describedby={`${inputId}-chosen`}
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        {/* The input is cleared after each pick (to allow picking the same file again), so the
            browser's own "No file chosen" would be wrong; the chosen name is said here instead. */}
        <p id={`${inputId}-chosen`} className={chosenName ? 'file-chosen' : 'hint'}>
          {chosenName ? t('import.file.chosen', { name: chosenName }) : t('import.file.none')}
        </p>
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
