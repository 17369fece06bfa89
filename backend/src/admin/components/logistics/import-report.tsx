import { Badge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ImportRow } from "../../lib/logistics-types"

/** Every CSV row with what happened (or would happen) to it; a bad row never stops the others. */
export const ImportReportTable = ({ rows, final }: { rows: ImportRow[]; final: boolean }) => {
  const { t } = useTranslation()
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="whitespace-nowrap">{t("dealermall.logistics.import.row")}</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap">{t("dealermall.logistics.columns.order")}</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap">{t("dealermall.logistics.import.result")}</Table.HeaderCell>
            <Table.HeaderCell>{t("dealermall.logistics.import.message")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.row} data-testid="import-row">
              <Table.Cell className="whitespace-nowrap tabular-nums">{r.row}</Table.Cell>
              <Table.Cell className="whitespace-nowrap tabular-nums">{r.order ? `#${r.order}`.replace(/^##/, "#") : "—"}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={r.ok ? "green" : "red"}>
                  {t(!r.ok ? "dealermall.logistics.import.failed" : final ? "dealermall.logistics.import.imported" : "dealermall.logistics.import.ok")}
                </Badge>
              </Table.Cell>
              <Table.Cell className="whitespace-normal">
                <Text size="small" leading="compact" className={r.ok ? "text-ui-fg-subtle" : ""}>
                  {r.message || (r.ok ? t(final ? "dealermall.logistics.import.shipped" : "dealermall.logistics.import.willShip") : r.code) || "—"}
                </Text>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
