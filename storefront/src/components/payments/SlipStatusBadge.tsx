import { useTranslations } from "next-intl"
import type { SlipStatus } from "@/lib/credit/types"

const TONE: Record<SlipStatus, string> = {
  pending: "bg-amber-100 text-amber-900 ring-amber-300",
  confirmed: "bg-green-100 text-green-900 ring-green-300",
  rejected: "bg-red-100 text-red-900 ring-red-300",
}

/** 待确认 / 已确认 / 已驳回: what finance did with a remittance slip. Server or client. */
export default function SlipStatusBadge({ status }: { status: SlipStatus }) {
  const t = useTranslations("Slips.status")
  return (
    <span
      data-testid="slip-status"
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[status] ?? TONE.pending}`}
    >
      {TONE[status] ? t(status) : status}
    </span>
  )
}
