import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { AfterSalesCase, refundCeiling } from "../../lib/after-sales-types"
import { useFormatters } from "../../lib/locale"
import { CasePhotoThumb } from "./case-photo"
import { PhotoViewer } from "./photo-viewer"

/** The lines the dealer asked about, with its problem, note and photos per line. */
export const CaseLines = ({ data }: { data: AfterSalesCase }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const [view, setView] = useState<{ title: string; photos: string[]; index: number } | null>(null)
  const col = (k: string) => t(`dealermall.afterSales.lineColumns.${k}`)
  const priced = data.lines.every((l) => l.unit_price != null && l.unit_price !== "")
  // Dealers' own requests carry no per-line problem (only receipt checks do): no empty column then.
  const hasIssue = data.lines.some((l) => l.issue)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("dealermall.afterSales.sections.lines")}</Heading>
        {priced && (
          <Text size="small" className="text-ui-fg-subtle tabular-nums">
            {t("dealermall.afterSales.linesValue", { amount: formatMoney(refundCeiling(data.lines)) })}
          </Text>
        )}
      </div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row className="[&_th]:whitespace-nowrap">
              <Table.HeaderCell>{col("title")}</Table.HeaderCell>
              <Table.HeaderCell>{col("sku")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{col("quantity")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{col("unitPrice")}</Table.HeaderCell>
              {hasIssue && <Table.HeaderCell>{col("issue")}</Table.HeaderCell>}
              <Table.HeaderCell>{col("note")}</Table.HeaderCell>
              <Table.HeaderCell>{col("photos")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.lines.map((l) => (
              <Table.Row key={l.line_item_id} data-testid="case-line" className="[&_td]:py-2 [&_td]:align-top">
                <Table.Cell className="min-w-[160px] max-w-[260px]">
                  <Text size="small" leading="compact" className="whitespace-normal break-words">
                    {l.title}
                  </Text>
                </Table.Cell>
                <Table.Cell className="font-mono txt-compact-small whitespace-nowrap">{l.sku || "—"}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{l.quantity}</Table.Cell>
                <Table.Cell className="text-right tabular-nums whitespace-nowrap">{formatMoney(l.unit_price)}</Table.Cell>
                {hasIssue && (
                  <Table.Cell className="whitespace-nowrap">
                    {l.issue ? t(`dealermall.afterSales.issues.${l.issue}`, { defaultValue: l.issue }) : "—"}
                  </Table.Cell>
                )}
                <Table.Cell className="min-w-[140px] max-w-[260px]">
                  <Text size="small" leading="compact" className="text-ui-fg-subtle whitespace-pre-line break-words">
                    {l.note || "—"}
                  </Text>
                </Table.Cell>
                <Table.Cell className="min-w-[124px]">
                  {l.photos?.length ? (
                    <div className="flex max-w-[228px] flex-wrap gap-1.5">
                      {l.photos.map((fileId, i) => (
                        <CasePhotoThumb key={fileId} caseId={data.id} fileId={fileId} onOpen={() => setView({ title: l.title, photos: l.photos!, index: i })} />
                      ))}
                    </div>
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">—</Text>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <PhotoViewer caseId={data.id} view={view} onChange={setView} />
    </Container>
  )
}
