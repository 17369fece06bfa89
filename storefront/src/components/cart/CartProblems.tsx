import { getTranslations } from "next-intl/server"
import type { WholesaleCheck } from "@/lib/cart/types"

/** Problems of the whole cart (起订金额 and others not tied to one line), shown above the lines. */
export default async function CartProblems({ check }: { check: WholesaleCheck | null }) {
  const t = await getTranslations("Cart")
  const general = (check?.problems ?? []).filter((p) => !p.line_item_id)
  if (!check) {
    return (
      <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="cart-check-unavailable">
        {t("checkUnavailable")}
      </p>
    )
  }
  if (!general.length) return null
  return (
    <div role="alert" className="flex flex-col gap-2" data-testid="cart-problems">
      {general.map((p) => (
        <p key={`${p.code}-${p.message}`} className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
          {p.message}
        </p>
      ))}
    </div>
  )
}
