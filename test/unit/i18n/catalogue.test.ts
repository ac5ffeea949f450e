import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../renderer/src/i18n/en';
import { hi } from '../../../renderer/src/i18n/hi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as MessageKey[];

/** Devanagari letters: a Hindi message must contain some, unless it is only a name or a code. */
const DEVANAGARI = /[\u0900-\u097F]/;
/**
 * Messages that are the same in both languages on purpose: brand and product names, codes and
 * formats agents read in English on every form (DPD, EMI, IFSC), and templates of placeholders.
 */
const SAME_ON_PURPOSE = new Set<MessageKey>([
  'app.title',
  'loan.locale',
  'loan.dues.dpd',
  'loan.dues.dpdWithBracket',
  'loan.glaas.title',
  'loan.glaas.pos',
  'loan.glaas.dpd',
  'loan.identity.aadhaar',
  'loan.identity.pan',
  'loan.documents.ifsc',
  'loan.documents.umrn',
  'loan.comm.type.sms',
  'loan.comm.type.whatsapp',
  'visit.history.moneyValue',
  'visit.history.none',
  'visit.warn.what.utr',
  'deposits.method.upi',
  'deposit.ifsc',
  'deposit.collectionLabel',
  'deposits.heading',
  'date.placeholder',
]);

describe('the Hindi catalogue', () => {
  it('has Hindi for every English message', () => {
    const missing = keys.filter((key) => typeof hi[key] !== 'string' || hi[key]!.trim() === '');
    expect(missing, `English keys without Hindi (${missing.length})`).toEqual([]);
  });

  it('keeps every {placeholder} of the English message, and adds none', () => {
    const differ = keys
      .filter((key) => hi[key] !== undefined)
      .filter((key) => placeholders(hi[key]!).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: en {${placeholders(en[key]).join(', ')}} hi {${placeholders(hi[key]!).join(', ')}}`);
    expect(differ).toEqual([]);
  });

  it('is written in Devanagari, not copied English', () => {
    const notHindi = keys.filter((key) => !SAME_ON_PURPOSE.has(key) && hi[key] !== undefined && !DEVANAGARI.test(hi[key]!));
    expect(notHindi).toEqual([]);
  });

  it('has no Hindi for a key English does not have (a typo would silently never show)', () => {
    const extra = Object.keys(hi).filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it('keeps brand and product names as they are', () => {
    const brands = ['Credgenics', 'GLAAS', 'FieldDesk', 'UPI', 'NEFT', 'IFSC', 'PAN', 'Aadhaar'];
    const lost = keys.flatMap((key) =>
      brands.filter((b) => en[key].includes(b) && hi[key] !== undefined && !hi[key]!.includes(b)).map((b) => `${key}: ${b}`),
    );
    expect(lost).toEqual([]);
  });
});
