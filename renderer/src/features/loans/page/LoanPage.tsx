/** One loan's page: being built (issue "My loans"). */
export function LoanPage({ loanId }: { loanId: string }) {
  return <main className="screen"><h1>Loan {loanId}</h1></main>;
}
