import { getTranslations } from "next-intl/server"
import { isRefundMethod } from "@/lib/after-sales-types"
import { formatCNY } from "@/lib/money"

/**
 * The refund once staff have received the goods: how much, and where it went
 * (it goes back the way the order was paid: credit ledger, prepaid balance,
 * card, or a bank transfer finance makes).
 */
export default async function CaseRefund({ amount, method }: { amount: number; method: string | null }) {
  const t = await getTranslations("AfterSales.detail")
  return (
    <section aria-labelledby="case-refund-heading" className="rounded-lg border border-green-300 bg-green-50 p-4" data-testid="case-refund-panel">
      <h2 id="case-refund-heading" className="text-base font-semibold text-gray-900">{t("refund")}</h2>
      {amount > 0 ? (
        <>
          <p className="mt-2 flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="text-sm text-gray-700">{t("refundAmount")}</span>
            <span className="text-2xl font-bold tabular-nums text-green-800" data-testid="case-refund-amount">{formatCNY(amount)}</span>
          </p>
          {isRefundMethod(method) && (
            <p className="mt-1 text-sm text-green-900" data-testid="case-refund-method" data-method={method}>{t(`refundTo.${method}`)}</p>
          )}
        </>
      ) : (
        <p className="mt-2 text-sm text-gray-700" data-testid="case-refund-none">{t("refundNone")}</p>
      )}
    </section>
  )
}
