/** English strings of one feature, merged into the catalogue by en.ts (one file per feature avoids edit clashes). */
export const en_report = {
} as const;
