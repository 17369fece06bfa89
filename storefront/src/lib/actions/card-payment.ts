"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"

const orderPath = (id: string, rest = "") => `/store/dealer-orders/${encodeURIComponent(id)}${rest}`

export type CardPaymentOpened = { clientSecret: string } | { error: string }

/** 银行卡支付: the order's Stripe payment intent (the same one on a repeat call), for Stripe Elements to confirm. */
export async function openCardPayment(rawLocale: string, orderId: string): Promise<CardPaymentOpened> {
  const locale = toLocale(rawLocale)
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const res = await backend<{ card_payment: { client_secret: string } }>(orderPath(orderId, "/card-payment"), { json: {}, token, locale }).catch(
    () => null
  )
  if (res?.status === 401) redirectTo("/sign-in", locale)
  const t = await getTranslations({ locale, namespace: "CardPayment" })
  if (!res) return { error: t("unavailable") }
  // Refusals (not payable, a slip waiting…) come back in the dealer's language; anything else is "try later".
  if (!res.ok) return { error: (res.status < 500 && res.error.message) || t("unavailable") }
  return { clientSecret: res.data.card_payment.client_secret }
}

/**
 * Whether Stripe's webhook has made the order paid yet (the card is confirmed
 * in the browser, the order is marked paid by the backend a few seconds later).
 */
export async function cardPaymentSettled(rawLocale: string, orderId: string): Promise<boolean> {
  const locale = toLocale(rawLocale)
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const res = await backend<{ order: { status: string; payment?: { method: string | null } } }>(orderPath(orderId), { token, locale }).catch(() => null)
  const paid = !!res?.ok && !!res.data.order.payment?.method
  if (paid) revalidatePath("/[locale]/account", "layout")
  return paid
}
