import type { MessageKey } from './en';
import { hi_core } from './hi-core';
import { hi_collections } from './hi-collections';
import { hi_receipt } from './hi-receipt';
import { hi_report } from './hi-report';
import { hi_sync } from './hi-sync';
import { hi_signout } from './hi-signout';
import { hi_keepless } from './hi-keepless';
import { hi_settings_collections } from './hi-settings-collections';
import { hi_deposits } from './hi-deposits';
import { hi_kyc } from './hi-kyc';
import { hi_setup } from './hi-setup';
import { hi_outcomes } from './hi-outcomes';
import { hi_i11a } from './hi-i11a';
import { hi_i11b } from './hi-i11b';
import { hi_i12 } from './hi-i12';
import { hi_i14b } from './hi-i14b';
import { hi_lock } from './hi-lock';

/**
 * Hindi, one file per topic mirroring the en-*.ts files. Other branches add their own
 * `hi-<branch>.ts` and spread it here (one import and one spread line each). A unit test fails
 * when an English key has no Hindi here; at run time a missing key still falls back to English.
 */
export const hi: Partial<Record<MessageKey, string>> = {
  ...hi_core,
  ...hi_collections,
  ...hi_receipt,
  ...hi_report,
  ...hi_sync,
  ...hi_signout,
  ...hi_keepless,
  ...hi_settings_collections,
  ...hi_deposits,
  ...hi_kyc,
  ...hi_setup,
  ...hi_outcomes,
  ...hi_i11a,
  ...hi_i11b,
  ...hi_i12,
  ...hi_i14b,
  ...hi_lock,
};
