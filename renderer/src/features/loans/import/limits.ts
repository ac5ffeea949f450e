/**
 * What an allocation file may be. An agent's month is a few hundred loans and a branch's a few
 * thousand; these limits are far above that and far below what would freeze the window.
 */
export const MAX_ALLOCATION_MB = 20;
export const MAX_ALLOCATION_ROWS = 100_000;
/** An .xlsx unpacks to this much at most (a real allocation sheet: a few MB). */
export const MAX_UNZIPPED_MB = 100;
/** Reading is stopped after this long, however the file was built to keep it busy. */
export const PARSE_TIME_LIMIT_MS = 30_000;
