import { create } from 'zustand';

/**
 * "Visit saved on this laptop", carried from the visit form to the loan page it returns to. The
 * route has no room for it, and it must show once: the loan page takes it when it opens.
 */
export interface VisitNotice {
  loanId: string;
  visitId: string;
}

interface VisitNoticeState {
  notice?: VisitNotice;
  show(notice: VisitNotice): void;
  /** Clears the notice if it is still this one (a newer save keeps its own). */
  clear(visitId?: string): void;
}

export const useVisitNotice = create<VisitNoticeState>((set, get) => ({
  show: (notice) => set({ notice }),
  clear: (visitId) => {
    if (visitId === undefined || get().notice?.visitId === visitId) set({ notice: undefined });
  },
}));
