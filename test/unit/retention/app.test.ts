import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';

const runRetention = vi.fn(async (_db: unknown, _options: { now: number; days: number }) => ({ sentItemsDeleted: 0, photosDeleted: 0, daysSummarised: [], daysKept: [] }));
vi.mock('../../../renderer/src/features/retention/run', () => ({ runRetention }));
vi.mock('../../../renderer/src/features/retention/remask', () => ({ remaskStoredSnapshots: vi.fn(async () => 0) }));

const { startRetention } = await import('../../../renderer/src/features/retention/app');
const { useSettingsStore } = await import('../../../renderer/src/stores/settings');

const HOUR = 60 * 60 * 1000;

afterEach(() => {
  vi.useRealTimers();
  runRetention.mockClear();
});

describe('startRetention', () => {
  it('runs at start with the settings’ period (90 days by default), then once a day on an hourly check', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 2, 9) });
    const stop = startRetention(globalThis as unknown as Window, () => Date.now());
    await vi.advanceTimersByTimeAsync(0);
    expect(runRetention).toHaveBeenCalledTimes(1);
    expect(runRetention.mock.calls[0]![1]).toEqual({ now: Date.now(), days: 90 });

    await vi.advanceTimersByTimeAsync(23 * HOUR);
    expect(runRetention).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 * HOUR);
    expect(runRetention).toHaveBeenCalledTimes(2);

    // A changed setting is read at the next pass.
    useSettingsStore.setState({ settings: { credgenics: {}, glaas: {}, retention: { days: 30 } } } as never);
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(runRetention).toHaveBeenCalledTimes(3);
    expect(runRetention.mock.calls[2]![1]).toMatchObject({ days: 30 });

    stop();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    expect(runRetention).toHaveBeenCalledTimes(3);
  });

  it('a failed pass is tried again at the next hourly check, not a day later', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 2, 9) });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    runRetention.mockRejectedValueOnce(new Error('disk busy'));
    const stop = startRetention(globalThis as unknown as Window, () => Date.now());
    await vi.advanceTimersByTimeAsync(0);
    expect(runRetention).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(runRetention).toHaveBeenCalledTimes(2);
    stop();
    quiet.mockRestore();
  });
});

describe('masking answers stored by an older build', () => {
  it('rewrites only answers that still hold a whole Aadhaar', async () => {
    const { remaskStoredSnapshots } = await vi.importActual<typeof import('../../../renderer/src/features/retention/remask')>(
      '../../../renderer/src/features/retention/remask',
    );
    const { FieldDeskDb } = await import('../../../renderer/src/db/schema');
    const db = new FieldDeskDb(`remask-${process.pid}-${Date.now()}`);
    const rows = Array.from({ length: 450 }, (_, i) => ({
      loanId: `L${String(i).padStart(4, '0')}`,
      snapshot: { loan_details: { applicant_aadhar_number: i % 3 === 0 ? `2354986${String(10000 + i).slice(-5)}` : 'XXXX XXXX 1234' } } as never,
    }));
    await db.snapshots.bulkPut(rows);
    expect(await remaskStoredSnapshots(db)).toBe(150);
    const text = JSON.stringify(await db.snapshots.toArray());
    expect(text).not.toMatch(/2354986\d{5}/);
    expect(await remaskStoredSnapshots(db)).toBe(0);
    db.close();
  });
});
