/** English for sign-out (issue 13): "Sign out of this laptop" and the guarded removal of GLAAS sign-in details. */
export const en_signout = {
  'signout.title': 'Sign out of this laptop',
  'signout.intro':
    'Use this when you hand the laptop back or someone else will use it. FieldDesk removes everything it kept about borrowers, your PIN and the saved sign-in details. Work that has not been sent yet stops this, so nothing is lost.',
  'signout.start': 'Sign out of this laptop',
  'signout.checking': 'Checking for work not sent yet…',
  'signout.refused': 'You are still signed in: some work on this laptop has not been sent yet, and signing out would lose it.',
  'signout.unsent.credgenics.one': '1 item has not reached Credgenics yet.',
  'signout.unsent.credgenics.many': '{count} items have not reached Credgenics yet.',
  'signout.unsent.glaas.one': '1 item has not reached GLAAS yet.',
  'signout.unsent.glaas.many': '{count} items have not reached GLAAS yet.',
  'signout.refused.next': 'Send them first, then sign out.',
  'signout.confirm':
    'Remove all borrower data, your PIN and the saved sign-in details from this laptop? This cannot be undone. Everything has been sent, so no work is lost.',
  'signout.confirm.yes': 'Yes, sign out and remove',
  'signout.confirm.no': 'Cancel',
  'signout.working': 'Signing out and removing data…',
  'signout.failed': 'Sign-out did not finish: {message}',
  'signout.done': 'You are signed out. FieldDesk removed from this laptop:',
  'signout.restart': 'Start again',
  'signout.removed.database': 'all saved borrower data: loans, visits, payments, deposits, KYC documents and the sync history',
  'signout.removed.lock': 'the PIN and the key that opens the saved borrower data',
  'signout.removed.sendKey': 'the key for work waiting to be sent',
  'signout.removed.credgenicsToken': 'the saved Credgenics token',
  'signout.removed.glaasLogin': 'the saved GLAAS username and password',
  'signout.removed.connectionChecks': 'the results of the last connection checks',
  'signout.removed.weakStorageChoice': 'your choice about weaker storage of sign-in details',
  'signout.removed.agentIdentity': 'your name and email for receipts and payments',
  'signout.glaas.refusedOne':
    'The saved GLAAS username and password were not removed: 1 item recorded on this laptop has not reached GLAAS yet, and it cannot be sent without them. Send it first, then remove them.',
  'signout.glaas.refusedMany':
    'The saved GLAAS username and password were not removed: {count} items recorded on this laptop have not reached GLAAS yet, and they cannot be sent without them. Send them first, then remove them.',
} as const;
