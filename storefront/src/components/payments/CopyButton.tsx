"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"

/** Copies one value (account number, reference code) so the dealer can paste it into the bank's app. */
export default function CopyButton({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const t = useTranslations("Bank")
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      // No clipboard (http on a phone, permissions): the value stays selectable by hand.
      setCopied(false)
    }
  }
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={t("copyLabel", { label })}
      data-testid={testId}
      data-copied={copied || undefined}
      className="inline-flex h-9 shrink-0 items-center rounded-md border border-gray-300 bg-white px-3 text-xs font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600 print:hidden"
    >
      <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
    </button>
  )
}
