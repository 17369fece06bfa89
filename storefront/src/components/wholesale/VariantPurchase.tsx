"use client"

import { useState, useTransition } from "react"
import { useHydrated } from "@/lib/use-hydrated"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { addToCart } from "@/lib/actions/cart"
import { formatCNY } from "@/lib/money"
import type { OrderListSummary } from "@/lib/order-lists/types"
import { lineAmount, savingOf } from "@/lib/wholesale/amounts"
import { breakAmountFor, firstQuantity } from "@/lib/wholesale/quantity"
import { unitFor } from "@/lib/wholesale/unit"
import type { WholesaleVariant } from "@/lib/wholesale/types"
import AddToOrderList from "./AddToOrderList"
import BreaksTable from "./BreaksTable"
import QuantityStepper from "./QuantityStepper"
import RuleList from "./RuleList"
import StockBadge from "./StockBadge"

export type PurchaseVariant = { id: string; title: string; sku: string | null }

type Props = {
  variant: PurchaseVariant
  /** Null when the wholesale route failed: core's price stands in and the cart rules speak on add. */
  wholesale: WholesaleVariant | null
  fallbackAmount: number | null
  unit: string
  canOrder: boolean
  orderLists: OrderListSummary[] | null
}

type Notice = { kind: "ok" | "error"; text: string }

/** One variant's price, rules, stock, quantity and the two buttons. */
export default function VariantPurchase({ variant, wholesale, fallbackAmount, unit, canOrder, orderLists }: Props) {
  const t = useTranslations("Purchase")
  const locale = useLocale()
  const rules = wholesale?.rules ?? null
  const pricing = wholesale?.pricing ?? null
  const [quantity, setQuantity] = useState(() => firstQuantity(rules))
  const [notice, setNotice] = useState<Notice | null>(null)
  const [pending, startTransition] = useTransition()
  const ready = useHydrated()

  // The break for the chosen quantity wins over the headline price when cheaper.
  const headline = pricing?.unit_amount ?? fallbackAmount
  const fromBreak = pricing ? breakAmountFor(pricing.breaks, quantity) : null
  const unitAmount = headline === null ? null : fromBreak !== null ? Math.min(fromBreak, headline) : headline
  const saving = pricing ? savingOf(pricing.base_amount, unitAmount) : null
  const out = wholesale?.stock.level === "out"

  const add = () =>
    startTransition(async () => {
      const res = await addToCart(locale, variant.id, quantity)
      setNotice(res.ok ? { kind: "ok", text: t("added", { quantity, unit: unitFor(unit, quantity, locale) }) } : { kind: "error", text: res.error })
    })

  return (
    <article
      className="grid gap-4 p-4 md:grid-cols-[minmax(0,1fr)_auto] md:gap-8"
      data-testid="variant-purchase"
      data-ready={ready ? "true" : "false"}
      data-variant-id={variant.id}
      data-sku={variant.sku ?? ""}
    >
      <div className="flex min-w-0 flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="min-w-0 break-words font-medium text-gray-900">{variant.title}</h3>
          {wholesale && <StockBadge stock={wholesale.stock} unit={unit} />}
        </div>
        {variant.sku && (
          <p className="break-all text-xs text-gray-500">
            SKU <span className="font-mono">{variant.sku}</span>
          </p>
        )}
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          {unitAmount !== null ? (
            <>
              <span className="text-2xl font-bold text-brand-600 tabular-nums" data-testid="unit-price">
                {formatCNY(unitAmount)}
              </span>
              <span className="text-sm text-gray-500">/ {unit}</span>
              {pricing && saving !== null && (
                <span className="text-sm text-gray-400 line-through">{formatCNY(pricing.base_amount)}</span>
              )}
            </>
          ) : (
            <span className="text-gray-500">{t("noPrice")}</span>
          )}
          {pricing && pricing.source !== "base" && (
            <span className="rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">{t(`source.${pricing.source}`)}</span>
          )}
        </div>
        {saving !== null && (
          <p className="text-sm font-medium text-green-700" data-testid="saving">
            {t("saving", { amount: formatCNY(saving) })}
          </p>
        )}
        {rules && <RuleList rules={rules} unit={unit} />}
        {pricing && <BreaksTable breaks={pricing.breaks} quantity={quantity} unit={unit} />}
      </div>

      {canOrder && (
        <div className="flex flex-col gap-3 md:w-72">
          <div className="flex flex-wrap items-center gap-3">
            <QuantityStepper
              value={quantity}
              rules={rules}
              onChange={(q) => (setQuantity(q), setNotice(null))}
              label={t("quantityFor", { title: variant.title })}
              disabled={pending}
            />
            {unitAmount !== null && (
              <p className="text-sm text-gray-600">
                {t("lineTotal")}{" "}
                <span className="font-semibold text-gray-900 tabular-nums" data-testid="line-preview">
                  {formatCNY(lineAmount(unitAmount, quantity))}
                </span>
              </p>
            )}
          </div>
          <button
            type="button"
            onClick={add}
            disabled={pending || out}
            aria-busy={pending || undefined}
            data-testid="add-to-cart"
            className="h-12 w-full rounded-lg bg-brand-600 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {out ? t("outOfStock") : pending ? t("adding") : t("addToCart")}
          </button>
          {/* One wrapper: two always-mounted live regions must not add two empty gaps. */}
          <div>
            <div role="status" aria-live="polite" data-testid="purchase-notice">
              {notice?.kind === "ok" && (
                <p className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
                  {notice.text}{" "}
                  <Link href="/cart" className="font-medium underline" data-testid="go-to-cart">
                    {t("goToCart")}
                  </Link>
                </p>
              )}
            </div>
            <div role="alert" data-testid="purchase-error">
              {notice?.kind === "error" && (
                <p className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{notice.text}</p>
              )}
            </div>
          </div>
          <AddToOrderList variantId={variant.id} quantity={quantity} lists={orderLists} />
        </div>
      )}
    </article>
  )
}
