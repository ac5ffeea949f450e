/**
 * What sign-out removes, by name. The main process reports these plain-English names in
 * lock.wipe's WipeReport; the renderer shows each in the agent's language (an unknown name, from
 * a newer main process, is shown as it came).
 */
export const wipeItems = {
  lock: 'the PIN and the key that opens the saved borrower data',
  sendKey: 'the key for work waiting to be sent',
  credgenicsToken: 'the saved Credgenics token',
  glaasLogin: 'the saved GLAAS username and password',
  connectionChecks: 'the results of the last connection checks',
  weakStorageChoice: 'your choice about weaker storage of sign-in details',
  agentIdentity: 'your name and email for receipts and payments',
} as const;
export type WipeItem = keyof typeof wipeItems;
