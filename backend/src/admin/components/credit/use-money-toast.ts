import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { ApiError } from "../../lib/wholesale"

/**
 * Runs a money action and reports the outcome as a toast; the API's own message (in the staff's
 * language) explains a refusal. Resolves with whether the server accepted it and, if not, its code.
 */
export function useMoneyToast() {
  const { t } = useTranslation()
  return async (action: () => Promise<unknown>, success: string, knownCodes: string[] = []): Promise<{ ok: boolean; code?: string }> => {
    try {
      await action()
      toast.success(success)
      return { ok: true }
    } catch (err) {
      const code = err instanceof ApiError ? String(err.body.code ?? "") : ""
      const title = knownCodes.includes(code) ? t(`dealermall.credit.errors.${code}`) : t("dealermall.actions.failed")
      toast.error(title, { description: errorMessage(err, t("dealermall.actions.failed")) })
      return { ok: false, code }
    }
  }
}
