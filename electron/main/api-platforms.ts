import type { MainContext } from './context';

/** Handlers for the Credgenics and GLAAS channels: filled in with the wire schemas. */
export function platformHandlers(_ctx: MainContext) {
  return {};
}
