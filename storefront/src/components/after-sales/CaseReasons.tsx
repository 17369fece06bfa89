import { getTranslations } from "next-intl/server"

/** Why the dealer asked, and what staff answered (worded 驳回原因 when they refused). */
export default async function CaseReasons({ reason, decision, rejected }: { reason: string | null; decision: string | null; rejected: boolean }) {
  const t = await getTranslations("AfterSales.detail")
  if (!reason && !decision) return null
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4">
      {reason && (
        <div>
          <h2 className="text-sm font-semibold text-gray-900">{t("reason")}</h2>
          <p className="mt-1 whitespace-pre-line break-words text-sm text-gray-800" data-testid="case-reason">{reason}</p>
        </div>
      )}
      {decision && (
        <div className={`rounded-md px-3 py-2 ${rejected ? "bg-red-50" : "bg-gray-50"}`}>
          <h2 className={`text-sm font-semibold ${rejected ? "text-red-900" : "text-gray-900"}`}>{rejected ? t("rejectReason") : t("decision")}</h2>
          <p className="mt-1 whitespace-pre-line break-words text-sm text-gray-800" data-testid="case-decision">{decision}</p>
        </div>
      )}
    </section>
  )
}
