"use client"

import { useOptimistic, useState, useTransition } from "react"
import { useHydrated } from "@/lib/use-hydrated"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { removeCartLine, updateCartLine, type CartActionResult } from "@/lib/actions/cart"
import type { CartLine } from "@/lib/cart/types"
import { formatCNY } from "@/lib/money"
import { lineAmount } from "@/lib/wholesale/amounts"
import type { VariantRules } from "@/lib/wholesale/types"
import ProductImage from "@/components/product/ProductImage"
import QuantityStepper from "@/components/wholesale/QuantityStepper"
import RuleList from "@/components/wholesale/RuleList"

type Props = { line: CartLine; title: string; rules: VariantRules | null; unit: string; problems: string[] }

/** One 进货单 line: changes go straight to the cart and the page re-renders with the backend's totals. */
export default function CartLineItem({ line, title, rules, unit, problems }: Props) {
  const t = useTranslations("Cart")
  const locale = useLocale()
  const [pending, startTransition] = useTransition()
  const ready = useHydrated()
  // The stepper shows the new quantity at once; it falls back to the server's if the change is refused.
  const [quantity, showQuantity] = useOptimistic(line.quantity)
  const [error, setError] = useState<string>()
  const run = (action: () => Promise<CartActionResult>) =>
    startTransition(async () => {
      const res = await action()
      setError(res.ok ? undefined : res.error)
    })
  const href = line.product_handle ? `/products/${line.product_handle}` : null

  return (
    <li
      className="grid grid-cols-[4rem_minmax(0,1fr)] gap-x-3 gap-y-3 p-4 md:grid-cols-[5rem_minmax(0,1fr)_auto_8rem] md:items-center md:gap-x-6"
      data-testid="cart-line"
      data-ready={ready ? "true" : "false"}
      data-sku={line.variant_sku ?? ""}
      aria-busy={pending || undefined}
    >
      <ProductImage src={line.thumbnail} alt="" placeholder="" className="h-16 w-16 rounded border border-gray-200 md:h-20 md:w-20" />
      <div className="flex min-w-0 flex-col gap-1">
        {href ? (
          <Link href={href} className="break-words font-medium text-gray-900 hover:text-brand-600">
            {title}
          </Link>
        ) : (
          <span className="break-words font-medium text-gray-900">{title}</span>
        )}
        {line.variant_title && line.variant_title !== line.product_title && (
          <span className="text-sm text-gray-600">{line.variant_title}</span>
        )}
        {line.variant_sku && (
          <span className="break-all text-xs text-gray-500">
            SKU <span className="font-mono" data-testid="cart-line-sku">{line.variant_sku}</span>
          </span>
        )}
        <span className="text-sm text-gray-700">
          <span className="tabular-nums" data-testid="cart-line-unit-price">{formatCNY(line.unit_price)}</span> / {unit}
        </span>
        {rules && <RuleList rules={rules} unit={unit} />}
      </div>
      <div className="col-span-2 flex flex-wrap items-center justify-between gap-3 md:col-span-1 md:justify-start">
        <QuantityStepper
          value={quantity}
          rules={rules}
          onChange={(q) => run(() => (showQuantity(q), updateCartLine(locale, line.id, q)))}
          label={t("quantityFor", { title })}
          disabled={pending}
          testId="cart-quantity"
        />
        <button
          type="button"
          onClick={() => window.confirm(t("removeConfirm", { title })) && run(() => removeCartLine(locale, line.id))}
          disabled={pending}
          data-testid="cart-line-remove"
          className="h-11 rounded-lg px-3 text-sm text-gray-600 hover:bg-red-50 hover:text-red-700 disabled:opacity-60"
        >
          {t("remove")}
        </button>
      </div>
      <p className="col-span-2 text-right md:col-span-1">
        <span className="text-xs text-gray-500 md:hidden">{t("lineTotal")} </span>
        <span className="font-semibold tabular-nums text-gray-900" data-testid="cart-line-total">
          {formatCNY(line.total ?? lineAmount(line.unit_price, line.quantity))}
        </span>
      </p>
      {(error || problems.length > 0) && (
        <div role="alert" className="col-span-2 flex flex-col gap-1 md:col-span-4" data-testid="cart-line-problem">
          {[...(error ? [error] : []), ...problems].map((text) => (
            <p key={text} className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              {text}
            </p>
          ))}
        </div>
      )}
    </li>
  )
}
