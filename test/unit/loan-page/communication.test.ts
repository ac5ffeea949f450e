import { describe, expect, it } from 'vitest';
import { readCommunication, snippet } from '../../../renderer/src/features/loans/page/communication';
import { languageNames } from '../../../renderer/src/features/loans/page/languages';
import { newestFirst, splitList } from '../../../renderer/src/features/loans/page/values';

describe('readCommunication', () => {
  it('reads a call', () => {
    const c = readCommunication({
      type_of_comm: 'call',
      comm_dict: { to: '9706367068', from: '8178041121', call_start_time: '2020-11-04 17:16:32', call_response: 'Will pay tomorrow' },
    });
    expect(c).toMatchObject({ typeKey: 'loan.comm.type.call', to: '9706367068', from: '8178041121', text: 'Will pay tomorrow' });
  });

  it('reads an email as plain text, whatever keys it uses', () => {
    const c = readCommunication({
      type_of_comm: 'email',
      comm_dict: { to: 'a@b.in', email_subject: '1137_test', email_body: 'test email<br/><b>bold</b>', template_name: 'T1' },
    });
    expect(c.subject).toBe('1137_test');
    expect(c.text).toBe('test email\n bold');
    expect(c.template).toBe('T1');
  });

  it('survives a missing dict and an unknown channel', () => {
    const c = readCommunication({ type_of_comm: 'fax', comm_dict: null });
    expect(c).toMatchObject({ type: 'fax', typeKey: undefined, text: '', to: '' });
  });
});

describe('snippet', () => {
  it('shortens long text with an ellipsis', () => {
    expect(snippet('short')).toEqual({ short: 'short', truncated: false });
    const long = snippet('x'.repeat(200), 10);
    expect(long).toEqual({ short: 'xxxxxxxxxx…', truncated: true });
  });
});

describe('small readers', () => {
  it('names languages and keeps unknown ones', () => {
    expect(languageNames('hi')).toEqual(['Hindi']);
    expect(languageNames('en, TA')).toEqual(['English', 'Tamil']);
    expect(languageNames('Bhojpuri')).toEqual(['Bhojpuri']);
    expect(languageNames(null)).toEqual([]);
  });

  it('splits comma-separated phones', () => {
    expect(splitList('9706367068, 9814274470,')).toEqual(['9706367068', '9814274470']);
  });

  it('orders newest first with undated entries last, in their order', () => {
    const items = ['2021-04-15 06:43:50', '', '2021-05-15 18:44:15', 'later'];
    expect(newestFirst(items, (s) => s)).toEqual(['2021-05-15 18:44:15', '2021-04-15 06:43:50', '', 'later']);
  });
});
