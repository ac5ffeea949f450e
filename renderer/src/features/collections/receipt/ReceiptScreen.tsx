/** Placeholder until the receipt view lands. */
export function ReceiptScreen(props: { visitId: string }) {
  return <main aria-label="Receipt">Receipt {props.visitId}</main>;
}
