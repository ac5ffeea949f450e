import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { CachedLoan } from '../../../../shared/domain';
import { t } from '../../i18n';
import { LoanRow } from './LoanRow';

const ROW_HEIGHT = 72;

/**
 * Only the rows on screen exist in the DOM: 10,000 loans cost what 15 do. The list keeps
 * real links, so Tab, Enter and the mouse all open a loan. Memoised: a keystroke in the search box
 * re-renders the box at once and this list only when the (deferred) filtered list changes.
 */
export const LoanList = memo(function LoanList({ loans, now }: { loans: CachedLoan[]; now: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: loans.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => loans[index]!.loanId,
  });
  return (
    <div ref={scroller} className="loan-scroller">
      <ul aria-label={t('loans.listLabel')} className="loan-list" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((item) => (
          <li
            key={item.key}
            className="loan-item"
            style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
          >
            <LoanRow loan={loans[item.index]!} now={now} />
          </li>
        ))}
      </ul>
    </div>
  );
});
