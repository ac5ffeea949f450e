/** The work list: being built (issue "My loans"). */
export function LoansScreen() {
  return <main className="screen"><h1>My loans</h1></main>;
}
