/** English: the source catalogue. Every user-facing string of the renderer lives here. */
export const en = {
  'app.title': 'FieldDesk',
  'app.bridgeMissing': 'FieldDesk must be opened from its own window.',
  'nav.settings': 'Settings',
  'nav.main': 'Main',

  'settings.title': 'Settings',
  'settings.welcome':
    'Welcome to FieldDesk. Choose where each platform is and enter its sign-in details. New here? Pick Training for both to try the app with demo data.',
  'settings.loading': 'Loading settings…',
  'settings.credgenics.title': 'Credgenics (collections)',
  'settings.glaas.title': 'GLAAS (loans, repayments and KYC)',
  'settings.environment': 'Where is it?',
  'settings.env.production': 'Production',
  'settings.env.uat': 'UAT (testing)',
  'settings.env.sandbox': 'Sandbox (testing)',
  'settings.env.training': 'Training (demo data, no sign-in)',
  'settings.env.custom': 'Custom URLs',
  'settings.training.note': 'Training uses a demo server inside FieldDesk with made-up loans. Nothing you do here reaches a real platform.',
  'settings.credgenics.baseUrl': 'Credgenics API address',
  'settings.credgenics.rootUrl': 'Communication address (optional)',
  'settings.credgenics.companyId': 'Company id (optional)',
  'settings.credgenics.token': 'Auth token',
  'settings.glaas.partnerId': 'Partner id',
  'settings.glaas.authUrl': 'GLAAS sign-in address',
  'settings.glaas.apiUrl': 'GLAAS API address',
  'settings.glaas.username': 'Username',
  'settings.glaas.password': 'Password',
  'settings.secret.set': 'Set',
  'settings.secret.notSet': 'Not set',
  'settings.secret.replace': 'Replace',
  'settings.secret.remove': 'Remove',
  'settings.secret.cancel': 'Cancel',
  'settings.secret.removeConfirm': 'Remove the saved {what}? You will need it again to sync.',
  'settings.credgenics.tokenLabel': 'Credgenics auth token',
  'settings.glaas.loginLabel': 'GLAAS username and password',
  'settings.save': 'Save',
  'settings.saved': 'Saved.',
  'settings.test': 'Test connection',
  'settings.testing': 'Checking…',
  'settings.connected': 'Connected',
  'settings.lastCheck': 'Last checked {when}: {result}',
  'settings.storage.insecure':
    'This computer has no secure key store (backend: {backend}). Your sign-in details are kept only until FieldDesk closes.',
  'settings.storage.unavailable':
    'This computer cannot encrypt saved sign-in details. They are kept only until FieldDesk closes.',
  'settings.storage.accept': 'Keep them on this laptop anyway (weaker protection)',
  'settings.storage.weakOn':
    'Sign-in details are kept on this laptop with weak protection, because you chose so. Anyone with this laptop’s user account could read them.',
  'settings.storage.withdraw': 'Stop keeping them',
  'settings.storage.unreadable':
    'Saved sign-in details could not be read (the key store changed or is locked). Please enter them again.',
  'error.serverSaid': 'The server said: {message}',
  'error.fix': 'Please fix: {fields}',
} as const;

export type MessageKey = keyof typeof en;
