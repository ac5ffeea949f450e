/** English strings of one feature, merged into the catalogue by en.ts (one file per feature avoids edit clashes). */
export const en_settings_collections = {
  'settings.collections.title': 'Collections',
  'settings.collections.intro': 'How your visits and payments are recorded, and what receipts say.',
  'settings.collections.agentEmail': 'Your email at Credgenics',
  'settings.collections.agentEmailHint': 'Every payment you collect is sent to Credgenics under this email.',
  'settings.collections.emailInvalid':
    'That does not look like an email address. Enter the email you sign in to Credgenics with, for example name@lender.com.',
  'settings.collections.agentName': 'Your name on receipts',
  'settings.collections.lenderName': 'Lender name on receipts',
  'settings.collections.bifurcation': 'Let agents split a payment into EMI, late fee and penalty',

  'settings.collections.outcomesTitle': 'Visit outcomes',
  'settings.collections.outcomesHint':
    'The choices an agent picks from after a visit. Renaming one keeps the visits already recorded with it.',
  'settings.collections.outcomeNumber': 'No.',
  'settings.collections.outcomeColumn': 'Outcome',
  'settings.collections.needsColumn': 'What it asks for',
  'settings.collections.actionsColumn': 'Remove',
  'settings.collections.outcomeLabel': 'Outcome {n}',
  'settings.collections.outcomeNeeds': 'What outcome {n} asks for',
  'settings.collections.needs.payment': 'Money taken',
  'settings.collections.needs.promise': 'Promise to pay',
  'settings.collections.needs.none': 'Nothing more',
  'settings.collections.remove': 'Remove',
  'settings.collections.removeNamed': 'Remove outcome {n}: {label}',
  'settings.collections.removeUnnamed': 'Remove outcome {n}',
  'settings.collections.add': 'Add outcome',
  'settings.collections.restore': 'Restore the usual outcomes',
  'settings.collections.restored': 'The usual outcomes are back. Press Save to keep them.',
  'settings.collections.outcomesEmpty': 'Keep at least one outcome: agents must have something to pick after a visit.',
  'settings.collections.outcomesNoPayment':
    'At least one outcome must ask for money taken, or agents could never record a payment.',
  'settings.collections.outcomesTooMany': 'There can be at most 50 outcomes. Remove some first.',
  'settings.collections.outcomeLabelMissing': 'Give this outcome a name, or remove it.',
  'settings.collections.outcomeLabelTooLong': 'Keep the name under 80 letters.',
  'settings.collections.outcomeLabelDuplicate': 'Another outcome already has this name. Give each one its own name.',

  'settings.collections.receiptTitle': 'Receipt message to the borrower',
  'settings.collections.receiptHint':
    'This is optional: name a Credgenics communication event to text the borrower a receipt once a payment is sent, or leave the event name empty to send no message.',
  'settings.collections.receiptEventName': 'Event name',
  'settings.collections.receiptBotId': 'Inbound bot id',
  'settings.collections.receiptSendTo': 'Send to',
  'settings.collections.receiptBotIdMissing': 'Enter the inbound bot id that goes with this event, or empty the event name.',
  'settings.collections.receiptSendToMissing':
    'Enter who receives the message (for example applicant), or empty the event name.',

  'settings.collections.fixFirst': 'Nothing was saved. Fix what is marked in this section first.',
  'settings.collections.somethingWrong': 'Some of this cannot be saved. Check the fields for very long text.',
} as const;
