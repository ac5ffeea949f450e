/** English strings of the first-run set-up, the language choice and the DD/MM/YYYY date box (issue 14). */
export const en_setup = {

  'language.title': 'Language',
  'language.legend': 'Language of FieldDesk',
  'language.en': 'English',
  'language.hi': 'हिंदी (Hindi)',
  'language.hint': 'Changes every screen at once. Names and numbers from the platforms stay as they are.',
  'language.saveFailed': 'The language could not be saved: {message}',

  'date.placeholder': 'DD/MM/YYYY',
  'date.hint': 'Day/month/year, e.g. 02/12/2026. ↑ ↓ change the day, T is today.',

  'setup.title': 'Set up FieldDesk',
  'setup.progress': 'Step {step} of {count}: {name}',
  'setup.next': 'Next',
  'setup.back': 'Back',
  'setup.skipToSettings': 'Set everything up in Settings instead',
  'setup.step.language': 'Language',
  'setup.step.who': 'Who you are',
  'setup.step.platforms': 'Where the platforms are',
  'setup.step.allocation': 'Your loans',

  'setup.language.intro': 'Welcome to FieldDesk. Which language do you want to use? You can change it later in Settings.',

  'setup.who.intro': 'Your name and your lender’s name are printed on every receipt you give a borrower.',
  'setup.who.name': 'Your full name',
  'setup.who.email': 'Your email at Credgenics',
  'setup.who.emailHint': 'The email you sign in to Credgenics with. Every payment you collect is sent under it.',
  'setup.who.lender': 'Lender’s name (printed on receipts)',
  'setup.who.lenderHint': 'The company the borrower owes, as it should appear on the receipt, e.g. Sahyog Finance Ltd.',
  'setup.who.nameMissing': 'Enter your name: the borrower’s receipt shows who took the money.',
  'setup.who.emailInvalid': 'Enter the email you sign in to Credgenics with, for example name@lender.com.',
  'setup.who.lenderMissing': 'Enter the lender’s name: a receipt without it is not valid for the borrower.',
  'setup.who.tooLong': 'This is too long.',
  'setup.errors': 'Please fix these before going on:',

  'setup.platforms.intro': 'FieldDesk talks to Credgenics (collections) and GLAAS (loans and KYC).',
  'setup.platforms.legend': 'Which platforms will you use?',
  'setup.platforms.training': 'Training: try FieldDesk with demo loans (no sign-in; nothing reaches a real platform)',
  'setup.platforms.production': 'My lender’s real platforms (Production): I have the sign-in details',
  'setup.platforms.productionNote': 'After this set-up, Settings opens so you can enter the Credgenics token and the GLAAS username and password.',

  'setup.allocation.intro': 'Bring the loans allocated to you onto this laptop.',
  'setup.allocation.legend': 'Which loans?',
  'setup.allocation.training': 'Use the Training data ({count} demo loans for {month})',
  'setup.allocation.file': 'Import my allocation file (CSV or Excel) now',
  'setup.allocation.later': 'Later: I will import my allocation from the Import screen',
  'setup.allocation.realNote': 'Your sign-in details come first: Settings opens next. Import your allocation after that.',
  'setup.finish': 'Finish',
  'setup.finishing': 'Setting up…',
  'setup.failed': 'The set-up could not be saved: {message}',
} as const;
