import { getFormatter, getTranslations } from "next-intl/server"
import type { OrderPayment } from "@/lib/credit/types"

/** How a paid order was paid: 账期 (with its due date), 预存款 or 银行转账, and when. */
export default async function PaymentSummary({ payment }: { payment: OrderPayment }) {
  const t = await getTranslations("Payment")
  const tm = await getTranslations("PaymentMethods")
  const format = await getFormatter()
  if (!payment.method) return null
  const overdue = !!payment.due_at && new Date(payment.due_at).getTime() < Date.now()
  return (
    <section
      aria-labelledby="paid-heading"
      className="rounded-lg border border-green-300 bg-green-50 p-4"
      data-testid="payment-summary"
      data-method={payment.method}
    >
      <h2 id="paid-heading" className="text-base font-semibold text-green-950">{t("paidTitle")}</h2>
      <dl className="mt-2 grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-green-900/80">{t("paidVia")}</dt>
        <dd className="font-medium text-gray-900" data-testid="payment-method">{tm(payment.method)}</dd>
        {payment.paid_at && (
          <>
            <dt className="text-green-900/80">{t("paidAt")}</dt>
            <dd className="tabular-nums text-gray-900" data-testid="payment-paid-at">
              {format.dateTime(new Date(payment.paid_at), { dateStyle: "medium", timeStyle: "short" })}
            </dd>
          </>
        )}
        {payment.due_at && (
          <>
            <dt className="text-green-900/80">{t("dueAt")}</dt>
            <dd className="flex flex-wrap items-center gap-2 tabular-nums text-gray-900" data-testid="payment-due-at">
              {format.dateTime(new Date(payment.due_at), { dateStyle: "medium" })}
              {overdue && (
                <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-inset ring-red-300">{t("overdue")}</span>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
