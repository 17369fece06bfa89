import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { apiLanguageHeaders } from "./locale"
import {
  Carrier,
  EventInput,
  ImportReport,
  LogisticsSettings,
  PickList,
  Shipment,
  ShipmentInput,
  ShipmentListParams,
  WarehouseListParams,
  WarehouseOrder,
  WarehouseStage,
} from "./logistics-types"
import { backendUrl } from "./sdk"
import { ApiError, apiFetch } from "./wholesale"

const keys = {
  warehouse: ["dealermall", "warehouse"] as const,
  queue: (p: WarehouseListParams) => [...keys.warehouse, "list", p] as const,
  count: (stage: WarehouseStage, q: string) => [...keys.warehouse, "count", stage, q] as const,
  pickList: (id: string) => [...keys.warehouse, "pick-list", id] as const,
  shipments: ["dealermall", "shipments"] as const,
  shipmentList: (p: ShipmentListParams) => [...keys.shipments, "list", p] as const,
  shipment: (id: string) => [...keys.shipments, "detail", id] as const,
  carriers: ["dealermall", "carriers"] as const,
  settings: ["dealermall", "logistics-settings"] as const,
}

/** A missing route or record (404) will not appear on retry. */
const retryUnless404 = (failures: number, err: unknown) =>
  (err as { status?: number }).status !== 404 && failures < 2

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ""
}

/** Shipping moves an order between queue tabs and adds shipments; the core order page shows fulfilments. */
function invalidateAll(qc: ReturnType<typeof useQueryClient>) {
  qc.invalidateQueries({ queryKey: keys.warehouse })
  qc.invalidateQueries({ queryKey: keys.shipments })
  qc.invalidateQueries({ queryKey: ["orders"] })
}

// ---------- carriers ----------

export function useCarriers() {
  return useQuery({
    queryKey: keys.carriers,
    queryFn: () => apiFetch<{ carriers: Carrier[] }>("/admin/carriers").then((r) => r.carriers),
    staleTime: Infinity,
    retry: retryUnless404,
  })
}

// ---------- warehouse queue ----------

const listQueue = (p: WarehouseListParams) =>
  apiFetch<{ orders: WarehouseOrder[]; count: number }>(`/admin/warehouse/orders${query(p)}`)

export function useWarehouseOrders(params: WarehouseListParams) {
  return useQuery({
    queryKey: keys.queue(params),
    queryFn: () => listQueue(params),
    placeholderData: keepPreviousData,
    retry: retryUnless404,
    // A working queue: pick up newly paid orders and colleagues' progress.
    refetchInterval: 60_000,
  })
}

/** Count for a stage tab: a one-row page is enough because the API returns the total. */
export function useWarehouseCount(stage: WarehouseStage, q: string) {
  return useQuery({
    queryKey: keys.count(stage, q),
    queryFn: () => listQueue({ stage, q: q || undefined, limit: 1, offset: 0 }).then((r) => r.count),
    staleTime: 30_000,
    retry: retryUnless404,
  })
}

export function usePickList(orderId: string | undefined) {
  return useQuery({
    queryKey: keys.pickList(orderId ?? ""),
    queryFn: () => apiFetch<PickList>(`/admin/warehouse/orders/${orderId}/pick-list`),
    enabled: !!orderId,
    retry: retryUnless404,
  })
}

export function useMarkProgress() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ orderId, step }: { orderId: string; step: "picked" | "packed" }) =>
      apiFetch<{ order: WarehouseOrder }>(`/admin/warehouse/orders/${orderId}/${step}`, { method: "POST", body: {} }),
    // Refresh on failure too: a 409 usually means a colleague moved the order first.
    onSettled: () => qc.invalidateQueries({ queryKey: keys.warehouse }),
  })
}

export function useCreateShipment(orderId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: ShipmentInput) =>
      apiFetch<{ shipment: Shipment }>(`/admin/warehouse/orders/${orderId}/shipments`, { method: "POST", body }),
    onSettled: () => invalidateAll(qc),
  })
}

/** Multipart upload: apiFetch only sends JSON. Errors keep their body like apiFetch's do. */
async function postImport(file: File, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData()
  form.append("file", file)
  form.append("dry_run", String(dryRun))
  const res = await fetch(backendUrl("/admin/warehouse/shipments/import"), {
    method: "POST",
    credentials: "include",
    headers: { accept: "application/json", ...apiLanguageHeaders() },
    body: form,
  })
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) {
    const message = typeof data.message === "string" && data.message ? data.message : res.statusText
    throw new ApiError(message, res.status, data)
  }
  return data as unknown as ImportReport
}

export function useImportShipments() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => postImport(file, dryRun),
    onSettled: (_data, _err, vars) => {
      if (!vars.dryRun) invalidateAll(qc)
    },
  })
}

// ---------- shipments ----------

export function useShipments(params: ShipmentListParams) {
  return useQuery({
    queryKey: keys.shipmentList(params),
    queryFn: () => apiFetch<{ shipments: Shipment[]; count: number }>(`/admin/shipments${query(params)}`),
    placeholderData: keepPreviousData,
    retry: retryUnless404,
    // Provider pushes move states in the background.
    refetchInterval: 60_000,
  })
}

export function useShipment(id: string | undefined) {
  return useQuery({
    queryKey: keys.shipment(id ?? ""),
    queryFn: () => apiFetch<{ shipment: Shipment }>(`/admin/shipments/${id}`).then((r) => r.shipment),
    enabled: !!id,
    retry: retryUnless404,
  })
}

export function useAddTrackingEvent(shipmentId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: EventInput) =>
      apiFetch<{ shipment: Shipment }>(`/admin/shipments/${shipmentId}/events`, { method: "POST", body }),
    // A delivered event also completes the core fulfilment and can move the warehouse queue.
    onSettled: () => invalidateAll(qc),
  })
}

// ---------- settings ----------

export function useLogisticsSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => apiFetch<{ settings: LogisticsSettings }>("/admin/logistics-settings").then((r) => r.settings),
    retry: retryUnless404,
  })
}

export function useSaveLogisticsSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<LogisticsSettings>) =>
      apiFetch<{ settings: LogisticsSettings }>("/admin/logistics-settings", { method: "POST", body }).then((r) => r.settings),
    onSuccess: (settings) => qc.setQueryData(keys.settings, settings),
  })
}
