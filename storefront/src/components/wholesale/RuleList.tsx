import { useLocale, useTranslations } from "next-intl"
import { unitFor } from "@/lib/wholesale/unit"
import type { VariantRules } from "@/lib/wholesale/types"

/** The ordering rules up front, so the dealer meets them before the cart refuses. */
export default function RuleList({ rules, unit }: { rules: VariantRules; unit: string }) {
  const t = useTranslations("Purchase.rules")
  const locale = useLocale()
  const u = (n: number) => unitFor(unit, n, locale)
  const items: string[] = []
  if (rules.min_quantity && rules.min_quantity > 1) items.push(t("min", { quantity: rules.min_quantity, unit: u(rules.min_quantity) }))
  if (rules.multiple && rules.multiple > 1) items.push(t("multiple", { quantity: rules.multiple, unit: u(rules.multiple) }))
  if (rules.max_quantity) items.push(t("max", { quantity: rules.max_quantity, unit: u(rules.max_quantity) }))
  if (!items.length) return null
  return (
    <ul className="flex flex-wrap gap-1.5" data-testid="rules" aria-label={t("label")}>
      {items.map((text) => (
        <li key={text} className="rounded border border-brand-200 bg-white px-2 py-0.5 text-xs text-brand-800">
          {text}
        </li>
      ))}
    </ul>
  )
}
