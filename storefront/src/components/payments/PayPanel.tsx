"use client"

import { useState, type ReactNode } from "react"
import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatCNY } from "@/lib/money"
import type { BankDetails as Bank } from "@/lib/credit/types"
import BankDetails from "./BankDetails"
import CardPayment from "./CardPayment"
import PayConfirm from "./PayConfirm"
import SlipUploadForm from "./SlipUploadForm"

type Method = "on_account" | "prepaid" | "bank_transfer" | "card"

type Props = {
  orderId: string
  displayId: number
  total: number
  /** Methods the backend offers this dealer (GET /store/credit `methods`). */
  methods: string[]
  available: number
  held: number
  prepaid: number
  termsDays: number
  /** Today + the terms, computed on the server so both renders agree. */
  dueAt: string
  bank: Bank | null
  /** After a refused slip the transfer is what the dealer most likely retries. */
  preferTransfer: boolean
  /** Stripe's publishable key; without it Stripe Elements cannot load, so no card option. */
  stripeKey?: string | null
}

const ORDER: Method[] = ["on_account", "prepaid", "bank_transfer", "card"]

/**
 * 订单付款: the ways to pay an approved order (账期, 预存款, 银行转账 and, when
 * Stripe is set up, 银行卡支付), each saying up front whether it can be used
 * (credit or balance enough) and why not.
 */
