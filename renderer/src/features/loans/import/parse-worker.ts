/**
 * Allocation files are parsed here, off the page's thread, so the window keeps answering while
 * a big CSV or workbook is read. One message in (the file and its kind), one message out.
 */
import { parseTable, type TableKind } from './parseTable';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ file: Blob; kind: TableKind }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  void parseTable(event.data.file, event.data.kind).then((result) => scope.postMessage(result));
};
