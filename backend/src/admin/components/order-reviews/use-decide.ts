import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useReviewDecision } from "../../lib/order-reviews"
import { DecisionAction } from "../../lib/order-review-types"
import { ApiError } from "../../lib/wholesale"

// Refusals staff meet in normal work get their own headline; the API's message explains the details.
const KNOWN_CODES = ["review_closed", "not_stage_reviewer", "reason_required"] as const

/** Sends a decision and reports the outcome as a toast. Resolves true when the decision was recorded. */
export function useDecide(orderId: string) {
  const { t } = useTranslation()
  const mutation = useReviewDecision(orderId)
  const decide = async (action: DecisionAction, reason: string | undefined, successMessage: string) => {
    try {
      await mutation.mutateAsync({ action, ...(reason ? { reason } : {}) })
      toast.success(successMessage)
      return true
    } catch (err) {
      const code = err instanceof ApiError ? String(err.body.code ?? err.body.type ?? "") : ""
      const known = KNOWN_CODES.find((c) => c === code)
      toast.error(known ? t(`dealermall.reviewPanel.errors.${known}`) : t("dealermall.actions.failed"), {
        description: errorMessage(err, t("dealermall.actions.failed")),
      })
      return false
    }
  }
  return { decide, isPending: mutation.isPending }
}
