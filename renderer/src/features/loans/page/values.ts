import { formatRupees, vendorDateKey } from '../../../ui/format';

/** Leaves of the vendors' payloads: a lenient schema turns anything odd into null. */
export type MaybeText = string | null | undefined;
export type MaybeNumber = number | null | undefined;

/** What an empty table cell shows; a word in every cell of a wide table would drown the figures. */
export const BLANK = '—';

export const hasText = (value: MaybeText): value is string => typeof value === 'string' && value.trim() !== '';

export const textOf = (value: MaybeText): string => (hasText(value) ? value.trim() : '');

export const money = (value: MaybeNumber): string => (typeof value === 'number' ? formatRupees(value) : '');

export const numberText = (value: MaybeNumber): string => (typeof value === 'number' ? String(value) : '');

/** The vendors put several phones or emails in one field, comma separated. */
export function splitList(value: MaybeText): string[] {
  return textOf(value)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Newest first by a vendor date; entries without a readable date keep their order, at the end. */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => MaybeText): T[] {
  return items
    .map((item, index) => ({ item, index, key: vendorDateKey(dateOf(item)) }))
    .sort((a, b) => {
      const aKnown = !Number.isNaN(a.key);
      const bKnown = !Number.isNaN(b.key);
      if (aKnown && bKnown && a.key !== b.key) return b.key - a.key;
      if (aKnown !== bKnown) return aKnown ? -1 : 1;
      return a.index - b.index;
    })
    .map((entry) => entry.item);
}
