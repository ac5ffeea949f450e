import type { Route } from '../core';
import { createApplication, sanctionLine } from './applications';
import { login } from './auth';
import { downloadDocument, uploadDocuments } from './documents';
import { lineDetails, repaymentSchedule } from './lms';
import { lineRepayment, loanRepayment, repaymentStatus } from './repayments';

const API = '/glaas/api';

/** The default paths of NOTES.md; the app's settings can point elsewhere, the sandbox cannot. */
export const glaasRoutes: Route[] = [
  { method: 'POST', pattern: '/glaas/auth/public/auth/login', platform: 'glaas', write: false, auth: 'none', handle: login },
  { method: 'POST', pattern: `${API}/los/application`, platform: 'glaas', write: true, auth: 'glaas-session', handle: createApplication },
  { method: 'POST', pattern: `${API}/los/document/upload`, platform: 'glaas', write: true, auth: 'glaas-session', handle: uploadDocuments },
  { method: 'POST', pattern: `${API}/los/document/download`, platform: 'glaas', write: false, auth: 'glaas-session', handle: downloadDocument },
  { method: 'POST', pattern: `${API}/lms/sanctionLine`, platform: 'glaas', write: true, auth: 'glaas-session', handle: sanctionLine },
  { method: 'POST', pattern: `${API}/lms/lineDetails`, platform: 'glaas', write: false, auth: 'glaas-session', handle: lineDetails },
  { method: 'POST', pattern: `${API}/lms/loanRepayment`, platform: 'glaas', write: true, auth: 'glaas-session', handle: loanRepayment },
  { method: 'POST', pattern: `${API}/lms/lineRepayment`, platform: 'glaas', write: true, auth: 'glaas-session', handle: lineRepayment },
  { method: 'POST', pattern: `${API}/lms/repaymentStatus`, platform: 'glaas', write: false, auth: 'glaas-session', handle: repaymentStatus },
  { method: 'GET', pattern: `${API}/lms/repaymentSchedule/:loanId`, platform: 'glaas', write: false, auth: 'glaas-session', handle: repaymentSchedule },
];
