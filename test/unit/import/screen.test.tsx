import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportScreen } from '../../../renderer/src/features/loans/import/ImportScreen';

/** The browser test finds the screen by these names; a renamed key would break it silently. */
describe('ImportScreen first render', () => {
  it('has the heading, the file input and the add-by-id form with their labels', () => {
    const html = renderToStaticMarkup(<ImportScreen />);
    expect(html).toContain('<h1>Import allocation</h1>');
    expect(html).toMatch(/<label for="([^"]+)">Allocation file \(CSV or Excel\)<\/label><input id="\1" type="file"/);
    expect(html).toMatch(/<label for="([^"]+)">Loan id<\/label><input id="\1" type="text"/);
    expect(html).toMatch(/<label for="([^"]+)">Allocation month<\/label><input id="\1" type="text"[^>]*value="[A-Z][a-z]{2} 20\d\d"/);
    expect(html).toContain('<button type="submit" class="primary">Add loan</button>');
  });
});
