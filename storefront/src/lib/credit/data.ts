// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { cache } from "react"
import { backend } from "../auth/backend"
import { getToken } from "../auth/session"
import type { CreditView, Slip, Statement } from "./types"

/** The dealer's balances, payment methods and receiving account; null when signed out or the route fails. Once per request. */
export const getCredit = cache(async (locale: string): Promise<CreditView | null> => {
  const token = await getToken()
  if (!token) return null
  const res = await backend<CreditView>("/store/credit", { token, locale }).catch(() => null)
  return res?.ok ? res.data : null
})

/** Every slip the company sent (orders and top-ups), newest first. */
export async function getSlips(locale: string): Promise<Slip[] | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ slips: Slip[] }>("/store/credit/slips", { token, locale }).catch(() => null)
  return res?.ok ? res.data.slips : null
}

/** The slips sent for one order, newest first. */
export async function getOrderSlips(orderId: string, locale: string): Promise<Slip[] | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ slips: Slip[] }>(`/store/dealer-orders/${encodeURIComponent(orderId)}/slips`, { token, locale }).catch(
    () => null
  )
  return res?.ok ? res.data.slips : null
}

/** One month's statement; "role" when the member is a buyer (403 statement_role), null when the route fails. */
export async function getStatement(month: string, locale: string): Promise<Statement | "role" | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ statement: Statement }>(`/store/credit/statement?month=${encodeURIComponent(month)}`, {
    token,
    locale,
  }).catch(() => null)
  if (!res) return null
  if (res.ok) return res.data.statement
  if (res.status === 403 && res.error.code === "statement_role") return "role"
  return null
}
