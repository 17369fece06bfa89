"use client"

import { useEffect, useState, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { useRouter } from "@/i18n/navigation"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { cardPaymentSettled, openCardPayment } from "@/lib/actions/card-payment"

type Props = { orderId: string; totalLabel: string; publishableKey: string }

// Stripe.js is loaded once per page, and only when a dealer picks the card.
let stripeJs: Promise<Stripe | null> | null = null
const stripeFor = (key: string) => (stripeJs ??= loadStripe(key))

const POLL_MS = 2000
const POLL_TRIES = 30

/**
 * 银行卡支付: opens the order's Stripe payment intent, mounts Stripe's Payment
 * Element and confirms it in the page (3-D Secure in Stripe's own dialog).
 * The backend marks the order paid from Stripe's webhook, so after the
 * confirmation this asks until the order is paid, then shows 已付款.
 */
export default function CardPayment({ orderId, totalLabel, publishableKey }: Props) {
  const t = useTranslations("CardPayment")
  const locale = useLocale()
  const [opened, setOpened] = useState<{ clientSecret: string } | { error: string } | null>(null)
  const [attempt, setAttempt] = useState(0)
  const unavailable = t("unavailable")

  useEffect(() => {
    let live = true
    setOpened(null)
    openCardPayment(locale, orderId)
      .catch(() => ({ error: unavailable }))
      .then((res) => live && setOpened(res))
    return () => {
      live = false
    }
  }, [locale, orderId, attempt, unavailable])

  if (!opened) return <p className="text-sm text-gray-600" data-testid="card-loading">{t("loading")}</p>
  if ("error" in opened) {
    return (
      <div className="flex flex-col gap-2" data-testid="card-unavailable">
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">{opened.error}</p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)} className="self-start text-sm font-medium text-brand-600 underline">
          {t("retry")}
        </button>
      </div>
    )
  }
  return (
    <Elements stripe={stripeFor(publishableKey)} options={{ clientSecret: opened.clientSecret, locale: locale === "en" ? "en" : "zh" }}>
      <CardForm orderId={orderId} totalLabel={totalLabel} />
    </Elements>
  )
}

type Phase = "form" | "paying" | "waiting" | "slow" | "paid"

function CardForm({ orderId, totalLabel }: { orderId: string; totalLabel: string }) {
  const t = useTranslations("CardPayment")
  const locale = useLocale()
  const router = useRouter()
  const stripe = useStripe()
  const elements = useElements()
  const [phase, setPhase] = useState<Phase>("form")
  const [error, setError] = useState<string>()

  async function waitUntilPaid() {
    setPhase("waiting")
    for (let i = 0; i < POLL_TRIES; i++) {
      if (await cardPaymentSettled(locale, orderId).catch(() => false)) {
        setPhase("paid")
        router.refresh()
        return
      }
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
    setPhase("slow")
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!stripe || !elements) return
    setError(undefined)
    setPhase("paying")
    const { error: refused, paymentIntent } = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      // Only used by methods that leave the page; the order page reads the status again on return.
      confirmParams: { return_url: window.location.href },
    })
    if (refused || !paymentIntent || !["succeeded", "processing"].includes(paymentIntent.status)) {
      setError(t("failed", { reason: refused?.message ?? paymentIntent?.status ?? "" }))
      setPhase("form")
      return
    }
    await waitUntilPaid()
  }

  if (phase === "paid") {
    return (
      <div role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900" data-testid="card-paid">
        <p className="font-semibold">{t("paid")}</p>
        <p className="mt-1">{t("paidHint")}</p>
      </div>
    )
  }
  if (phase === "waiting" || phase === "slow") {
    return (
      <p role="status" className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-blue-900" data-testid="card-waiting">
        {t(phase === "slow" ? "slow" : "waiting")}
      </p>
    )
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" data-testid="card-form">
      <PaymentElement />
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="card-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={!stripe || !elements || phase === "paying"}
        data-testid="card-submit"
        className="h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-gray-300 disabled:text-gray-600 sm:self-start"
      >
        {phase === "paying" ? t("paying") : t("pay", { total: totalLabel })}
      </button>
    </form>
  )
}
