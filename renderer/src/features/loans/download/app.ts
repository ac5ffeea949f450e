import { api } from '../../../api';
import { db } from '../../../db/schema';
import { createRefreshController, type RefreshController } from './controller';
import { loanApiFromBridge } from './port';

let instance: RefreshController | undefined;

/**
 * The app's one refresh controller over the IPC bridge and the app's database. One instance is
 * what makes refreshing single-flight across screens (the list, the loan page, the import).
 */
export function refreshController(): RefreshController {
  instance ??= createRefreshController({ api: loanApiFromBridge(api), db: db() });
  return instance;
}
