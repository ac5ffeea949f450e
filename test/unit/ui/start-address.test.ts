import { describe, expect, it } from 'vitest';
import { startAddressToWrite } from '../../../renderer/src/ui/start-address';

/** The start screen is written into an empty address once, and never over one chosen meanwhile. */
describe('startAddressToWrite', () => {
  const loans = { name: 'loans' } as const;
  const welcome = { name: 'welcome' } as const;

  it('an empty address gets the start screen: My loans, or the set-up on a new laptop', () => {
    expect(startAddressToWrite(undefined, loans, '')).toBe('#/loans');
    expect(startAddressToWrite(undefined, welcome, '#')).toBe('#/welcome');
  });

  it('settings not read yet: nothing is written', () => {
    expect(startAddressToWrite(undefined, undefined, '')).toBeUndefined();
  });

  it('an address chosen after the render saw none (a link followed during start) is kept', () => {
    expect(startAddressToWrite(undefined, loans, '#/kyc/46501')).toBeUndefined();
    expect(startAddressToWrite(undefined, welcome, '#/settings')).toBeUndefined();
  });

  it('an address the render already had is kept', () => {
    expect(startAddressToWrite({ name: 'sync' }, loans, '#/sync')).toBeUndefined();
  });

  it('an address the app does not know counts as none', () => {
    expect(startAddressToWrite(undefined, loans, '#/nowhere')).toBe('#/loans');
  });
});
