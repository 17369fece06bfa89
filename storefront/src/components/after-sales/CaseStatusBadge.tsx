import { useTranslations } from "next-intl"
import { isCaseStatus, type CaseStatus } from "@/lib/after-sales-types"

// Waiting on staff: amber; staff on it: blue; done: green; refused: red; withdrawn: grey (as the order badges).
const TONE: Record<CaseStatus, string> = {
  requested: "bg-amber-100 text-amber-900 ring-amber-300",
  accepted: "bg-sky-100 text-sky-900 ring-sky-300",
  received: "bg-indigo-100 text-indigo-900 ring-indigo-300",
  completed: "bg-green-100 text-green-900 ring-green-300",
  rejected: "bg-red-100 text-red-900 ring-red-300",
  canceled: "bg-gray-200 text-gray-800 ring-gray-400",
}

/** A case's status in the page's language; an unknown status shows the backend's own label. Server or client. */
export default function CaseStatusBadge({ status, label, size = "md" }: { status: string; label?: string; size?: "sm" | "md" }) {
  const t = useTranslations("AfterSales.statuses")
  const known = isCaseStatus(status) ? status : null
  return (
    <span
      data-testid="case-status"
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full font-semibold ring-1 ring-inset ${
        size === "sm" ? "px-2 py-0.5 text-xs" : "px-3 py-1 text-sm"
      } ${known ? TONE[known] : TONE.canceled}`}
    >
      {known ? t(known) : label || status}
    </span>
  )
}
