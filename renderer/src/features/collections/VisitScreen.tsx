/** Placeholder until the visit form lands. */
export function VisitScreen(props: { loanId: string }) {
  return <main aria-label="Record visit">Record visit for {props.loanId}</main>;
}
