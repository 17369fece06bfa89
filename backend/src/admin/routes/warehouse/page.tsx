import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray, MapPin, TruckFast } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { DealerSearch } from "../../components/dealers/dealer-search"
import { EmptyState } from "../../components/dealers/empty-state"
import { ImportDrawer } from "../../components/logistics/import-drawer"
import { ShipDrawer } from "../../components/logistics/ship-drawer"
import { ShipmentDrawer } from "../../components/logistics/shipment-drawer"
import { StageTabs } from "../../components/logistics/stage-tabs"
import { WarehouseTable } from "../../components/logistics/warehouse-table"
import { errorMessage } from "../../lib/dealers"
import { useMarkProgress, useWarehouseOrders } from "../../lib/logistics"
import { Shipment, WAREHOUSE_STAGES, WarehouseOrder, WarehouseStage } from "../../lib/logistics-types"

const PAGE_SIZE = 20

function parseStage(v: string | null): WarehouseStage {
  return WAREHOUSE_STAGES.find((s) => s === v) ?? "to_pick"
}

const WarehousePage = () => {
  const { t } = useTranslation()
  // Tab, search and page live in the URL so "back" from the pick list returns to the same view.
  const [params, setParams] = useSearchParams()
  const stage = parseStage(params.get("stage"))
  const q = params.get("q") ?? ""
  const pageIndex = Math.max(0, Number(params.get("page") ?? 1) - 1 || 0)
  const update = useCallback(
    (patch: Record<string, string | undefined>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v)
          else next.delete(k)
        }
        return next
      })
    },
    [setParams]
  )
  const onSearch = useCallback((next: string) => update({ q: next, page: undefined }), [update])

  const { data, isLoading, error } = useWarehouseOrders({ stage, q: q || undefined, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const mark = useMarkProgress()
  const [busyId, setBusyId] = useState<string | null>(null)
  // Kept after closing so the drawer does not go blank during its closing animation.
  const [shipping, setShipping] = useState<WarehouseOrder | null>(null)
  const [shipOpen, setShipOpen] = useState(false)
  const [importOpen, setImportOpen] = useState(false)
  const [tracking, setTracking] = useState<Shipment | null>(null)
  const [trackingOpen, setTrackingOpen] = useState(false)

  const onMark = async (order: WarehouseOrder, step: "picked" | "packed") => {
    setBusyId(order.id)
    try {
      await mark.mutateAsync({ orderId: order.id, step })
      toast.success(t(`dealermall.logistics.marked.${step}`, { order: order.display_id }))
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) })
    } finally {
      setBusyId(null)
    }
  }
  const onShip = (order: WarehouseOrder) => {
    setShipping(order)
    setShipOpen(true)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("dealermall.logistics.warehouse.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.logistics.warehouse.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/shipments">
              <MapPin />
              {t("dealermall.logistics.shipments.title")}
            </Link>
          </Button>
          <Button size="small" variant="secondary" onClick={() => setImportOpen(true)} data-testid="import-open">
            <ArrowUpTray />
            {t("dealermall.logistics.import.open")}
          </Button>
        </div>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        <StageTabs value={stage} q={q} onChange={(s) => update({ stage: s === "to_pick" ? undefined : s, page: undefined })} />
        <DealerSearch value={q} onChange={onSearch} placeholder={t("dealermall.logistics.warehouse.searchPlaceholder")} />
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {Array.from({ length: 5 }).map((_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      ) : error || !data ? (
        <EmptyState error title={t("dealermall.logistics.loadError")} description={errorMessage(error, "")} />
      ) : data.orders.length === 0 ? (
        <EmptyState
          title={t(q ? "dealermall.logistics.warehouse.emptySearch" : `dealermall.logistics.warehouse.empty.${stage}`, { q })}
        />
      ) : (
        <WarehouseTable
          orders={data.orders}
          count={data.count}
          pageSize={PAGE_SIZE}
          pageIndex={pageIndex}
          onPageChange={(i) => update({ page: i > 0 ? String(i + 1) : undefined })}
          busyId={busyId}
          onMark={onMark}
          onShip={onShip}
          onOpenShipment={(s) => {
            setTracking(s)
            setTrackingOpen(true)
          }}
        />
      )}
      <ShipDrawer order={shipping} open={shipOpen} onOpenChange={setShipOpen} />
      <ImportDrawer open={importOpen} onOpenChange={setImportOpen} />
      <ShipmentDrawer shipment={tracking} open={trackingOpen} onOpenChange={setTrackingOpen} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "dealermall.nav.warehouse",
  translationNs: "translation",
  icon: TruckFast,
})

export const handle = {
  breadcrumb: () => <WarehouseCrumb />,
}

const WarehouseCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.logistics.warehouse.title")}</>
}

export default WarehousePage
