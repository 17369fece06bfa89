import { getLocale, getTranslations } from "next-intl/server"
import { getCredit, getOrderSlips } from "@/lib/credit/data"
import type { OrderPayment } from "@/lib/credit/types"
import type { OrderDetail } from "@/lib/orders/types"
import { stripePublishableKey } from "@/lib/credit/stripe-key"
import { Link } from "@/i18n/navigation"
import PaymentSummary from "./PaymentSummary"
import PayPanel from "./PayPanel"
import SlipList from "./SlipList"

const DAY_MS = 86_400_000

/**
 * Everything about paying, on the order page: the pay panel while the order
 * can be paid, "waiting for finance" while a slip is pending, why the last
 * slip was refused, how a paid order was paid, and the order's slips.
 */
export default async function OrderPaymentSection({ order }: { order: OrderDetail }) {
  // The order routes carry `payment` (docs/credit-api.md); the order types predate it.
  const payment = (order as OrderDetail & { payment?: OrderPayment }).payment
  if (!payment) return null
  const locale = await getLocale()
  const t = await getTranslations("Payment")
  const ts = await getTranslations("Slips")
  const wantsSlips = order.status === "awaiting_payment" || payment.pending_slip || payment.method === "bank_transfer"
  const [credit, slips] = await Promise.all([
    payment.can_pay ? getCredit(locale) : null,
    wantsSlips ? getOrderSlips(order.id, locale) : null,
  ])
  const total = order.total
  // An order in review has nothing to say about payment: no empty box in the page's gap.
  if (!payment.method && !payment.pending_slip && !payment.can_pay && !slips?.length) return null

  return (
    <div className="flex flex-col gap-4" data-testid="order-payment" data-can-pay={payment.can_pay || undefined}>
      {payment.method && <PaymentSummary payment={payment} />}
      {payment.pending_slip && (
        <div role="status" className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-blue-900" data-testid="payment-pending">
          <p className="font-semibold">{t("pending")}</p>
          <p className="mt-1">{t("pendingHint")}</p>
        </div>
      )}
      {payment.can_pay && payment.last_rejected_reason && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="payment-rejected">
          <p className="font-semibold">{t("rejectedTitle")}</p>
          <p className="mt-1 whitespace-pre-line break-words">{t("reason", { reason: payment.last_rejected_reason })}</p>
          <p className="mt-1 text-red-800">{t("rejectedHint")}</p>
        </div>
      )}
      {payment.can_pay &&
        (credit && total !== null ? (
          <PayPanel
            orderId={order.id}
            displayId={order.display_id}
            total={total}
            methods={credit.methods}
            available={credit.balances.available}
            held={credit.balances.held}
            prepaid={credit.balances.prepaid}
            termsDays={credit.account.payment_terms_days}
            dueAt={new Date(Date.now() + credit.account.payment_terms_days * DAY_MS).toISOString()}
            bank={credit.bank}
            preferTransfer={!!payment.last_rejected_reason}
            stripeKey={stripePublishableKey()}
          />
        ) : (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="pay-unavailable">
            {t("unavailable")}
          </p>
        ))}
      {slips && slips.length > 0 && <SlipList slips={slips} title={ts("orderTitle")} testId="order-slips" />}
      {payment.can_pay && (
        <Link href="/account/credit" className="self-start text-sm text-brand-600 hover:underline" data-testid="pay-funds-link">
          {t("financeLink")} →
        </Link>
      )}
    </div>
  )
}
