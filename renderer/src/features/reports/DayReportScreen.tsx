/** Placeholder until the day report lands. */
export function DayReportScreen() {
  return <main aria-label="Day report">Day report</main>;
}
