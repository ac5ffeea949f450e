/** Messages of the hardening work (issue 12): secrets bound to their host, bounded inputs. */
export const en_security = {
  'settings.lastCheck.failed': 'did not connect',
  'settings.credgenics.hostChanged':
    'The Credgenics address changed after the auth token was saved, so FieldDesk will not send the token there. Enter the token again for this address.',
  'settings.glaas.hostChanged':
    'The GLAAS address changed after the password was saved, so FieldDesk will not send it there. Enter the username and password again for this address.',
  'kyc.refused.imageTooLarge':
    '{name} was not added: it is {size} MB, and photos can be at most {limit} MB. Take the photo again at a normal size.',
  'import.file.tooBig': '“{name}” is larger than {limitMb} MB. FieldDesk imports allocation files up to that size: split the file and import each part.',
  'import.file.tooManyRows': '“{name}” has more than {limit} rows. Split the file and import each part.',
  'import.file.tooSlow': '“{name}” took too long to read and was stopped. Split the file and import each part.',
  'import.file.excelBomb': '“{name}” unpacks to far more data than an allocation file holds, so FieldDesk did not open it.',
} as const;
