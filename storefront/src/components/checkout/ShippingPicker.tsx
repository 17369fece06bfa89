"use client"

import { useOptimistic, useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { chooseShipping } from "@/lib/actions/checkout"
import { knownShipping } from "@/lib/checkout/shipping-label"
import type { ShippingChoice } from "@/lib/checkout/types"
import { formatCNY } from "@/lib/money"
import FormError from "@/components/auth/FormError"

type Props = { choices: ShippingChoice[]; chosenId: string | null; disabled?: boolean }

/**
 * Core's shipping options as radio cards. A choice goes onto the cart at once,
 * so the summary shows core's freight and total, not a figure computed here.
 */
export default function ShippingPicker({ choices, chosenId, disabled }: Props) {
  const t = useTranslations("Checkout")
  const locale = useLocale()
  const [chosen, showChosen] = useOptimistic(chosenId)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()

  if (!choices.length) return <p className="text-sm text-amber-800">{t("noShipping")}</p>

  const choose = (id: string) =>
    startTransition(async () => {
      showChosen(id)
      const res = await chooseShipping(locale, id)
      setError(res.ok ? undefined : res.error)
    })

  return (
    <div className="flex flex-col gap-2" aria-busy={pending || undefined} data-testid="shipping-picker" data-pending={pending ? "true" : undefined}>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" role="radiogroup" aria-label={t("sections.shipping")}>
        {choices.map((c) => {
          const known = knownShipping(c)
          const selected = c.id === chosen
          return (
            <li key={c.id}>
              <label
                data-testid="shipping-option"
                data-code={c.code ?? ""}
                className={`flex h-full cursor-pointer items-start gap-3 rounded-lg border bg-white p-3 ${
                  selected ? "border-brand-600 ring-1 ring-brand-600" : "border-gray-200 hover:border-gray-400"
                }`}
              >
                <input
                  type="radio"
                  name="checkout-shipping"
                  value={c.id}
                  checked={selected}
                  disabled={disabled || pending}
                  onChange={() => choose(c.id)}
                  className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600"
                />
                <span className="flex min-w-0 flex-1 flex-col gap-0.5 text-sm">
                  <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                    <span className="font-medium text-gray-900">{known ? t(`shippingNames.${known}`) : c.name}</span>
                    <span className="tabular-nums text-gray-800">
                      {c.amount === null ? "" : c.amount === 0 ? t("free") : formatCNY(c.amount)}
                    </span>
                  </span>
                  {(known || c.description) && (
                    <span className="text-gray-500">{known ? t(`shippingHints.${known}`) : c.description}</span>
                  )}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
      <FormError message={error} testId="shipping-error" />
    </div>
  )
}
