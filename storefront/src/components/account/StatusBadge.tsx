import { getTranslations } from "next-intl/server"
import type { DealerStatus } from "@/lib/auth/dealer"

const TONE: Record<DealerStatus, string> = {
  pending: "bg-amber-100 text-amber-900 ring-amber-300",
  info_requested: "bg-orange-100 text-orange-900 ring-orange-300",
  approved: "bg-green-100 text-green-900 ring-green-300",
  rejected: "bg-red-100 text-red-900 ring-red-300",
  suspended: "bg-gray-200 text-gray-800 ring-gray-400",
}

export default async function StatusBadge({ status }: { status: DealerStatus }) {
  const t = await getTranslations("Account")
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-3 py-1 text-sm font-semibold ring-1 ring-inset ${TONE[status]}`}
    >
      {t(`status.${status}`)}
    </span>
  )
}
