import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorMessage, useDealerAction } from "../../lib/dealers"
import { DealerActionInput } from "../../lib/types"

/** Runs a review action and reports the outcome; the API's own message explains refusals (e.g. 409). */
export function useRunDealerAction(dealerId: string, onDone: () => void) {
  const { t } = useTranslation()
  const mutation = useDealerAction(dealerId)
  const run = (input: DealerActionInput) =>
    mutation.mutate(input, {
      onSuccess: () => {
        toast.success(t(`dealermall.actions.done.${input.action}`))
        onDone()
      },
      onError: (err) => {
        toast.error(t("dealermall.actions.failed"), {
          description: errorMessage(err, t("dealermall.actions.failed")),
        })
      },
    })
  return { run, isPending: mutation.isPending }
}
