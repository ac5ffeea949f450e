import type { MessageKey } from '../../../i18n';
import type { CommunicationEntry } from './snapshot';

/**
 * comm_dict differs per channel (the Get Loan example and the webhooks show call, sms, email,
 * whatsapp and voice keys); this picks the few things a person reads, whatever the channel.
 */
export interface CommunicationView {
  type: string;
  typeKey?: MessageKey;
  to: string;
  from: string;
  time: string;
  subject: string;
  /** The call's response or the message's body, as plain text. */
  text: string;
  template: string;
  duration: string;
}

const typeKeys: Record<string, MessageKey> = {
  call: 'loan.comm.type.call',
  sms: 'loan.comm.type.sms',
  email: 'loan.comm.type.email',
  whatsapp: 'loan.comm.type.whatsapp',
  voice: 'loan.comm.type.voice',
};

function first(dict: Record<string, unknown>, keys: readonly string[]): string {
  for (const key of keys) {
    const v = dict[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return '';
}

/** Email bodies arrive as HTML ("test email<br/>"); React would print the tags, so drop them. */
function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export function readCommunication(entry: CommunicationEntry): CommunicationView {
  const dict = entry.comm_dict ?? {};
  const type = (entry.type_of_comm ?? '').trim();
  return {
    type,
    typeKey: typeKeys[type.toLowerCase()],
    to: first(dict, ['to', 'sms_mobile', 'email_to', 'to_email', 'email', 'mobile', 'whatsapp_number']),
    from: first(dict, ['from', 'from_email', 'sender']),
    time: first(dict, ['call_start_time', 'delivered_time', 'sent_time', 'triggered_time', 'created', 'time']),
    subject: first(dict, ['email_subject', 'subject']),
    text: plainText(
      first(dict, ['call_response', 'sms_body', 'email_body', 'whatsapp_body', 'voice_body', 'body', 'message']),
    ),
    template: first(dict, ['template_name']),
    duration: first(dict, ['duration']),
  };
}

/** A long message is shortened in the list; the whole text is one click away. */
export function snippet(text: string, max = 160): { short: string; truncated: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { short: flat, truncated: false };
  return { short: `${flat.slice(0, max).trimEnd()}…`, truncated: true };
}
