import type { useFormatter } from "next-intl"

type Format = ReturnType<typeof useFormatter>

// Both views of the statement show times the same way: Beijing time, 24-hour, to the minute.
export const lineTime = (format: Format, iso: string) =>
  format.dateTime(new Date(iso), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai" })

export const lineDate = (format: Format, iso: string | null) =>
  iso ? format.dateTime(new Date(iso), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Shanghai" }) : ""
