import type { z } from 'zod';
import type { Contract } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * The only reader of `window.fielddesk`. Screens and stores import `api` from here, so the
 * bridge can be swapped (tests) and its types follow the contract automatically.
 */
type Feature<C extends string> = C extends `${infer F}.${string}` ? F : never;
type Method<C extends string, F extends string> = C extends `${F}.${infer M}` ? M : never;
type ChannelName = keyof Contract & string;

type Call<C extends ChannelName> = (
  input?: z.input<Contract[C]['input']>,
) => Promise<Result<z.output<Contract[C]['output']>>>;

export type FieldDeskApi = {
  [F in Feature<ChannelName>]: {
    [C in ChannelName as C extends `${F}.${string}` ? Method<C, F> : never]: Call<C>;
  };
};

declare global {
  interface Window {
    fielddesk?: FieldDeskApi;
  }
}

function bridge(): FieldDeskApi {
  if (!window.fielddesk) {
    throw new Error('FieldDesk must run inside its own window: the bridge to the main process is missing.');
  }
  return window.fielddesk;
}

export const api = new Proxy({} as FieldDeskApi, {
  get: (_target, feature: string) => bridge()[feature as keyof FieldDeskApi],
});
