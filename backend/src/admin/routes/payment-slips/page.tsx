import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard, Receipt } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Tabs, Text } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { RejectSlipDrawer, SlipPreviewDrawer } from "../../components/credit/slip-drawers"
import { SlipTable } from "../../components/credit/slip-table"
import { useSlipDecision } from "../../components/credit/use-slip-decision"
import { EmptyState } from "../../components/dealers/empty-state"
import { usePaymentSlipCount, usePaymentSlips } from "../../lib/credit"
import { PaymentSlip, SLIP_TABS, SlipTab } from "../../lib/credit-types"
import { errorMessage } from "../../lib/dealers"

const PAGE_SIZE = 20

function parseTab(v: string | null): SlipTab {
  return SLIP_TABS.find((s) => s === v) ?? "pending"
}

const TabCount = ({ status }: { status: SlipTab }) => {
  const { data } = usePaymentSlipCount(status)
  if (data === undefined) return null
  return (
    <Text
      as="span"
      size="xsmall"
      className={`ml-1 tabular-nums ${status === "pending" && data > 0 ? "text-ui-tag-orange-text" : "text-ui-fg-muted"}`}
    >
      {data}
    </Text>
  )
}

const PaymentSlipsPage = () => {
  const { t } = useTranslation()
  // The tab and page live in the URL so "back" from an order returns to the same view.
  const [params, setParams] = useSearchParams()
  const tab = parseTab(params.get("status"))
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

  const { data, isLoading, error } = usePaymentSlips({ status: tab, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const { confirm, reject, isPending } = useSlipDecision()

  // Kept after closing so the drawers do not go blank during their closing animation.
  const [preview, setPreview] = useState<PaymentSlip | null>(null)
  const [previewOpen, setPreviewOpen] = useState(false)
  const [rejecting, setRejecting] = useState<PaymentSlip | null>(null)
  const [rejectOpen, setRejectOpen] = useState(false)

  const openPreview = (slip: PaymentSlip) => {
    setPreview(slip)
    setPreviewOpen(true)
  }
  const openReject = (slip: PaymentSlip) => {
    setPreviewOpen(false)
    setRejecting(slip)
    setRejectOpen(true)
  }
  const doConfirm = async (slip: PaymentSlip) => {
    // Close the preview first: the prompt opens above the page, not inside the drawer.
    setPreviewOpen(false)
    await confirm(slip)
  }
  const doReject = async (slip: PaymentSlip, reason: string) => {
    const { ok, code } = await reject(slip, reason)
    // A slip a colleague already decided will not become rejectable: close on that refusal too.
    if (ok || code === "slip_decided") setRejectOpen(false)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("dealermall.slips.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.slips.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/credit-accounts">
            <CreditCard />
            {t("dealermall.credit.title")}
          </Link>
        </Button>
      </div>
      <div className="px-6 py-4">
        <Tabs value={tab} onValueChange={(v) => update({ status: v === "pending" ? undefined : v, page: undefined })}>
          <Tabs.List className="flex-wrap">
            {SLIP_TABS.map((s) => (
              <Tabs.Trigger key={s} value={s} data-testid={`slip-tab-${s}`}>
                {t(`dealermall.slips.tabs.${s}`)}
                <TabCount status={s} />
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {Array.from({ length: 4 }).map((_, i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : error || !data ? (
        <EmptyState error title={t("dealermall.slips.loadError")} description={errorMessage(error, "")} />
      ) : data.slips.length === 0 ? (
        <EmptyState
          title={t(tab === "pending" ? "dealermall.slips.empty.queueClear" : "dealermall.slips.empty.title")}
          description={t(tab === "pending" ? "dealermall.slips.empty.queueClearDescription" : "dealermall.slips.empty.description")}
        />
      ) : (
        <SlipTable
          slips={data.slips}
          tab={tab}
          count={data.count}
          pageSize={PAGE_SIZE}
          pageIndex={pageIndex}
          onPageChange={(i) => update({ page: i > 0 ? String(i + 1) : undefined })}
          onPreview={openPreview}
          onConfirm={doConfirm}
          onReject={openReject}
          busy={isPending}
        />
      )}
      <SlipPreviewDrawer
        slip={preview}
        open={previewOpen}
        onOpenChange={setPreviewOpen}
        onConfirm={doConfirm}
        onReject={openReject}
        busy={isPending}
      />
      <RejectSlipDrawer slip={rejecting} open={rejectOpen} onOpenChange={setRejectOpen} onSubmit={doReject} busy={isPending} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "dealermall.nav.paymentSlips",
  translationNs: "translation",
  icon: Receipt,
})

export const handle = {
  breadcrumb: () => <PaymentSlipsCrumb />,
}

const PaymentSlipsCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.slips.title")}</>
}

export default PaymentSlipsPage
