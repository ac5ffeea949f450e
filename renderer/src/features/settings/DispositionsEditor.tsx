import { useEffect, useRef, useState } from 'react';
import { DispositionNeeds } from '../../../../shared/settings';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { MAX_OUTCOMES, defaultOutcomeRows, newOutcomeRow, type OutcomeRow } from './collection-settings-form';
import { TableScroll } from '../../ui/TableScroll';

const needsLabels: Record<DispositionNeeds, MessageKey> = {
  payment: 'settings.collections.needs.payment',
  promise: 'settings.collections.needs.promise',
  none: 'settings.collections.needs.none',
};

/**
 * The visit outcome list: one row per outcome (name, what it asks for, Remove), Add and Restore.
 * Focus follows the keyboard user: a new row's name field after Add, the next row after Remove.
 */
export function DispositionsEditor({
  rows,
  onChange,
  listProblem,
  rowProblems,
}: {
  rows: OutcomeRow[];
  onChange(rows: OutcomeRow[]): void;
  listProblem?: MessageKey;
  rowProblems: Record<string, MessageKey>;
}) {
  const nameInputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | 'add' | undefined>();
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (!focusKey) return;
    (focusKey === 'add' ? addButton.current : nameInputs.current.get(focusKey))?.focus();
    setFocusKey(undefined);
  }, [focusKey]);

  const change = (next: OutcomeRow[]) => {
    setRestored(false);
    onChange(next);
  };
  const edit = (key: string, patch: Partial<OutcomeRow>) =>
    change(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  function add() {
    const row = newOutcomeRow();
    change([...rows, row]);
    setFocusKey(row.key);
  }
  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    change(next);
    setFocusKey(next[Math.min(index, next.length - 1)]?.key ?? 'add');
  }
  function restore() {
    const next = defaultOutcomeRows();
    onChange(next);
    setRestored(true);
  }

  return (
    <section className="outcomes" aria-labelledby="outcomes-title" aria-describedby="outcomes-hint">
      <h3 id="outcomes-title">{t('settings.collections.outcomesTitle')}</h3>
      <p id="outcomes-hint" className="hint">
        {t('settings.collections.outcomesHint')}
      </p>
      {rows.length > 0 && (
        <TableScroll>
          <table className="loan-table outcomes-table" aria-labelledby="outcomes-title">
            <thead>
              <tr>
                <th scope="col">{t('settings.collections.outcomeNumber')}</th>
                <th scope="col">{t('settings.collections.outcomeColumn')}</th>
                <th scope="col">{t('settings.collections.needsColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.collections.actionsColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const n = index + 1;
                const problem = rowProblems[row.key];
                const problemId = `outcome-problem-${row.key}`;
                return (
                  <tr key={row.key}>
                    <th scope="row">{n}</th>
                    <td>
                      <input
                        ref={(el) => {
                          if (el) nameInputs.current.set(row.key, el);
                          else nameInputs.current.delete(row.key);
                        }}
                        type="text"
                        aria-label={t('settings.collections.outcomeLabel', { n })}
                        value={row.label}
                        maxLength={80}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? problemId : undefined}
                        onChange={(e) => edit(row.key, { label: e.target.value })}
                      />
                      {problem && (
                        <p id={problemId} className="error">
                          {t(problem)}
                        </p>
                      )}
                    </td>
                    <td>
                      <select
                        aria-label={t('settings.collections.outcomeNeeds', { n })}
                        value={row.needs}
                        onChange={(e) => edit(row.key, { needs: e.target.value as DispositionNeeds })}
                      >
                        {DispositionNeeds.options.map((needs) => (
                          <option key={needs} value={needs}>
                            {t(needsLabels[needs])}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={
                          row.label.trim()
                            ? t('settings.collections.removeNamed', { n, label: row.label.trim() })
                            : t('settings.collections.removeUnnamed', { n })
                        }
                        onClick={() => remove(index)}
                      >
                        {t('settings.collections.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {listProblem && (
        <p role="alert" className="error">
          {t(listProblem)}
        </p>
      )}
      <div className="actions">
        <button type="button" ref={addButton} onClick={add} disabled={rows.length >= MAX_OUTCOMES}>
          {t('settings.collections.add')}
        </button>
        <button type="button" onClick={restore}>
          {t('settings.collections.restore')}
        </button>
        <span role="status">{restored ? t('settings.collections.restored') : ''}</span>
      </div>
    </section>
  );
}
