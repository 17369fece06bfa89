import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { apiLanguageHeaders } from "./locale"
import { backendUrl, sdk } from "./sdk"
import { DealerDetail } from "./types"
import {
  ContractPrice,
  ImportReport,
  MatrixResponse,
  MatrixRowUpdate,
  Tier,
  TierInput,
  WholesaleSettings,
} from "./wholesale-types"

const keys = {
  tiers: ["dealermall", "tiers"] as const,
  matrix: ["dealermall", "price-matrix"] as const,
  contract: (dealerId: string) => ["dealermall", "contract-prices", dealerId] as const,
  settings: ["dealermall", "wholesale-settings"] as const,
  dealers: ["dealermall", "dealers"] as const,
}

/**
 * An API refusal with its whole JSON body: the price matrix and CSV import answer with lists of
 * per-row errors that the SDK's FetchError would drop (it keeps only the message).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    public status: number,
    public body: Record<string, unknown>
  ) {
    super(message)
  }
}

/** fetch with the staff session cookie that keeps the response body of errors. */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(backendUrl(path), {
    method: init.method ?? "GET",
    credentials: "include",
    headers: {
      accept: "application/json",
      ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      ...apiLanguageHeaders(),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) {
    const message = typeof data.message === "string" && data.message ? data.message : res.statusText
    throw new ApiError(message, res.status, data)
  }
  return data as T
}

// ---------- tiers ----------

export function useTiers(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.tiers,
    queryFn: () =>
      sdk.client
        .fetch<{ tiers: Tier[] }>("/admin/tiers", { headers: apiLanguageHeaders() })
        .then((r) => [...r.tiers].sort((a, b) => a.rank - b.rank)),
    enabled: options.enabled ?? true,
    // A missing route (404) will not appear on retry.
    retry: (failures, err) => (err as { status?: number }).status !== 404 && failures < 2,
  })
}

export function useCreateTier() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: TierInput) =>
      sdk.client.fetch<{ tier: Tier }>("/admin/tiers", { method: "POST", body, headers: apiLanguageHeaders() }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.tiers }),
  })
}

export function useUpdateTier() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TierInput }) =>
      sdk.client.fetch<{ tier: Tier }>(`/admin/tiers/${id}`, { method: "POST", body, headers: apiLanguageHeaders() }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: keys.tiers })
      // Tier names head the price matrix columns.
      qc.invalidateQueries({ queryKey: keys.matrix })
    },
  })
}

export function useDeleteTier() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<unknown>(`/admin/tiers/${id}`, { method: "DELETE", headers: apiLanguageHeaders() }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: keys.tiers })
      qc.invalidateQueries({ queryKey: keys.matrix })
    },
  })
}

export function useReorderTiers() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (ids: string[]) =>
      sdk.client.fetch<{ tiers: Tier[] }>("/admin/tiers/reorder", {
        method: "POST",
        body: { ids },
        headers: apiLanguageHeaders(),
      }),
    // Move the rows at once; the server's answer (or a refetch after a failure) settles it.
    onMutate: async (ids) => {
      await qc.cancelQueries({ queryKey: keys.tiers })
      const previous = qc.getQueryData<Tier[]>(keys.tiers)
      if (previous) {
        const byId = new Map(previous.map((t) => [t.id, t]))
        const next = ids.flatMap((id, i) => {
          const tier = byId.get(id)
          return tier ? [{ ...tier, rank: i }] : []
        })
        qc.setQueryData(keys.tiers, next)
      }
      return { previous }
    },
    onError: (_err, _ids, ctx) => {
      if (ctx?.previous) qc.setQueryData(keys.tiers, ctx.previous)
    },
    onSettled: () => {
      qc.invalidateQueries({ queryKey: keys.tiers })
      qc.invalidateQueries({ queryKey: keys.matrix })
    },
  })
}

export function useChangeDealerTier(dealerId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { tier_id: string; note?: string }) =>
      sdk.client.fetch<{ dealer: DealerDetail }>(`/admin/dealers/${dealerId}/tier`, {
        method: "POST",
        body,
        headers: apiLanguageHeaders(),
      }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: keys.dealers })
      qc.invalidateQueries({ queryKey: keys.tiers })
      qc.invalidateQueries({ queryKey: keys.contract(dealerId) })
    },
  })
}

// ---------- price matrix ----------

export type MatrixParams = { q?: string; offset: number; limit: number }

export function usePriceMatrix(params: MatrixParams) {
  return useQuery({
    queryKey: [...keys.matrix, params],
    queryFn: () => {
      const query: Record<string, string | number> = { offset: params.offset, limit: params.limit }
      if (params.q) query.q = params.q
      return sdk.client.fetch<MatrixResponse>("/admin/price-matrix", { query, headers: apiLanguageHeaders() })
    },
    placeholderData: keepPreviousData,
    retry: (failures, err) => (err as { status?: number }).status !== 404 && failures < 2,
  })
}

