import type { MessageKey } from '../../i18n';

/** Who the agent is, as the set-up asks it: everything a receipt and a payment need. */
export interface WhoForm {
  agentName: string;
  agentEmail: string;
  lenderName: string;
}

export type WhoProblems = Partial<Record<keyof WhoForm, MessageKey>>;

/** Same limits as shared/settings.ts CollectionSettings (name 100, email 200, lender 200). */
const LIMITS: Record<keyof WhoForm, number> = { agentName: 100, agentEmail: 200, lenderName: 200 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkWho(form: WhoForm): WhoProblems {
  const problems: WhoProblems = {};
  for (const key of Object.keys(LIMITS) as (keyof WhoForm)[]) {
    if (form[key].trim().length > LIMITS[key]) problems[key] = 'setup.who.tooLong';
  }
  if (!form.agentName.trim()) problems.agentName = 'setup.who.nameMissing';
  if (!EMAIL.test(form.agentEmail.trim())) problems.agentEmail ??= 'setup.who.emailInvalid';
  if (!form.lenderName.trim()) problems.lenderName = 'setup.who.lenderMissing';
  return problems;
}
