/** English strings of "keep less" (issue 13): masked Aadhaar, removed KYC files, retention. */
export const en_keepless = {
  'keepless.identity.aadhaarKept': 'Only the last 4 digits of the Aadhaar number are kept on this laptop.',
  'keepless.kyc.fileRemoved': 'Uploaded. GLAAS has the file, so it was removed from this laptop.',
  'keepless.settings.title': 'How long data stays on this laptop',
  'keepless.settings.days': 'Keep sent work for this many days',
  'keepless.settings.daysHint':
    'After this many days, visits, photos, deposits and payments that were already sent are removed from this laptop. The day report and money report keep their totals. Nothing that is not yet sent is ever removed.',
  'keepless.settings.daysInvalid': 'Enter a whole number of days from 7 to 365.',
  'keepless.report.summarised': 'The details of this day were removed from this laptop after the keeping period. Only the totals are kept.',
} as const;