export default function PayPanel(p: Props) {
  const t = useTranslations("Payment")
  const tm = useTranslations("PaymentMethods")
  const tc = useTranslations("CardPayment")
  const format = useFormatter()
  const money = formatCNY
  const due = format.dateTime(new Date(p.dueAt), { dateStyle: "medium", timeZone: "Asia/Shanghai" })

  // The order's own hold (if it was submitted for 账期) counts towards it, so only
  // refuse up front when even available + held cannot cover it; the backend decides the rest.
  const creditOpen = p.methods.includes("on_account")
  const creditShort = creditOpen && p.available + p.held < p.total
  const prepaidShort = p.prepaid < p.total
  const blocked: Record<Method, string | null> = {
    on_account: !creditOpen ? t("creditUnavailable") : creditShort ? t("creditShort", { available: money(p.available), total: money(p.total) }) : null,
    prepaid: prepaidShort ? t("prepaidShort", { balance: money(p.prepaid), total: money(p.total) }) : null,
    bank_transfer: null,
    card: null,
  }
  const offered = ORDER.filter((m) => {
    if (m === "prepaid") return p.methods.includes("prepaid")
    // 银行卡支付 only when the backend has Stripe configured and the storefront its publishable key.
    if (m === "card") return p.methods.includes("card") && !!p.stripeKey
    return true
  })
  const first = p.preferTransfer ? "bank_transfer" : (offered.find((m) => !blocked[m]) ?? "bank_transfer")
  const [method, setMethod] = useState<Method>(first)
  const figure: Record<Method, string> = {
    on_account: creditOpen ? `${t("available")} ${money(p.available)}` : "",
    prepaid: `${t("prepaidBalance")} ${money(p.prepaid)}`,
    bank_transfer: "",
    card: "",
  }
  const label = (m: Method) => (m === "card" ? tc("label") : tm(m))
  const hint = (m: Method) => (m === "card" ? tc("hint") : t(`hints.${m}`))

  return (
    <section aria-labelledby="pay-heading" className="flex flex-col gap-4 rounded-lg border-2 border-blue-200 bg-white p-4" data-testid="pay-panel">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="pay-heading" className="text-lg font-semibold text-gray-900">{t("title")}</h2>
        <p className="text-sm text-gray-600">
          {t("amountDue")}{" "}
          <span className="ml-1 text-2xl font-bold tabular-nums text-brand-700" data-testid="pay-total">{money(p.total)}</span>
        </p>
      </div>

      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-medium text-gray-800">{t("choose")}</legend>
        <div className={`grid gap-2 ${offered.length > 3 ? "sm:grid-cols-2 lg:grid-cols-4" : "sm:grid-cols-3"}`}>
          {offered.map((m) => {
            const reason = blocked[m]
            return (
              <label
                key={m}
                data-testid="pay-method"
                data-method={m}
                data-disabled={reason ? "true" : undefined}
                className={`flex min-w-0 cursor-pointer gap-3 rounded-lg border p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700 ${
                  reason ? "border-gray-200 bg-gray-50" : "border-gray-300 bg-white [@media(hover:hover)]:hover:border-brand-600"
                }`}
              >
                <input
                  type="radio"
                  name="pay-method"
                  value={m}
                  checked={method === m}
                  onChange={() => setMethod(m)}
                  className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
                />
                <span className="flex min-w-0 flex-col gap-0.5">
                  <span className={`font-semibold ${reason ? "text-gray-500" : "text-gray-900"}`}>{label(m)}</span>
                  <span className="text-xs text-gray-500">{hint(m)}</span>
                  {figure[m] && <span className="text-sm tabular-nums text-gray-700">{figure[m]}</span>}
                </span>
              </label>
            )
          })}
        </div>
      </fieldset>

      <div className="flex flex-col gap-3 border-t border-gray-100 pt-4" data-testid="pay-details" data-method={method}>
        {method === "on_account" && (
          <>
            <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              {creditOpen && (
                <>
                  <dt className="text-gray-500">{t("available")}</dt>
                  <dd className="tabular-nums text-gray-900" data-testid="pay-available">{money(p.available)}</dd>
                </>
              )}
              <dt className="text-gray-500">{t("orderTotal")}</dt>
              <dd className="tabular-nums text-gray-900">{money(p.total)}</dd>
              {creditOpen && (
                <>
                  <dt className="text-gray-500">{t("dueDate")}</dt>
                  <dd className="text-gray-900" data-testid="pay-due">
                    {due} <span className="text-gray-500">· {t("terms", { days: p.termsDays })}</span>
                  </dd>
                </>
              )}
            </dl>
            <Blocked reason={blocked.on_account} testId="pay-blocked" />
            <PayConfirm
              orderId={p.orderId}
              method="on_account"
              disabled={!!blocked.on_account}
              label={t("payOnAccount", { total: money(p.total) })}
              title={t("confirmOnAccountTitle")}
              description={t("confirmOnAccountHint", { total: money(p.total), due })}
            />
          </>
        )}
        {method === "prepaid" && (
          <>
            <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              <dt className="text-gray-500">{t("prepaidBalance")}</dt>
              <dd className="tabular-nums text-gray-900" data-testid="pay-prepaid">{money(p.prepaid)}</dd>
              <dt className="text-gray-500">{t("orderTotal")}</dt>
              <dd className="tabular-nums text-gray-900">{money(p.total)}</dd>
              {!prepaidShort && (
                <>
                  <dt className="text-gray-500">{t("prepaidAfter")}</dt>
                  <dd className="tabular-nums text-gray-900">{money(p.prepaid - p.total)}</dd>
                </>
              )}
            </dl>
            <Blocked reason={blocked.prepaid} testId="pay-blocked">
              <Link href="/account/credit#topup" className="ml-1 font-medium text-brand-600 underline">{t("topUp")}</Link>
            </Blocked>
            <PayConfirm
              orderId={p.orderId}
              method="prepaid"
              disabled={!!blocked.prepaid}
              label={t("payPrepaid", { total: money(p.total) })}
              title={t("confirmPrepaidTitle")}
              description={t("confirmPrepaidHint", { total: money(p.total), after: money(p.prepaid - p.total) })}
            />
          </>
        )}
        {method === "bank_transfer" && (
          <>
            <p className="text-sm text-gray-700">{t("bankIntro", { total: money(p.total) })}</p>
            <BankDetails
              bank={p.bank}
              extra={[
                { label: t("transferAmount"), value: money(p.total), testId: "transfer-amount", strong: true },
                { label: t("reference"), value: `DM${p.displayId}`, copy: true, mono: true, strong: true, testId: "transfer-reference" },
              ]}
            />
            <div className="flex flex-col gap-1">
              <h3 className="text-base font-semibold text-gray-900">{t("uploadTitle")}</h3>
              <p className="text-sm text-gray-600">{t("uploadHint")}</p>
            </div>
            <SlipUploadForm target="order" orderId={p.orderId} submitLabel={t("submitSlip")} />
          </>
        )}
        {method === "card" && (
          <>
            <p className="text-sm text-gray-700">{tc("intro", { total: money(p.total) })}</p>
            <CardPayment orderId={p.orderId} totalLabel={money(p.total)} publishableKey={p.stripeKey!} />
          </>
        )}
      </div>
    </section>
  )
}

function Blocked({ reason, testId, children }: { reason: string | null; testId: string; children?: ReactNode }) {
  if (!reason) return null
  return (
    <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid={testId}>
      {reason}
      {children}
    </p>
  )
}
