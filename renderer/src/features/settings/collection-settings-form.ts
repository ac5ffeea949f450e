import {
  CollectionSettings,
  defaultDispositions,
  type Disposition,
  type DispositionNeeds,
} from '../../../../shared/settings';
import type { MessageKey } from '../../i18n';

/**
 * The Collections form as the user edits it, and the pure steps between it and the saved
 * settings: defaults, validation (plain-words message keys), codes for new outcomes, the patch.
 * No React and no DOM here, so Node tests cover every rule.
 */

/** One outcome row. `code` is kept from the saved list (renaming never changes old reports); new rows get theirs on save. */
export interface OutcomeRow {
  /** React identity only; never saved. */
  key: string;
  code?: string;
  label: string;
  needs: DispositionNeeds;
}

export interface CollectionForm {
  agentEmail: string;
  agentName: string;
  lenderName: string;
  bifurcation: boolean;
  outcomes: OutcomeRow[];
  receiptEventName: string;
  receiptBotId: string;
  receiptSendTo: string;
}

export const MAX_OUTCOMES = 50;
const MAX_CODE = 40;
const MAX_LABEL = 80;

let nextKey = 0;
const newKey = () => `outcome-${++nextKey}`;

const rowsFrom = (list: readonly Disposition[]): OutcomeRow[] =>
  list.map((d) => ({ key: newKey(), code: d.code, label: d.label, needs: d.needs }));

/** The usual outcomes, as fresh rows (for a new laptop and for "Restore the usual outcomes"). */
export const defaultOutcomeRows = (): OutcomeRow[] => rowsFrom(defaultDispositions);

export const newOutcomeRow = (): OutcomeRow => ({ key: newKey(), label: '', needs: 'none' });

/** What the form shows for the saved settings; whatever was never saved takes its default. */
export function formFromSettings(saved: CollectionSettings | undefined): CollectionForm {
  return {
    agentEmail: saved?.agentEmail ?? '',
    agentName: saved?.agentName ?? '',
    lenderName: saved?.lenderName ?? '',
    bifurcation: saved?.bifurcation ?? false,
    outcomes: saved?.dispositions?.length ? rowsFrom(saved.dispositions) : defaultOutcomeRows(),
    receiptEventName: saved?.receiptMessage?.eventName ?? '',
    receiptBotId: saved?.receiptMessage?.inboundBotId ?? '',
    receiptSendTo: saved?.receiptMessage?.sendTo ?? '',
  };
}

/**
 * A code for a new outcome, from its label: capitals, digits and _, never one already taken
 * ("Paid partly" → PAID_PARTLY, then PAID_PARTLY_2 ...). A label with no Latin letters or
 * digits (e.g. Hindi) becomes OUTCOME, OUTCOME_2 ...
 */
export function codeFromLabel(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, MAX_CODE)
      .replace(/_+$/, '') || 'OUTCOME';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX_CODE - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Where the form is wrong, as message keys; an empty object (but `rows: {}`) means it can be saved. */
export interface CollectionFormProblems {
  agentEmail?: MessageKey;
  /** About the list as a whole: none left, none asks for money, too many. */
  outcomes?: MessageKey;
  /** Per row key: label missing, too long, or the same as another row's. */
  rows: Record<string, MessageKey>;
  receiptBotId?: MessageKey;
  receiptSendTo?: MessageKey;
  /** Anything the shared schema refuses that the rules above did not name. */
  other?: MessageKey;
}

export function hasProblems(problems: CollectionFormProblems): boolean {
  return Object.entries(problems).some(([name, value]) =>
    name === 'rows' ? Object.keys(value as object).length > 0 : value !== undefined,
  );
}

const sameLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function validateCollectionForm(form: CollectionForm): CollectionFormProblems {
  const problems: CollectionFormProblems = { rows: {} };

  const email = form.agentEmail.trim();
  if (email && !CollectionSettings.shape.agentEmail.safeParse(email).success) {
    problems.agentEmail = 'settings.collections.emailInvalid';
  }

  if (form.outcomes.length === 0) problems.outcomes = 'settings.collections.outcomesEmpty';
  else if (form.outcomes.length > MAX_OUTCOMES) problems.outcomes = 'settings.collections.outcomesTooMany';
  else if (!form.outcomes.some((row) => row.needs === 'payment')) problems.outcomes = 'settings.collections.outcomesNoPayment';

  const seen = new Set<string>();
  for (const row of form.outcomes) {
    const label = sameLabel(row.label);
    if (!label) problems.rows[row.key] = 'settings.collections.outcomeLabelMissing';
    else if (row.label.trim().length > MAX_LABEL) problems.rows[row.key] = 'settings.collections.outcomeLabelTooLong';
    else if (seen.has(label)) problems.rows[row.key] = 'settings.collections.outcomeLabelDuplicate';
    seen.add(label);
  }

  if (form.receiptEventName.trim()) {
    if (!form.receiptBotId.trim()) problems.receiptBotId = 'settings.collections.receiptBotIdMissing';
    if (!form.receiptSendTo.trim()) problems.receiptSendTo = 'settings.collections.receiptSendToMissing';
  }

  // The main process checks with the same schema; say it here in plain words rather than fail there.
  if (!hasProblems(problems) && !CollectionSettings.safeParse(buildCollectionsPatch(form)).success) {
    problems.other = 'settings.collections.somethingWrong';
  }
  return problems;
}

const text = (value: string) => value.trim() || undefined;

/**
 * The whole `collections` object, because the main process merges it shallowly: every key is
 * present, and an emptied field is sent as undefined so it is cleared, not kept.
 */
export function buildCollectionsPatch(form: CollectionForm): CollectionSettings {
  const taken = new Set(form.outcomes.flatMap((row) => (row.code ? [row.code] : [])));
  const dispositions = form.outcomes.map((row): Disposition => {
    const code = row.code ?? codeFromLabel(row.label, taken);
    taken.add(code);
    return { code, label: row.label.trim().replace(/\s+/g, ' '), needs: row.needs };
  });
  return {
    agentEmail: text(form.agentEmail),
    agentName: text(form.agentName),
    lenderName: text(form.lenderName),
    bifurcation: form.bifurcation,
    dispositions,
    receiptMessage: {
      eventName: text(form.receiptEventName),
      inboundBotId: text(form.receiptBotId),
      sendTo: text(form.receiptSendTo),
    },
  };
}

/** True when the form differs from what is saved (row keys aside), so Cancel has something to undo. */
export function formChanged(form: CollectionForm, saved: CollectionForm): boolean {
  const plain = (f: CollectionForm) =>
    JSON.stringify({ ...f, outcomes: f.outcomes.map(({ code, label, needs }) => [code ?? null, label, needs]) });
  return plain(form) !== plain(saved);
}
