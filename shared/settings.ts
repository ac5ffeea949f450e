import { z } from 'zod';

/**
 * Non-secret settings. Secrets (token, password) live only in the vault; the renderer can read
 * and change everything here.
 */

export const credgenicsEnvironments = ['production', 'uat', 'training', 'custom'] as const;
export const glaasEnvironments = ['production', 'sandbox', 'training', 'custom'] as const;
export const CredgenicsEnvironment = z.enum(credgenicsEnvironments);
export const GlaasEnvironment = z.enum(glaasEnvironments);
export type CredgenicsEnvironment = z.infer<typeof CredgenicsEnvironment>;
export type GlaasEnvironment = z.infer<typeof GlaasEnvironment>;
export type Platform = 'credgenics' | 'glaas';
export const PlatformSchema = z.enum(['credgenics', 'glaas']);

/** An http(s) URL of sane length, no credentials in it, no trailing slash kept. */
export const HttpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Enter a full web address starting with https://')
  .transform((value) => value.replace(/\/+$/, ''));

const OptionalText = (max: number) => z.string().trim().max(max).optional();

/** Placeholder-bearing path override such as "POST /lms/loanRepayment". */
export const PathOverride = z
  .string()
  .trim()
  .max(300)
  .regex(/^(GET|POST|PUT|PATCH) \/[\w\-./{}?=&]*$/, 'Write it as METHOD /path, e.g. POST /lms/loanRepayment');

export const CredgenicsSettings = z.strictObject({
  environment: CredgenicsEnvironment.optional(),
  customBaseUrl: HttpUrl.optional(),
  /** Where the communication trigger lives when Custom; defaults to the base URL without /recovery. */
  customRootUrl: HttpUrl.optional(),
  companyId: OptionalText(100),
  role: OptionalText(100),
  /** Credit-line companies read customers with Get Customer and pay per transaction. */
  lenderType: z.enum(['loans', 'credit-lines']).optional(),
});

export const LoanSettings = z.strictObject({
  /** A loan whose allocation month ended this many days ago, with nothing unsent, is removed. */
  purgeAfterDays: z.number().int().min(1).max(365).optional(),
});
export const DEFAULT_PURGE_AFTER_DAYS = 45;

export const GlaasSettings = z.strictObject({
  environment: GlaasEnvironment.optional(),
  partnerId: z
    .string()
    .trim()
    .max(63)
    .regex(/^[a-z0-9-]*$/i, 'A partner id has only letters, digits and dashes')
    .optional(),
  customAuthUrl: HttpUrl.optional(),
  customApiUrl: HttpUrl.optional(),
  paths: z.record(z.string().max(40), PathOverride).optional(),
});

export const ConnectionCheck = z.object({
  at: z.number(),
  ok: z.boolean(),
  message: z.string().max(1000),
});
export type ConnectionCheck = z.infer<typeof ConnectionCheck>;

export const Settings = z.strictObject({
  credgenics: CredgenicsSettings,
  glaas: GlaasSettings,
  loans: LoanSettings.optional(),
  language: z.enum(['en', 'hi']).optional(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  credgenics: CredgenicsSettings.optional(),
  glaas: GlaasSettings.optional(),
  loans: LoanSettings.optional(),
  language: z.enum(['en', 'hi']).optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = { credgenics: {}, glaas: {} };

/** Public hosts from the vendors' documents (NOTES.md). */
export const knownHosts = {
  credgenics: {
    production: 'https://apiprod.credgenics.com/recovery',
    uat: 'https://apiuat.credgenics.com/recovery',
  },
  glaas: {
    productionAuth: 'https://accounts.glaas.co',
    productionApi: 'https://jportal.glaas.co/api',
    sandboxAuth: 'https://accounts.dev.glaas.co',
    sandboxApi: (partnerId: string) => `https://${partnerId}.dev.glaas.co`,
  },
} as const;
