import type { Route } from '../core';
import { triggerCommunication } from './communication';
import { getLoan } from './get-loan';
import { updatePayment } from './payments';
import { updateLoan, updateTransaction } from './update-loan';
import { uploadLoan } from './upload-loan';

const BASE = '/credgenics/recovery';

export const credgenicsRoutes: Route[] = [
  { method: 'GET', pattern: `${BASE}/loan/:id`, platform: 'credgenics', write: false, auth: 'credgenics', handle: getLoan },
  { method: 'PATCH', pattern: `${BASE}/loan/:id`, platform: 'credgenics', write: true, auth: 'credgenics', handle: updateLoan },
  { method: 'POST', pattern: `${BASE}/loan/:id`, platform: 'credgenics', write: true, auth: 'credgenics', handle: uploadLoan },
  { method: 'PATCH', pattern: `${BASE}/payments/:id`, platform: 'credgenics', write: true, auth: 'credgenics', handle: updatePayment },
  {
    method: 'PATCH',
    pattern: `${BASE}/transaction/:customerId/:transactionId`,
    platform: 'credgenics',
    write: true,
    auth: 'credgenics',
    handle: updateTransaction,
  },
  {
    method: 'POST',
    pattern: '/credgenics/communication/trigger/event',
    platform: 'credgenics',
    write: true,
    auth: 'credgenics-role',
    handle: triggerCommunication,
  },
];