/** Saves rows all-or-nothing; a 400 `matrix_invalid` arrives as an ApiError whose body lists the errors. */
export function useSavePriceMatrix() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (rows: MatrixRowUpdate[]) =>
      apiFetch<{ updated: number }>("/admin/price-matrix", { method: "POST", body: { rows } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.matrix }),
  })
}

/** Dry runs and imports answer with a report; a refusal that carries one is returned as the report. */
export function useImportPriceMatrix() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: async ({ csv, dryRun }: { csv: string; dryRun: boolean }): Promise<ImportReport> => {
      try {
        const r = await apiFetch<Partial<ImportReport>>("/admin/price-matrix/import", {
          method: "POST",
          body: { csv, dry_run: dryRun },
        })
        return { applied: !!r.applied, rows: Number(r.rows ?? 0), errors: r.errors ?? [] }
      } catch (e) {
        if (e instanceof ApiError && Array.isArray(e.body.errors)) {
          return {
            applied: false,
            rows: Number(e.body.rows ?? 0),
            errors: e.body.errors as ImportReport["errors"],
          }
        }
        throw e
      }
    },
    onSuccess: (report) => {
      if (report.applied) qc.invalidateQueries({ queryKey: keys.matrix })
    },
  })
}

/** Downloads the CSV export with the session cookie and hands it to the browser as a file. */
export async function downloadPriceMatrixCsv(): Promise<void> {
  const res = await fetch(backendUrl("/admin/price-matrix/export"), {
    credentials: "include",
    headers: apiLanguageHeaders(),
  })
  if (!res.ok) {
    const data = (await res.json().catch(() => ({}))) as { message?: string }
    throw new ApiError(data.message || res.statusText, res.status, data)
  }
  const blob = await res.blob()
  const disposition = res.headers.get("content-disposition") ?? ""
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition)
  const name = match
    ? decodeURIComponent(match[1] ?? match[2])
    : `price-matrix-${new Date().toISOString().slice(0, 10)}.csv`
  const url = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

// ---------- contract prices ----------

export function useContractPrices(dealerId: string) {
  return useQuery({
    queryKey: keys.contract(dealerId),
    queryFn: () =>
      sdk.client
        .fetch<{ contract_prices: ContractPrice[] }>(`/admin/dealers/${dealerId}/contract-prices`, {
          headers: apiLanguageHeaders(),
        })
        .then((r) => r.contract_prices),
    retry: (failures, err) => (err as { status?: number }).status !== 404 && failures < 2,
  })
}

export function useUpsertContractPrice(dealerId: string) {
  const qc = useQueryClient()
  return useMutation({
    // apiFetch keeps the error's `code` (unknown_sku belongs on the SKU field).
    mutationFn: (price: { variant_id?: string; sku?: string; amount: number }) =>
      apiFetch<{ contract_prices: ContractPrice[] }>(`/admin/dealers/${dealerId}/contract-prices`, {
        method: "POST",
        body: { prices: [price] },
      }),
    onSuccess: (r) => qc.setQueryData(keys.contract(dealerId), r.contract_prices),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.contract(dealerId) }),
  })
}

export function useDeleteContractPrice(dealerId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (variantId: string) =>
      sdk.client.fetch<{ contract_prices: ContractPrice[] }>(
        `/admin/dealers/${dealerId}/contract-prices/${variantId}`,
        { method: "DELETE", headers: apiLanguageHeaders() }
      ),
    onSuccess: (r) => {
      if (Array.isArray(r?.contract_prices)) qc.setQueryData(keys.contract(dealerId), r.contract_prices)
    },
    onSettled: () => qc.invalidateQueries({ queryKey: keys.contract(dealerId) }),
  })
}

// ---------- settings ----------

// The contract does not fix the envelope; accept `{ settings }` or the bare object.
function unwrapSettings(r: unknown): WholesaleSettings {
  const o = (r ?? {}) as Record<string, unknown>
  const s = (o.settings ?? o.wholesale_settings ?? o) as Record<string, unknown>
  return {
    stock_display: s.stock_display === "exact" ? "exact" : "level",
    low_stock_threshold: Number(s.low_stock_threshold ?? 0),
  }
}

export function useWholesaleSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () =>
      sdk.client.fetch<unknown>("/admin/wholesale-settings", { headers: apiLanguageHeaders() }).then(unwrapSettings),
    retry: (failures, err) => (err as { status?: number }).status !== 404 && failures < 2,
  })
}

export function useSaveWholesaleSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: WholesaleSettings) =>
      sdk.client
        .fetch<unknown>("/admin/wholesale-settings", { method: "POST", body, headers: apiLanguageHeaders() })
        .then(unwrapSettings),
    onSuccess: (s) => qc.setQueryData(keys.settings, s),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.settings }),
  })
}
