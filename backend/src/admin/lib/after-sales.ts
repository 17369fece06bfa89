import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { AfterSalesCase, CaseAction, CaseListParams, CaseListResponse } from "./after-sales-types"
import { backendUrl } from "./sdk"
import { apiFetch } from "./wholesale"

const keys = {
  all: ["dealermall", "after-sales"] as const,
  list: (p: CaseListParams) => [...keys.all, "list", p] as const,
  detail: (id: string) => [...keys.all, "detail", id] as const,
  photo: (caseId: string, fileId: string) => ["dealermall", "after-sales-photo", caseId, fileId] as const,
}

/** A missing route or case (404) will not appear on retry. */
const retryUnless404 = (failures: number, err: unknown) =>
  (err as { status?: number }).status !== 404 && failures < 2

function listCases(p: CaseListParams) {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== "") q.set(k, String(v))
  return apiFetch<CaseListResponse>(`/admin/after-sales?${q}`)
}

export function useAfterSalesCases(params: CaseListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => listCases(params),
    placeholderData: keepPreviousData,
    retry: retryUnless404,
    // A working queue: pick up new requests and colleagues' decisions.
    refetchInterval: 60_000,
  })
}

/** Count for a status tab: a one-row page is enough because the API returns the total. */
export function useAfterSalesCount(params: Omit<CaseListParams, "limit" | "offset">) {
  return useQuery({
    queryKey: keys.list({ ...params, limit: 1, offset: 0 }),
    queryFn: () => listCases({ ...params, limit: 1, offset: 0 }).then((r) => r.count),
    staleTime: 30_000,
    retry: retryUnless404,
  })
}

export function useAfterSalesCase(id: string | undefined) {
  return useQuery({
    queryKey: keys.detail(id ?? ""),
    queryFn: () => apiFetch<{ case: AfterSalesCase }>(`/admin/after-sales/${id}`).then((r) => r.case),
    enabled: !!id,
    retry: retryUnless404,
  })
}

export function useCaseAction(id: string) {
  const qc = useQueryClient()
  return useMutation({
    // apiFetch keeps the refusal's `code` and `message` (case_not_open, reason_required, …).
    mutationFn: ({ action, ...body }: CaseAction) =>
      apiFetch<{ case: AfterSalesCase }>(`/admin/after-sales/${id}/${action}`, { method: "POST", body }),
    onSuccess: (r) => qc.setQueryData(keys.detail(id), r.case),
    // Refresh on failure too: a 409 means a colleague moved the case first, so show the real state.
    // A received return changes the order (return, refund) and the dealer's balance as well.
    onSettled: () => {
      qc.invalidateQueries({ queryKey: keys.all })
      qc.invalidateQueries({ queryKey: ["orders"] })
      qc.invalidateQueries({ queryKey: ["dealermall", "credit-accounts"] })
    },
  })
}

/**
 * A case photo sits behind the staff session, so it cannot be a plain <img src>: fetch it with the
 * session cookie. Photos never change, so one download serves the thumbnail and the large view.
 */
export function useCasePhoto(caseId: string, fileId: string) {
  return useQuery({
    queryKey: keys.photo(caseId, fileId),
    queryFn: async () => {
      const path = `/admin/after-sales/${caseId}/photos/${encodeURIComponent(fileId)}`
      const res = await fetch(backendUrl(path), { credentials: "include" })
      if (!res.ok) throw Object.assign(new Error(res.statusText), { status: res.status })
      return res.blob()
    },
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: retryUnless404,
  })
}
