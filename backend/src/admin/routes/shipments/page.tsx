import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin, TruckFast } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { DealerSearch } from "../../components/dealers/dealer-search"
import { EmptyState } from "../../components/dealers/empty-state"
import { CarrierFilter } from "../../components/logistics/carrier-filter"
import { ReceiptSettingsButton } from "../../components/logistics/receipt-settings"
import { ShipmentDrawer } from "../../components/logistics/shipment-drawer"
import { ShipmentsTable } from "../../components/logistics/shipments-table"
import { StateTab, StateTabs } from "../../components/logistics/state-tabs"
import { errorMessage } from "../../lib/dealers"
import { useShipments } from "../../lib/logistics"
import { SHIPMENT_STATES, Shipment } from "../../lib/logistics-types"

const PAGE_SIZE = 20

function parseState(v: string | null): StateTab {
  return SHIPMENT_STATES.find((s) => s === v) ?? "all"
}

const ShipmentsPage = () => {
  const { t } = useTranslation()
  // Filters live in the URL: the warehouse queue links here with ?q=<order number>.
  const [params, setParams] = useSearchParams()
  const state = parseState(params.get("state"))
  const q = params.get("q") ?? ""
  const carrier = params.get("carrier") || undefined
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

  const { data, isLoading, error } = useShipments({
    state: state === "all" ? undefined : state,
    carrier_code: carrier,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  // Kept after closing so the drawer does not go blank during its closing animation.
  const [selected, setSelected] = useState<Shipment | null>(null)
  const [open, setOpen] = useState(false)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("dealermall.logistics.shipments.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.logistics.shipments.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ReceiptSettingsButton />
          <Button size="small" variant="secondary" asChild>
            <Link to="/warehouse">
              <TruckFast />
              {t("dealermall.logistics.warehouse.title")}
            </Link>
          </Button>
        </div>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        <StateTabs value={state} q={q} carrier={carrier} onChange={(s) => update({ state: s === "all" ? undefined : s, page: undefined })} />
        <div className="flex flex-col gap-2 md:flex-row md:items-center">
          <DealerSearch value={q} onChange={onSearch} placeholder={t("dealermall.logistics.shipments.searchPlaceholder")} />
          <CarrierFilter value={carrier} onChange={(c) => update({ carrier: c, page: undefined })} />
        </div>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {Array.from({ length: 5 }).map((_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      ) : error || !data ? (
        <EmptyState error title={t("dealermall.logistics.loadError")} description={errorMessage(error, "")} />
      ) : data.shipments.length === 0 ? (
        <EmptyState
          title={t("dealermall.logistics.shipments.empty")}
          description={q ? t("dealermall.logistics.shipments.emptySearch", { q }) : undefined}
        />
      ) : (
        <ShipmentsTable
          shipments={data.shipments}
          count={data.count}
          pageSize={PAGE_SIZE}
          pageIndex={pageIndex}
          onPageChange={(i) => update({ page: i > 0 ? String(i + 1) : undefined })}
          onOpen={(s) => {
            setSelected(s)
            setOpen(true)
          }}
        />
      )}
      <ShipmentDrawer shipment={selected} open={open} onOpenChange={setOpen} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "dealermall.nav.shipments",
  translationNs: "translation",
  icon: MapPin,
})

export const handle = {
  breadcrumb: () => <ShipmentsCrumb />,
}

const ShipmentsCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.logistics.shipments.title")}</>
}

export default ShipmentsPage
