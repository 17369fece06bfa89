"use client"

import { useState, useTransition, type ReactNode } from "react"
import { useLocale, useTranslations } from "next-intl"
import { submitOrder } from "@/lib/actions/checkout"
import type { Address } from "@/lib/addresses/types"
import type { ShippingChoice } from "@/lib/checkout/types"
import { useHydrated } from "@/lib/use-hydrated"
import FormError from "@/components/auth/FormError"
import AddressBook from "@/components/addresses/AddressBook"
import ShippingPicker from "./ShippingPicker"

type Props = {
  addresses: Address[]
  canEditAddresses: boolean
  choices: ShippingChoice[]
  chosenShippingId: string | null
  /** False for finance members, or while the cart breaks a rule: the button says why instead. */
  canSubmit: boolean
  blockedReason?: string
  lineCount: number
  /** Server-rendered parts: the lines, and the totals with the coupon form. */
  lines: ReactNode
  summary: ReactNode
}

const FIELD =
  "w-full rounded-lg border border-gray-300 bg-white px-3 text-base text-gray-900 placeholder:text-gray-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"

function Section({ n, title, children, id }: { n: number; title: string; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4" data-testid={`checkout-${id}`}>
      <h2 id={id} className="flex items-center gap-2 text-base font-semibold text-gray-900">
        <span aria-hidden="true" className="flex h-6 w-6 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white">
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  )
}

/** 确认订单: address, shipping, the dealer's references, then 提交订单 → the order page. */
export default function CheckoutForm(props: Props) {
  const t = useTranslations("Checkout")
  const locale = useLocale()
  const ready = useHydrated()
  const [addressId, setAddressId] = useState<string | null>(props.addresses[0]?.id ?? null)
  const [po, setPo] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  // An address deleted elsewhere, or none chosen yet: fall back to the default (listed first).
  const chosenAddress = props.addresses.find((a) => a.id === addressId)?.id ?? props.addresses[0]?.id ?? null

  const submit = () => {
    if (!chosenAddress) return setError(t("chooseAddress"))
    if (!props.chosenShippingId) return setError(t("chooseShipping"))
    setError(undefined)
    startTransition(async () => {
      const res = await submitOrder(locale, {
        address_id: chosenAddress,
        shipping_option_id: props.chosenShippingId,
        po_number: po,
        delivery_note: note,
      })
      // Success navigates to the order page; only a refusal comes back.
      if (!res.ok) setError(res.error)
    })
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start" data-testid="checkout-form" data-ready={ready ? "true" : "false"}>
      <div className="flex min-w-0 flex-col gap-4">
        <Section n={1} id="address" title={t("sections.address")}>
          <AddressBook
            addresses={props.addresses}
            canEdit={props.canEditAddresses}
            selectedId={chosenAddress}
            onSelect={setAddressId}
          />
        </Section>
        <Section n={2} id="shipping" title={t("sections.shipping")}>
          <ShippingPicker choices={props.choices} chosenId={props.chosenShippingId} disabled={pending} />
        </Section>
        <Section n={3} id="info" title={t("sections.info")}>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="flex flex-col gap-1.5 text-sm font-medium text-gray-800">
              {t("poLabel")}
              <input
                value={po}
                onChange={(e) => setPo(e.target.value)}
                maxLength={60}
                autoComplete="off"
                data-testid="po-number"
                className={`${FIELD} h-12`}
              />
              <span className="font-normal text-gray-500">{t("poHint")}</span>
            </label>
            <label className="flex flex-col gap-1.5 text-sm font-medium text-gray-800">
              {t("noteLabel")}
              <textarea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={500}
                rows={3}
                placeholder={t("notePlaceholder")}
                data-testid="delivery-note"
                className={`${FIELD} py-2`}
              />
            </label>
          </div>
        </Section>
        <Section n={4} id="items" title={t("sections.items", { count: props.lineCount })}>
          {props.lines}
        </Section>
      </div>
      <div className="flex flex-col gap-3 lg:sticky lg:top-4">
        {props.summary}
        <FormError message={error} testId="checkout-error" />
        {props.blockedReason && <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="checkout-blocked">{props.blockedReason}</p>}
        <button
          type="button"
          onClick={submit}
          disabled={!props.canSubmit || pending}
          aria-busy={pending || undefined}
          data-testid="submit-order"
          className="h-12 w-full rounded-lg bg-brand-600 text-base font-semibold text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {pending ? t("submitting") : t("submit")}
        </button>
        <p className="text-xs text-gray-500">{t("submitHint")}</p>
      </div>
    </div>
  )
}
