import { ArrowDownTray, ArrowLeft, DocumentText } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams } from "react-router-dom"
import { EmptyState } from "../../../../components/dealers/empty-state"
import { PickListSheet } from "../../../../components/logistics/pick-list-sheet"
import { PrintPortal } from "../../../../components/logistics/print-portal"
import { errorMessage } from "../../../../lib/dealers"
import { usePickList } from "../../../../lib/logistics"
import { backendUrl } from "../../../../lib/sdk"

const PickListPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { data, isLoading, error } = usePickList(id)
  // Ticks made on screen are printed too, for a picker who checks off on a tablet and prints the rest.
  const [checked, setChecked] = useState<Set<string>>(new Set())
  const toggle = (key: string) =>
    setChecked((prev) => {
      const next = new Set(prev)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  // Back to the queue view the staff came from (its tab and search), else the queue itself.
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate("/warehouse"))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between gap-x-3 px-6 py-4">
        <div className="flex min-w-0 items-center gap-x-3">
          <IconButton size="small" variant="transparent" onClick={back} aria-label={t("dealermall.logistics.pickList.back")}>
            <ArrowLeft />
          </IconButton>
          <div className="min-w-0">
            <Heading level="h1">{t("dealermall.logistics.pickList.title")}</Heading>
            {data && (
              <Link to={`/orders/${data.order.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
                #{data.order.display_id}
              </Link>
            )}
          </div>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          {/* The server's A4 PDF, for printers that mangle browser printing; the staff cookie goes with the link. */}
          {data && (
            <Button size="small" variant="secondary" asChild>
              <a href={backendUrl(`/admin/warehouse/orders/${data.order.id}/pick-list/pdf`)} target="_blank" rel="noreferrer">
                <ArrowDownTray />
                {t("dealermall.logistics.pickList.pdf")}
              </a>
            </Button>
          )}
          <Button size="small" onClick={() => window.print()} disabled={!data} data-testid="print-pick-list">
            <DocumentText />
            {t("dealermall.logistics.pickList.print")}
          </Button>
        </div>
      </Container>
      <Container className="px-6 py-5">
        {isLoading ? (
          <div className="flex flex-col gap-y-2">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-8 w-full" />
            ))}
          </div>
        ) : error || !data ? (
          <EmptyState error title={t("dealermall.logistics.loadError")} description={errorMessage(error, "")} />
        ) : data.locations.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">{t("dealermall.logistics.pickList.empty")}</Text>
        ) : (
          <PickListSheet data={data} checked={checked} onToggle={toggle} />
        )}
      </Container>
      {data && (
        <PrintPortal>
          <PickListSheet data={data} checked={checked} paper />
        </PrintPortal>
      )}
    </div>
  )
}

export const handle = {
  breadcrumb: () => <PickListCrumb />,
}

const PickListCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.logistics.pickList.title")}</>
}

export default PickListPage
