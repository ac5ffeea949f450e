import { api } from '../../../api';
import { db } from '../../../db/schema';
import { loanApiFromBridge } from '../download/port';
import { loadGlaasSection } from './section';

/** The loan page's `loadGlaas`: the GLAAS section over the IPC bridge into the app's database. */
export function loadGlaasForPage(loanId: string): Promise<unknown> {
  return loadGlaasSection(loanId, { api: loanApiFromBridge(api), db: db() });
}
