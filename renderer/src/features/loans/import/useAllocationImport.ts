import { useCallback, useRef, useState } from 'react';
import type { FieldDeskDb } from '../../../db/schema';
import { t } from '../../../i18n';
import { announceAllocationSaved } from './announce';
import { requiredFields, suggestMapping, type ColumnMapping, type TargetField } from './columns';
import { readAllocationFile, type AllocationTable } from './readAllocationFile';
import { saveAllocation } from './save';
import { validateRows, type BadRow } from './validate';

export type ImportPhase =
  | { step: 'choose' }
  | { step: 'reading'; name: string }
  | { step: 'mapping'; table: AllocationTable; mapping: ColumnMapping; saving: boolean }
  | { step: 'done'; name: string; loanIds: string[]; bad: BadRow[] };

export interface ImportState {
  phase: ImportPhase;
  /** What went wrong, in plain words, with the reassurance that nothing was changed. */
  error?: string;
}

/** Lets React paint the progress text before a long synchronous parse or check starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function mappingIsComplete(mapping: ColumnMapping): boolean {
  return requiredFields.every((field) => mapping[field] !== undefined);
}

/**
 * The import's three steps as one small state machine. Nothing is written to the database
 * until the user presses Import; a bad file only changes what the screen shows.
 */
export function useAllocationImport(database: () => FieldDeskDb, onImported?: (loanIds: string[]) => void) {
  const [state, setState] = useState<ImportState>({ phase: { step: 'choose' } });
  // A later choice wins: an earlier, slower read must not replace it when it finishes.
  const attempt = useRef(0);

  const chooseFile = useCallback(async (file: File) => {
    const mine = ++attempt.current;
    setState({ phase: { step: 'reading', name: file.name } });
    await nextFrame();
    const result = await readAllocationFile(file.name, file);
    if (mine !== attempt.current) return;
    if (!result.ok) {
      setState({ phase: { step: 'choose' }, error: `${result.reason} ${t('import.unchanged')}` });
      return;
    }
    const mapping = suggestMapping(result.table.headers);
    setState({ phase: { step: 'mapping', table: result.table, mapping, saving: false } });
  }, []);

  const setColumn = useCallback((field: TargetField, column: number | undefined) => {
    setState((s) => {
      if (s.phase.step !== 'mapping') return s;
      const mapping = { ...s.phase.mapping };
      if (column === undefined) delete mapping[field];
      else mapping[field] = column;
      return { phase: { ...s.phase, mapping } };
    });
  }, []);

  const runImport = useCallback(async () => {
    const phase = state.phase;
    if (phase.step !== 'mapping' || phase.saving || !mappingIsComplete(phase.mapping)) return;
    const mine = ++attempt.current;
    setState({ phase: { ...phase, saving: true } });
    await nextFrame();
    const { table, mapping } = phase;
    try {
      const { good, bad } = validateRows(table.rows, mapping, { headerIndex: table.headerIndex });
      const loanIds = good.length > 0 ? await saveAllocation(database(), good, table.name, Date.now(), { badRows: bad.length }) : [];
      if (mine === attempt.current) setState({ phase: { step: 'done', name: table.name, loanIds, bad } });
      if (loanIds.length > 0) {
        onImported?.(loanIds);
        announceAllocationSaved(loanIds);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (mine === attempt.current) {
        setState({
          phase: { ...phase, saving: false },
          error: `${t('import.saveFailed', { message })} ${t('import.unchanged')}`,
        });
      }
    }
  }, [state.phase, database, onImported]);

  const reset = useCallback(() => {
    attempt.current++;
    setState({ phase: { step: 'choose' } });
  }, []);

  return { state, chooseFile, setColumn, runImport, reset };
}
