/** Allocation import: being built (issue "My loans"). */
export function ImportScreen() {
  return <main className="screen"><h1>Import allocation</h1></main>;
}
