import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import {
  AdjustmentInput,
  CreditAccountDetail,
  CreditAccountListResponse,
  CreditSettings,
  PaymentSlip,
  RepaymentInput,
  SlipListResponse,
  SlipTab,
} from "./credit-types"
import { backendUrl } from "./sdk"
import { apiFetch } from "./wholesale"

const keys = {
  accounts: ["dealermall", "credit-accounts"] as const,
  list: (q: string) => [...keys.accounts, "list", q] as const,
  detail: (dealerId: string) => [...keys.accounts, "detail", dealerId] as const,
  slips: ["dealermall", "payment-slips"] as const,
  slipList: (p: SlipListParams) => [...keys.slips, "list", p] as const,
  slipCount: (status: SlipTab) => [...keys.slips, "count", status] as const,
  slipFile: (id: string) => ["dealermall", "payment-slip-file", id] as const,
  settings: ["dealermall", "credit-settings"] as const,
  orderNumbers: (ids: string[]) => ["dealermall", "order-numbers", ids] as const,
}

/** A missing route or account (404) will not appear on retry. */
const retryUnless404 = (failures: number, err: unknown) =>
  (err as { status?: number }).status !== 404 && failures < 2

/** After anything that moves money: balances, the queue, dealer terms and the core order pages change. */
function invalidateMoney(qc: ReturnType<typeof useQueryClient>) {
  qc.invalidateQueries({ queryKey: keys.accounts })
  qc.invalidateQueries({ queryKey: keys.slips })
  qc.invalidateQueries({ queryKey: ["dealermall", "dealers"] })
  qc.invalidateQueries({ queryKey: ["dealermall", "order-reviews"] })
  qc.invalidateQueries({ queryKey: ["orders"] })
}

// ---------- accounts ----------

/**
 * Every approved (or suspended) dealer's account. The API returns them all in one answer, so the
 * overdue tab, its count and paging are worked out in the browser from this one list.
 */
export function useCreditAccounts(q: string) {
  return useQuery({
    queryKey: keys.list(q),
    queryFn: () =>
      apiFetch<CreditAccountListResponse>(`/admin/credit-accounts${q ? `?q=${encodeURIComponent(q)}` : ""}`),
    placeholderData: keepPreviousData,
    retry: retryUnless404,
  })
}

export function useCreditAccount(dealerId: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.detail(dealerId ?? ""),
    queryFn: () => apiFetch<CreditAccountDetail>(`/admin/credit-accounts/${dealerId}`),
    enabled: !!dealerId && (options.enabled ?? true),
    retry: retryUnless404,
  })
}

export function useRecordRepayment(dealerId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: RepaymentInput) =>
      apiFetch<unknown>(`/admin/credit-accounts/${dealerId}/repayments`, { method: "POST", body }),
    onSettled: () => invalidateMoney(qc),
  })
}

export function useAdjustCredit(dealerId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: AdjustmentInput) =>
      apiFetch<unknown>(`/admin/credit-accounts/${dealerId}/adjustments`, { method: "POST", body }),
    onSettled: () => invalidateMoney(qc),
  })
}

/**
 * Order numbers (#1042) for the order ids the ledger names; the credit API only carries ids.
 * Unknown or deleted orders are simply missing from the map.
 */
export function useOrderNumbers(orderIds: (string | null | undefined)[]) {
  const ids = [...new Set(orderIds.filter((x): x is string => !!x))].sort()
  return useQuery({
    queryKey: keys.orderNumbers(ids),
    queryFn: async () => {
      const map = new Map<string, number>()
      // The list route takes `id[]`; chunks keep the URL short for dealers with long histories.
      for (let i = 0; i < ids.length; i += 50) {
        const chunk = ids.slice(i, i + 50)
        const query = chunk.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")
        const r = await apiFetch<{ orders: { id: string; display_id: number }[] }>(
          `/admin/orders?${query}&fields=id,display_id&limit=${chunk.length}`
        )
        for (const o of r.orders) map.set(o.id, o.display_id)
      }
      return map
    },
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
  })
}

// ---------- payment slips ----------

export type SlipListParams = { status: SlipTab; limit: number; offset: number }

function listSlips(p: SlipListParams) {
  return apiFetch<SlipListResponse>(`/admin/payment-slips?status=${p.status}&limit=${p.limit}&offset=${p.offset}`)
}

export function usePaymentSlips(params: SlipListParams) {
  return useQuery({
    queryKey: keys.slipList(params),
    queryFn: () => listSlips(params),
    placeholderData: keepPreviousData,
    retry: retryUnless404,
    // A working queue: pick up new uploads and colleagues' decisions.
    refetchInterval: 60_000,
  })
}

/** Count for a status tab: a one-row page is enough because the API returns the total. */
export function usePaymentSlipCount(status: SlipTab) {
  return useQuery({
    queryKey: keys.slipCount(status),
    queryFn: () => listSlips({ status, limit: 1, offset: 0 }).then((r) => r.count),
    staleTime: 30_000,
    retry: retryUnless404,
  })
}

export function useDecideSlip() {
  const qc = useQueryClient()
  return useMutation({
    // apiFetch keeps the error's `code` (slip_decided).
    mutationFn: ({ slip, decision, reason }: { slip: PaymentSlip; decision: "confirm" | "reject"; reason?: string }) =>
      apiFetch<{ slip: PaymentSlip }>(`/admin/payment-slips/${slip.id}/${decision}`, {
        method: "POST",
        body: decision === "reject" ? { reason } : {},
      }),
    // Refresh on failure too: a 409 means a colleague decided first, so show the real state.
    onSettled: () => invalidateMoney(qc),
  })
}

/**
 * The slip image or PDF sits behind the staff session, so it cannot be a plain <img src>: fetch it
 * with the session cookie. The file never changes, so one download serves the thumbnail and the preview.
 */
export function useSlipFile(slip: Pick<PaymentSlip, "id" | "file_url">, enabled = true) {
  return useQuery({
    queryKey: keys.slipFile(slip.id),
    queryFn: async () => {
      const res = await fetch(backendUrl(slip.file_url), { credentials: "include" })
      if (!res.ok) throw Object.assign(new Error(res.statusText), { status: res.status })
      return res.blob()
    },
    enabled,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: retryUnless404,
  })
}

/** An object URL for a blob, revoked when the blob changes or the component goes away. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>()
  useEffect(() => {
    if (!blob) {
      setUrl(undefined)
      return
    }
    const next = URL.createObjectURL(blob)
    setUrl(next)
    return () => URL.revokeObjectURL(next)
  }, [blob])
  return url
}

// ---------- settings ----------

export function useCreditSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => apiFetch<{ settings: CreditSettings }>("/admin/credit-settings").then((r) => r.settings),
    retry: retryUnless404,
  })
}

export function useSaveCreditSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<CreditSettings>) =>
      apiFetch<{ settings: CreditSettings }>("/admin/credit-settings", { method: "POST", body }).then((r) => r.settings),
    onSuccess: (settings) => qc.setQueryData(keys.settings, settings),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.settings }),
  })
}
