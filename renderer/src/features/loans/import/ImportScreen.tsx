import { db as appDb, type FieldDeskDb } from '../../../db/schema';
import { t } from '../../../i18n';
import { AddLoanForm } from './AddLoanForm';
import { FileStep } from './FileStep';
import { ImportReport } from './ImportReport';
import { MappingStep } from './MappingStep';
import { useAllocationImport } from './useAllocationImport';
import './import.css';

interface Props {
  /** Called with the loan ids to download (new loans first) after each saved import or added loan. */
  onImported?(loanIds: string[]): void;
  /** The database to write to; the app's own unless a test passes another. */
  database?: () => FieldDeskDb;
}

/** Allocation import: a file (CSV or Excel) in three steps, or one loan by its id. */
export function ImportScreen({ onImported, database = appDb }: Props) {
  const { state, chooseFile, setColumn, runImport, reset } = useAllocationImport(database, onImported);
  const { phase, error } = state;

  return (
    <main className="screen import-screen">
      <h1>{t('import.title')}</h1>
      <p className="hint">{t('import.intro')}</p>
      <FileStep
        readingName={phase.step === 'reading' ? phase.name : undefined}
        chosenName={phase.step === 'mapping' ? phase.table.name : undefined}
        error={phase.step === 'choose' || phase.step === 'reading' ? error : undefined}
        onFile={(file) => void chooseFile(file)}
      />
      {phase.step === 'mapping' && (
        <MappingStep
          table={phase.table}
          mapping={phase.mapping}
          saving={phase.saving}
          error={error}
          onColumn={setColumn}
          onImport={() => void runImport()}
          onCancel={reset}
        />
      )}
      {phase.step === 'done' && <ImportReport loanIds={phase.loanIds} bad={phase.bad} onAgain={reset} />}
      <AddLoanForm database={database} onImported={onImported} />
    </main>
  );
}

