import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { apiLanguageHeaders } from "./locale"
import {
  DecisionAction,
  ReviewDetail,
  ReviewListParams,
  ReviewListResponse,
  ReviewRule,
  ReviewRuleInput,
  ReviewStage,
  ReviewStageInput,
  StaffUser,
} from "./order-review-types"
import { sdk } from "./sdk"
import { apiFetch } from "./wholesale"

const keys = {
  all: ["dealermall", "order-reviews"] as const,
  list: (p: ReviewListParams) => [...keys.all, "list", p] as const,
  count: (status: ReviewListParams["status"], p: Omit<ReviewListParams, "status" | "offset" | "limit">) =>
    [...keys.all, "count", status, p] as const,
  detail: (orderId: string) => [...keys.all, "detail", orderId] as const,
  stages: ["dealermall", "review-stages"] as const,
  rules: ["dealermall", "review-rules"] as const,
  users: ["dealermall", "staff-users"] as const,
}

/** A missing route or review (404) will not appear on retry. */
const retryUnless404 = (failures: number, err: unknown) =>
  (err as { status?: number }).status !== 404 && failures < 2

function listReviews(p: ReviewListParams) {
  const query: Record<string, string | number> = { status: p.status, limit: p.limit, offset: p.offset }
  if (p.stage_id) query.stage_id = p.stage_id
  if (p.q) query.q = p.q
  if (p.min_age_hours) query.min_age_hours = p.min_age_hours
  return sdk.client.fetch<ReviewListResponse>("/admin/order-reviews", { query, headers: apiLanguageHeaders() })
}

export function useOrderReviews(params: ReviewListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => listReviews(params),
    // Keeps the table in place while the next page or filter loads instead of flashing empty.
    placeholderData: keepPreviousData,
    retry: retryUnless404,
    // The queue is a working list: pick up new orders and other reviewers' decisions.
    refetchInterval: 60_000,
  })
}

/** Count for a status tab: a one-row page is enough because the API returns the total. */
export function useOrderReviewCount(
  status: ReviewListParams["status"],
  filters: Omit<ReviewListParams, "status" | "offset" | "limit">
) {
  return useQuery({
    queryKey: keys.count(status, filters),
    queryFn: () => listReviews({ ...filters, status, limit: 1, offset: 0 }).then((r) => r.count),
    staleTime: 30_000,
    retry: retryUnless404,
  })
}

/** The review of one order; `null` when the order has none (404), e.g. orders placed outside the dealer checkout. */
export function useOrderReview(orderId: string | undefined) {
  return useQuery({
    queryKey: keys.detail(orderId ?? ""),
    queryFn: async () => {
      try {
        const r = await sdk.client.fetch<{ review: ReviewDetail }>(`/admin/order-reviews/${orderId}`, {
          headers: apiLanguageHeaders(),
        })
        return r.review
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null
        throw e
      }
    },
    enabled: !!orderId,
    retry: retryUnless404,
  })
}

export function useReviewDecision(orderId: string) {
  const qc = useQueryClient()
  return useMutation({
    // apiFetch keeps the error's `code` (review_closed, not_stage_reviewer).
    mutationFn: (body: { action: DecisionAction; reason?: string }) =>
      apiFetch<{ review: ReviewDetail }>(`/admin/order-reviews/${orderId}/decisions`, { method: "POST", body }),
    // Refresh on failure too: a 409 means someone else decided first, so show the real state.
    onSettled: () => {
      qc.invalidateQueries({ queryKey: keys.all })
      // The core order page (status, payment, activity) changes with the decision.
      qc.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}

// ---------- stages ----------

export function useReviewStages() {
  return useQuery({
    queryKey: keys.stages,
    queryFn: () =>
      sdk.client
        .fetch<{ stages: ReviewStage[] }>("/admin/review-stages", { headers: apiLanguageHeaders() })
        .then((r) => [...r.stages].sort((a, b) => a.rank - b.rank)),
    retry: retryUnless404,
  })
}

export function useSaveReviewStages() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (stages: ReviewStageInput[]) =>
      sdk.client
        .fetch<{ stages: ReviewStage[] }>("/admin/review-stages", {
          method: "POST",
          body: { stages },
          headers: apiLanguageHeaders(),
        })
        .then((r) => [...r.stages].sort((a, b) => a.rank - b.rank)),
    onSuccess: (stages) => qc.setQueryData(keys.stages, stages),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: keys.stages })
      // Stage names show in the queue and on order pages.
      qc.invalidateQueries({ queryKey: keys.all })
    },
  })
}

// ---------- auto-approval rules ----------

export function useReviewRules() {
  return useQuery({
    queryKey: keys.rules,
    queryFn: () =>
      sdk.client
        .fetch<{ rules: ReviewRule[] }>("/admin/review-rules", { headers: apiLanguageHeaders() })
        .then((r) => r.rules),
    retry: retryUnless404,
  })
}

export function useCreateReviewRule() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: ReviewRuleInput) =>
      sdk.client.fetch<{ rule: ReviewRule }>("/admin/review-rules", {
        method: "POST",
        body,
        headers: apiLanguageHeaders(),
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.rules }),
  })
}

export function useUpdateReviewRule() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<ReviewRuleInput> }) =>
      sdk.client.fetch<{ rule: ReviewRule }>(`/admin/review-rules/${id}`, {
        method: "POST",
        body,
        headers: apiLanguageHeaders(),
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.rules }),
  })
}

export function useDeleteReviewRule() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<unknown>(`/admin/review-rules/${id}`, { method: "DELETE", headers: apiLanguageHeaders() }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.rules }),
  })
}

// ---------- staff ----------

export function useStaffUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: () =>
      sdk.client
        .fetch<{ users: StaffUser[] }>("/admin/users", {
          query: { limit: 200, fields: "id,email,first_name,last_name" },
        })
        .then((r) => r.users),
    staleTime: 5 * 60_000,
  })
}

/** "张三" or "John Smith" from first/last name; the e-mail when there is no name. */
export function staffName(u: Pick<StaffUser, "email" | "first_name" | "last_name">): string {
  const first = (u.first_name ?? "").trim()
  const last = (u.last_name ?? "").trim()
  if (!first && !last) return u.email
  // Chinese names are written without a space.
  const cjk = /[\u3400-\u9fff]/.test(first + last)
  return cjk ? `${first}${last}` : [first, last].filter(Boolean).join(" ")
}
