import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { apiLanguageHeaders } from "./locale"
import { sdk } from "./sdk"
import {
  CustomerGroup,
  DealerActionInput,
  DealerDetail,
  DealerListParams,
  DealerListResponse,
  DealerStatus,
} from "./types"

const dealerKeys = {
  all: ["dealermall", "dealers"] as const,
  list: (p: DealerListParams) => [...dealerKeys.all, "list", p] as const,
  count: (status: DealerStatus | undefined, q: string | undefined) =>
    [...dealerKeys.all, "count", status ?? "all", q ?? ""] as const,
  detail: (id: string) => [...dealerKeys.all, "detail", id] as const,
}

function listDealers(p: DealerListParams) {
  const query: Record<string, string | number> = { limit: p.limit, offset: p.offset }
  if (p.status) query.status = p.status
  if (p.q) query.q = p.q
  return sdk.client.fetch<DealerListResponse>("/admin/dealers", {
    query,
    headers: apiLanguageHeaders(),
  })
}

export function useDealers(params: DealerListParams) {
  return useQuery({
    queryKey: dealerKeys.list(params),
    queryFn: () => listDealers(params),
    // Keeps the table in place while the next page or search loads instead of flashing empty.
    placeholderData: keepPreviousData,
  })
}

/** Count for a status tab: a one-row page is enough because the API returns the total. */
export function useDealerCount(status: DealerStatus | undefined, q: string | undefined) {
  return useQuery({
    queryKey: dealerKeys.count(status, q),
    queryFn: () => listDealers({ status, q, limit: 1, offset: 0 }).then((r) => r.count),
    staleTime: 30_000,
  })
}

export function useDealer(id: string | undefined) {
  return useQuery({
    queryKey: dealerKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client
        .fetch<{ dealer: DealerDetail }>(`/admin/dealers/${id}`, { headers: apiLanguageHeaders() })
        .then((r) => r.dealer),
    enabled: !!id,
    // A missing dealer will not appear on retry; answer "not found" at once.
    retry: (failures, err) => (err as { status?: number }).status !== 404 && failures < 2,
  })
}

export function useDealerAction(id: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: DealerActionInput) =>
      sdk.client.fetch<{ dealer: DealerDetail }>(`/admin/dealers/${id}/${input.action}`, {
        method: "POST",
        body: input.body,
        headers: apiLanguageHeaders(),
      }),
    // Refresh on failure too: a 409 means someone else moved the dealer, so show the real state.
    onSettled: () => qc.invalidateQueries({ queryKey: dealerKeys.all }),
  })
}

export function useCustomerGroups(enabled: boolean) {
  return useQuery({
    queryKey: ["dealermall", "customer-groups"],
    queryFn: () =>
      sdk.client
        .fetch<{ customer_groups: CustomerGroup[] }>("/admin/customer-groups", {
          query: { limit: 200, fields: "id,name", order: "name" },
        })
        .then((r) => r.customer_groups),
    enabled,
  })
}

/** The API's human message when there is one, else a generic fallback. */
export function errorMessage(err: unknown, fallback: string): string {
  if (err && typeof err === "object" && "message" in err) {
    const m = (err as { message?: unknown }).message
    if (typeof m === "string" && m.trim()) return m
  }
  return fallback
}
