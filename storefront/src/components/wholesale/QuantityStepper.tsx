"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { firstQuantity, lastQuantity, normalizeQuantity, stepOf } from "@/lib/wholesale/quantity"
import type { VariantRules } from "@/lib/wholesale/types"

type Props = {
  value: number
  rules: VariantRules | null
  onChange: (quantity: number) => void
  label: string
  disabled?: boolean
  testId?: string
}

const BUTTON =
  "flex h-11 w-11 shrink-0 items-center justify-center text-xl text-gray-700 hover:bg-gray-100 disabled:opacity-40"

/**
 * − [n] +, stepping by the case pack. Typed numbers are snapped onto the
 * allowed grid when the field loses focus, so a dealer cannot leave it at 13
 * when cases hold 6.
 */
export default function QuantityStepper({ value, rules, onChange, label, disabled, testId = "quantity" }: Props) {
  const t = useTranslations("Purchase")
  const step = stepOf(rules)
  const min = firstQuantity(rules)
  const max = lastQuantity(rules)
  // What the dealer is typing, until it is committed; null shows `value` itself,
  // so −/+ and server updates appear in the same render (no effect lag).
  const [draft, setDraft] = useState<string | null>(null)

  const commit = (raw: string) => {
    const next = normalizeQuantity(Number.parseInt(raw, 10), rules)
    setDraft(null)
    if (next !== value) onChange(next)
  }

  return (
    <div className="inline-flex h-11 items-stretch overflow-hidden rounded-lg border border-gray-300 bg-white">
      <button
        type="button"
        className={BUTTON}
        aria-label={t("decrease", { step })}
        disabled={disabled || value <= min}
        onClick={() => onChange(normalizeQuantity(value - step, rules))}
        data-testid={`${testId}-minus`}
      >
        −
      </button>
      <input
        type="number"
        inputMode="numeric"
        aria-label={label}
        min={min}
        max={max ?? undefined}
        step={step}
        value={draft ?? String(value)}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), commit(e.currentTarget.value))}
        data-testid={testId}
        className="w-16 border-x border-gray-300 text-center text-base tabular-nums [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
      />
      <button
        type="button"
        className={BUTTON}
        aria-label={t("increase", { step })}
        disabled={disabled || (max !== null && value >= max)}
        onClick={() => onChange(normalizeQuantity(value + step, rules))}
        data-testid={`${testId}-plus`}
      >
        +
      </button>
    </div>
  )
}
