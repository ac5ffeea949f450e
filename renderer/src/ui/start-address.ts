import { hrefFor, parseRoute, type Route } from './router';

/**
 * The address to write when the app opens with none: the start screen (My loans, or the set-up
 * on a new laptop), written once so finishing the set-up does not yank the screen away.
 * Decided on the address as it is when the write would happen, not as the render saw it: a link
 * followed (or an address typed) in between wins over the start screen. Answers undefined when
 * nothing is to be written.
 */
export function startAddressToWrite(rendered: Route | undefined, start: Route | undefined, currentHash: string): string | undefined {
  if (rendered || !start || parseRoute(currentHash)) return undefined;
  return hrefFor(start);
}
