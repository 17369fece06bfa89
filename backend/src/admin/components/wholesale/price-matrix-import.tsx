import { ArrowUpTray } from "@medusajs/icons"
import { Alert, Button, Drawer, Table, Text, toast } from "@medusajs/ui"
import { ChangeEvent, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useImportPriceMatrix } from "../../lib/wholesale"
import { ImportReport } from "../../lib/wholesale-types"

type Props = { open: boolean; onOpenChange: (open: boolean) => void; onApplied?: () => void }

type Checked = { name: string; csv: string; report: ImportReport }

// Inside Drawer.Content, which unmounts on close: each opening starts with no file.
const ImportForm = ({ onClose, onApplied }: { onClose: () => void; onApplied?: () => void }) => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const check = useImportPriceMatrix()
  const apply = useImportPriceMatrix()
  const [checked, setChecked] = useState<Checked>()
  const [failure, setFailure] = useState<string>()

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = "" // choosing the same file again after fixing it must fire again
    if (!file) return
    setChecked(undefined)
    setFailure(undefined)
    // The export carries a BOM for Excel; the text sent is plain UTF-8.
    const csv = (await file.text()).replace(/^\uFEFF/, "")
    check.mutate(
      { csv, dryRun: true },
      {
        onSuccess: (report) => setChecked({ name: file.name, csv, report }),
        onError: (err) => setFailure(errorMessage(err, t("dealermall.actions.failed"))),
      }
    )
  }

  const run = () => {
    if (!checked) return
    apply.mutate(
      { csv: checked.csv, dryRun: false },
      {
        onSuccess: (report) => {
          if (report.applied && report.errors.length === 0) {
            toast.success(t("dealermall.matrix.import.applied", { n: report.rows }))
            onApplied?.()
            onClose()
          } else {
            // Refused after all (the data changed since the check): show the new report.
            setChecked({ ...checked, report })
          }
        },
        onError: (err) => setFailure(errorMessage(err, t("dealermall.actions.failed"))),
      }
    )
  }

  const report = checked?.report
  const ok = !!report && report.errors.length === 0 && report.rows > 0

  return (
    <div className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.matrix.import.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.matrix.import.description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.matrix.import.format")}
        </Text>
        <div className="flex items-center gap-x-3">
          <input
            ref={input}
            type="file"
            accept=".csv,text/csv"
            className="hidden"
            onChange={pick}
            data-testid="import-file"
          />
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={() => input.current?.click()}
            isLoading={check.isPending}
          >
            <ArrowUpTray />
            {t(checked ? "dealermall.matrix.import.chooseAgain" : "dealermall.matrix.import.choose")}
          </Button>
          {checked && (
            <Text size="small" className="truncate">
              {checked.name}
            </Text>
          )}
        </div>
        {failure && <Alert variant="error">{failure}</Alert>}
        {report &&
          (report.errors.length === 0 ? (
            <Alert variant="success" data-testid="import-ok">
              {report.rows > 0
                ? t("dealermall.matrix.import.checkedOk", { n: report.rows })
                : t("dealermall.matrix.import.noRows")}
            </Alert>
          ) : (
            <div className="flex flex-col gap-y-3">
              <Alert variant="error" data-testid="import-errors">
                {t("dealermall.matrix.import.checkedErrors", { n: report.errors.length, rows: report.rows })}
              </Alert>
              <div className="overflow-x-auto rounded-lg border">
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell className="whitespace-nowrap">{t("dealermall.matrix.import.line")}</Table.HeaderCell>
                      <Table.HeaderCell>SKU</Table.HeaderCell>
                      <Table.HeaderCell className="whitespace-nowrap">{t("dealermall.matrix.import.column")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("dealermall.matrix.import.message")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {report.errors.map((e, i) => (
                      <Table.Row key={i} data-testid="import-error-row">
                        <Table.Cell className="whitespace-nowrap tabular-nums">{e.line}</Table.Cell>
                        <Table.Cell className="whitespace-nowrap font-mono">{e.sku || "—"}</Table.Cell>
                        <Table.Cell className="whitespace-nowrap">{e.column || "—"}</Table.Cell>
                        <Table.Cell className="whitespace-normal">{e.message}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </div>
          ))}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={apply.isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="button" disabled={!ok} isLoading={apply.isPending} onClick={run}>
          {t("dealermall.actions.apply")}
        </Button>
      </Drawer.Footer>
    </div>
  )
}

/** CSV import: a dry run first lists every problem; applying is all-or-nothing on the server. */
export const PriceMatrixImport = ({ open, onOpenChange, onApplied }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <ImportForm onClose={() => onOpenChange(false)} onApplied={onApplied} />
    </Drawer.Content>
  </Drawer>
)
