import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeSync, SyncIndicator } from '../../../renderer/src/features/sync/SyncIndicator';
import { useOutboxSummary } from '../../../renderer/src/features/sync/summary';
import { en } from '../../../renderer/src/i18n/en';

/**
 * "All sent" is a claim about money: it is said only once the outbox has been counted. Right
 * after a reload during a drain the summary store still holds its empty start state (unsent 0),
 * and the header and the Sync screen used to say everything had gone with dozens of payments
 * still on their way (seen in the chaos E2E).
 */
const empty = useOutboxSummary.getState();
const base = { online: true, syncing: false, paused: undefined, now: 0 } as const;

describe('saying All sent', () => {
  it('the header says nothing of the kind before the outbox has been counted', () => {
    expect(empty.loaded).toBe(false);
    expect(renderToStaticMarkup(<SyncIndicator />)).not.toContain(en['sync.indicator.allSent']);
    expect(describeSync({ ...base, summary: empty })).not.toContain(en['sync.indicator.allSent']);
  });

  it('says All sent once counted with nothing unsent, and the count otherwise', () => {
    expect(describeSync({ ...base, summary: { ...empty, loaded: true } })).toContain(en['sync.indicator.allSent']);
    const waiting = { ...empty, loaded: true, unsent: 3, counts: { ...empty.counts, pending: 3 } };
    expect(describeSync({ ...base, summary: waiting })).not.toContain(en['sync.indicator.allSent']);
  });
});
