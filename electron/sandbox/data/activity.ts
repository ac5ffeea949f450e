import type { Rng } from '../prng';
import { cgDate, clock, fromEpochDay, glaasDate } from '../time';
import type { CgPaymentEntry } from '../wire-types';
import { LENDER } from './india';
import type { Person } from './people';

/**
 * What happened on a loan before the agent opens it: payments, calls and messages, legal
 * notices with India Post speed-post tracking, and remarks. Ids come from shared counters so
 * they are unique across the whole book.
 */
export interface Counters {
  paymentId: number;
  communicationId: number;
  noticeId: number;
  remarkId: number;
}

export interface MonthSpan {
  allocationMonth: string;
  firstDay: number;
  lastDay: number; // inclusive; for the current month, today
}

export const PAYMENT_METHODS = ['Online', 'Cash', 'Cheque', 'Bank Account Transfer', 'Application', 'Payment Link'] as const;

const AGENTS = ['ravi.kumar', 'priya.nair', 'sandeep.patil', 'farhan.shaikh', 'meena.iyer', 'arjun.das'];
export const agentEmail = (rng: Rng): string => `${rng.pick(AGENTS)}@${LENDER.emailDomain}`;

export function stamp(day: number, secondsOfDay: number): string {
  return `${cgDate(fromEpochDay(day))} ${clock(secondsOfDay)}`;
}

/** A daytime moment inside RBI's 08:00-19:00 contact window. */
function daytime(rng: Rng): number {
  return rng.int(8 * 3600, 19 * 3600 - 1);
}

function referenceFor(rng: Rng, method: string): { mode: string; reference: string } {
  switch (method) {
    case 'Online':
      return { mode: 'UPI', reference: rng.digits(12) };
    case 'Cash':
      return { mode: 'Cash', reference: `RCPT${rng.digits(8)}` };
    case 'Cheque':
      return { mode: 'Cheque', reference: rng.digits(6) };
    case 'Bank Account Transfer':
      return { mode: 'NEFT', reference: `N${rng.digits(3)}${rng.letters(4)}${rng.digits(8)}` };
    case 'Payment Link':
      return { mode: 'Razorpay', reference: `pay_${rng.letters(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}` };
    default:
      return { mode: '', reference: '' };
  }
}

/** Splits `total` into `count` recoveries inside the month, oldest first. */
export function paymentEntries(
  rng: Rng,
  counters: Counters,
  span: MonthSpan,
  total: number,
  finalStatus: string,
  count: number,
): CgPaymentEntry[] {
  const entries: CgPaymentEntry[] = [];
  let left = total;
  const days: number[] = [];
  for (let i = 0; i < count; i++) days.push(rng.int(span.firstDay, span.lastDay));
  days.sort((a, b) => a - b);
  for (let i = 0; i < count; i++) {
    const amount = i === count - 1 ? left : Math.max(100, Math.round((left * rng.int(30, 60)) / 100 / 100) * 100);
    left -= amount;
    const method = rng.pick(PAYMENT_METHODS.filter((m) => m !== 'Application'));
    const { mode, reference } = referenceFor(rng, method);
    const fieldVisit = method === 'Cash' || method === 'Cheque';
    entries.push({
      payment_id: counters.paymentId++,
      amount_recovered: amount,
      final_status: i === count - 1 ? finalStatus : 'Partially Recovered',
      recovery_method: fieldVisit ? 'Field collection' : 'Communications',
      allocation_month: span.allocationMonth,
      payment_method: method,
      payment_mode: mode,
      payment_reference_number: reference,
      author: agentEmail(rng),
      created: stamp(days[i] ?? span.firstDay, daytime(rng)),
    });
  }
  return entries;
}

const CALL_RESPONSES = [
  'Will pay tomorrow',
  'Promise to Pay',
  'Switched off',
  'Not reachable',
  'Call back later',
  'Refused to pay',
  'Wrong number',
  'Paid already, asked for receipt',
  'Salary delayed, will pay next week',
];

export function communications(
  rng: Rng,
  counters: Counters,
  person: Person,
  claim: number,
  firstDay: number,
  lastDay: number,
): unknown[] {
  const out: { communication_id: number; type_of_comm: string; comm_dict: Record<string, unknown>; at: number }[] = [];
  const count = rng.int(0, 4);
  for (let i = 0; i < count; i++) {
    const day = rng.int(firstDay, lastDay);
    const start = daytime(rng);
    const at = day * 86_400 + start;
    if (rng.chance(0.55)) {
      const talk = rng.int(0, 240);
      out.push({
        communication_id: 0, // numbered below, in time order
        type_of_comm: 'call',
        comm_dict: {
          to: person.mobile,
          from: LENDER.callerId,
          duration: `0 : ${Math.floor(talk / 60)} : ${talk % 60}`,
          called_to: 'applicant',
          call_start_time: stamp(day, start),
          call_end_time: stamp(day, start + talk),
          call_response: rng.pick(CALL_RESPONSES),
          recording_url: '',
          applicant_type: 'applicant',
        },
        at,
      });
    } else {
      const body =
        `Dear ${person.firstName}, your loan EMI of Rs ${claim} with ${LENDER.name} is overdue. ` +
        `Please pay at the earliest to avoid further charges. Ignore if already paid.`;
      out.push({
        communication_id: 0, // numbered below, in time order
        type_of_comm: 'sms',
        comm_dict: {
          sms_body: body,
          sms_mobile: person.mobile,
          notice_link: '',
          delivered_time: stamp(day, start + rng.int(1, 90)),
          clicked_time: '',
          sms_language: person.city.language === 'hi' ? 'hi' : 'en',
          message_count: Math.ceil(body.length / 160),
          template_name: 'EMI Reminder',
          character_count: body.length,
          notice_click_count: 0,
        },
        at,
      });
    }
  }
  // Ids rise with time; the list is newest first, as in the document's example.
  out.sort((a, b) => a.at - b.at);
  const numbered = out.map(({ at: _at, ...c }) => ({ ...c, communication_id: counters.communicationId++ }));
  return numbered.reverse();
}

