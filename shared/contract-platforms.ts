/** Platform channels (Credgenics, GLAAS): filled in with the wire schemas. */
export const platformChannels = {} as const;
