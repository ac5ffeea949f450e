/**
 * GLAAS repayment statuses. The document calls the field an ENUM without listing it; the
 * values seen are READY_FOR_PAYMENT (taken, waiting) and ACCEPTED. Anything that reads as
 * settled one way or the other is final; everything else is looked up again later.
 */
const FINAL = /^(ACCEPTED|REJECTED|FAILED|CANCELLED|CANCELED|REVERSED|BOUNCED|SUCCESS|COMPLETED|PAID|SETTLED)$/i;

export const isFinalStatus = (status: string): boolean => FINAL.test(status.trim());

/** Final statuses that mean the money did NOT land. */
export const isFailedStatus = (status: string): boolean => /^(REJECTED|FAILED|CANCELL?ED|REVERSED|BOUNCED)$/i.test(status.trim());