const SPEEDPOST_HUBS = ['Mumbai NSH', 'Delhi NSH', 'Kolkata NSH', 'Chennai NSH', 'Hyderabad NSH', 'Ahmedabad NSH'];

export function notices(rng: Rng, counters: Counters, person: Person, firstDay: number, lastDay: number): unknown[] {
  if (!rng.chance(0.3)) return [];
  const link = rng.letters(12, 'abcdef0123456789');
  const noticeDay = rng.int(firstDay - 40, lastDay - 8);
  const out: unknown[] = [
    {
      notice_id: counters.noticeId++,
      case_type: 'lrn',
      document_type: 'Notice',
      s3_link: `https://s3-ap-south-1.amazonaws.com/credgenics-cases/production/notice_links/${link}.pdf`,
      created: stamp(noticeDay, daytime(rng)),
      data: {},
    },
  ];
  if (!rng.chance(0.7)) return out;

  const booked = `${LENDER.name.split(' ')[0]} Nagar SO`;
  const hub = rng.pick(SPEEDPOST_HUBS);
  const cityIch = `${person.city.city} ICH`;
  const cityHo = `${person.city.city} HO`;
  const outcome = rng.weighted([70, 20, 10]); // delivered, undelivered, in transit
  const steps: [number, string, string][] = [
    [0, booked, 'Item Booked'],
    [0, booked, 'Item Bagged'],
    [0, booked, 'Item Dispatched'],
    [2, hub, 'Item Received'],
    [2, hub, 'Item Bagged'],
    [2, hub, 'Item Dispatched'],
    [3, cityIch, 'Item Received'],
    [3, cityIch, 'Item Dispatched'],
    [4, cityHo, 'Item Received'],
  ];
  if (outcome === 0) steps.push([4, cityHo, 'Out for Delivery'], [4, cityHo, 'Item Delivery Confirmed']);
  if (outcome === 1) steps.push([4, cityHo, 'Out for Delivery'], [5, cityHo, 'Item Returned: Addressee Left Without Instructions']);
  const shown = outcome === 2 ? steps.slice(0, rng.int(3, 7)) : steps;
  let secs = 9 * 3600;
  const events = shown.map(([offset, office, description]) => {
    secs = Math.min(secs + rng.int(600, 5400), 20 * 3600);
    return { date: glaasDate(fromEpochDay(noticeDay + offset)), time: clock(secs), office, description };
  });
  const first = events[0];
  const last = events[events.length - 1];
  out.push({
    notice_id: counters.noticeId++,
    case_type: 'lrn',
    document_type: 'Speedpost',
    created: stamp(noticeDay, daytime(rng)),
    data: {
      events: events.reverse(), // newest first, as India Post and the document list them
      booked_at: booked,
      article_type: 'Inland Speed Post',
      speedpost_id: `E${rng.letters(1)}${rng.digits(9)}IN`,
      applicant_type: 'applicant',
      speedpost_tarrif: '41.30',
      delivery_location: cityHo,
      speedpost_s3_link: '',
      speedpost_booked_on: first ? `${first.date} ${first.time}` : '',
      applicant_address_type: 'home',
      applicant_address_index: 0,
      speedpost_delivery_status: ['Delivered', 'Undelivered', 'In Transit'][outcome],
      co_applicant_address_index: -1,
      speedpost_undelivered_reason: outcome === 1 ? 'Addressee Left Without Instructions' : '',
      speedpost_destination_pincode: String(person.city.pincode),
      speedpost_delivery_confirmed_on: outcome === 0 && last ? `${last.date} ${last.time}` : '',
    },
  });
  return out;
}

const REMARKS = [
  '(EMI Reminder) SMS Sent',
  'Customer not met: door locked',
  'Field visit scheduled',
  'Customer asked for revised settlement offer',
  'Spoke to spouse, will inform customer',
  'Shifted from given address, new address awaited',
];

export function remarks(rng: Rng, counters: Counters, firstDay: number, lastDay: number): unknown[] {
  const drafts: { remarks: string; created: string; author: string }[] = [];
  const count = rng.int(0, 3);
  for (let i = 0; i < count; i++) {
    const day = rng.int(firstDay, lastDay);
    const text = rng.chance(0.3)
      ? `Will pay next week: Call response , Promise to Pay: Call status , ${cgDate(fromEpochDay(day + rng.int(2, 10)))} - Reminder date`
      : rng.pick(REMARKS);
    drafts.push({ remarks: text, created: stamp(day, daytime(rng)), author: agentEmail(rng) });
  }
  // Oldest first with ids rising in time, as in the document's example.
  drafts.sort((a, b) => a.created.localeCompare(b.created));
  return drafts.map((d) => ({ remark_id: counters.remarkId++, ...d }));
}
