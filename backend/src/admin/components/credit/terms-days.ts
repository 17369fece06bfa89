type T = (key: string, opts?: Record<string, unknown>) => string

/** "30 天" / "30 days"; picked by hand because i18next's plural rules fail on the dashboard's "zhCN" code. */
export function termsDays(days: number | null | undefined, t: T): string {
  if (days === null || days === undefined) return "—"
  return t(days === 1 ? "dealermall.dealer.daysOne" : "dealermall.dealer.daysOther", { days })
}
