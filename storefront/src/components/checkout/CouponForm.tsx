"use client"

import { useState, useTransition, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { applyCoupon, removeCoupon } from "@/lib/actions/checkout"
import FormError from "@/components/auth/FormError"

/** 优惠码: core's promotions on the cart; refusals are core's own (re-worded when we know them). */
export default function CouponForm({ codes }: { codes: string[] }) {
  const t = useTranslations("Checkout")
  const locale = useLocale()
  const [code, setCode] = useState("")
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()

  const apply = (e: FormEvent) => {
    e.preventDefault()
    startTransition(async () => {
      const res = await applyCoupon(locale, code)
      setError(res.ok ? undefined : res.error)
      if (res.ok) setCode("")
    })
  }
  const remove = (c: string) =>
    startTransition(async () => {
      const res = await removeCoupon(locale, c)
      setError(res.ok ? undefined : res.error)
    })

  return (
    <div className="flex flex-col gap-2" data-testid="coupon">
      <form onSubmit={apply} className="flex gap-2">
        <label htmlFor="coupon-code" className="sr-only">{t("coupon")}</label>
        <input
          id="coupon-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder={t("couponPlaceholder")}
          autoCapitalize="characters"
          autoComplete="off"
          maxLength={60}
          data-testid="coupon-input"
          className="h-11 min-w-0 flex-1 rounded-lg border border-gray-300 bg-white px-3 text-base uppercase placeholder:normal-case"
        />
        <button
          type="submit"
          disabled={pending}
          data-testid="coupon-apply"
          className="h-11 shrink-0 rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-800 hover:border-brand-600 hover:text-brand-600 disabled:opacity-60"
        >
          {t("couponApply")}
        </button>
      </form>
      {codes.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {codes.map((c) => (
            <li key={c} className="inline-flex items-center gap-1 rounded-full bg-green-50 py-0.5 pl-3 text-sm text-green-800 ring-1 ring-inset ring-green-300" data-testid="coupon-applied">
              <span className="break-all font-mono">{c}</span>
              <button
                type="button"
                onClick={() => remove(c)}
                disabled={pending}
                aria-label={t("couponRemove", { code: c })}
                className="inline-flex h-8 w-8 items-center justify-center rounded-full hover:bg-green-100"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={error} testId="coupon-error" />
    </div>
  )
}
