import { getTranslations } from "next-intl/server"
import type { OrderDetail } from "@/lib/orders/types"

/**
 * The line under the heading that says what happens next: just submitted,
 * where the review stands, or why it was refused.
 */
export default async function OrderNotices({ order, submitted }: { order: OrderDetail; submitted: boolean }) {
  const t = await getTranslations("OrderDetail")
  const review = order.review
  return (
    <>
      {submitted && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm font-medium text-green-900" data-testid="order-submitted">
          {order.status === "awaiting_payment" ? t("submittedApproved") : t("submitted")}
        </p>
      )}
      {order.status === "in_review" && review?.stage_name && (
        <p className="text-sm text-gray-600" data-testid="order-stage">{t("inReviewStage", { stage: review.stage_name })}</p>
      )}
      {order.status === "awaiting_payment" && !submitted && (
        <p className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-blue-900" data-testid="order-approved">
          {t("approvedHint")}
        </p>
      )}
      {order.status === "rejected" && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="order-rejected">
          <p className="font-semibold">{t("rejectedTitle")}</p>
          {review?.reason && <p className="mt-1 whitespace-pre-line break-words">{review.reason}</p>}
          <p className="mt-1 text-red-800">{t("rejectedHint")}</p>
        </div>
      )}
    </>
  )
}
