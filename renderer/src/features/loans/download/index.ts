/** The loan download engine and refresh policy: what screens and other features import. */
export { downloadLoans, DEFAULT_CONCURRENCY, type DownloadOptions, type DownloadProgress, type DownloadResult } from './engine';
export { createRefreshController, type AutoRefreshTarget, type RefreshController, type RefreshControllerOptions } from './controller';
export { isStale, needsRefresh, staleFirst, STALE_AFTER_MS, type FreshnessRef } from './policy';
export { loanApiFromBridge, loanApiFromInvoke, type LoanApi } from './port';
export { DEFAULT_RETRY, type RetryPolicy } from './retry';
export type { RefreshMode, RefreshState } from './store';
