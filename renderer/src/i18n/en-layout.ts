/** The app shell, keyboard help and screen-layout words (issue 14: screens that fit, keyboard). */
export const en_layout = {
  'nav.more': 'More',
  'nav.moreCurrent': 'More: {screen}',
  'nav.skip': 'Skip to the screen',
  'layout.loading': 'Opening…',
  'loan.glance.title': 'What is due',
  'loan.glance.claim': 'Claim this month',
  'loan.glance.emi': 'EMI',
  'loan.glance.dpd': 'Days past due',
  'loan.glance.recovered': 'Recovered',
  'loan.glance.promise': 'Promise to pay',
  'loan.glance.promiseValue': '{amount} on {date}',
  'loan.glance.none': 'None',
  'loan.glance.lastVisit': 'Last visit',
  'loan.glance.never': 'Not visited yet',
  'visit.hoursNotice.title': 'Outside contact hours.',
  'visit.hoursNotice.body':
    'It is {time}. RBI rules allow contacting borrowers only between 08:00 and 19:00. You can still record this visit: tick the box at the end of the form to confirm.',
  'visit.hoursNotice.goToTick': 'Go to the tick box',
} as const;
