import { ArrowDownTray, ArrowUpTray } from "@medusajs/icons"
import { Alert, Button, Drawer, Text, toast } from "@medusajs/ui"
import { ChangeEvent, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useImportShipments } from "../../lib/logistics"
import { CSV_TEMPLATE } from "../../lib/logistics-format"
import { ImportReport } from "../../lib/logistics-types"
import { ImportReportTable } from "./import-report"

type Props = { open: boolean; onOpenChange: (open: boolean) => void }
type Checked = { file: File; report: ImportReport; final: boolean }

// BOM so Excel opens the template as UTF-8 (the carrier column may hold Chinese names).
const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${CSV_TEMPLATE}`)}`

// Inside Drawer.Content, which unmounts on close: each opening starts with no file.
const ImportForm = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const check = useImportShipments()
  const run = useImportShipments()
  const [checked, setChecked] = useState<Checked>()
  const [failure, setFailure] = useState<string>()

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = "" // choosing the same file again after fixing it must fire again
    if (!file) return
    setChecked(undefined)
    setFailure(undefined)
    check.mutate(
      { file, dryRun: true },
      {
        onSuccess: (report) => setChecked({ file, report, final: false }),
        onError: (err) => setFailure(errorMessage(err, t("dealermall.actions.failed"))),
      }
    )
  }

  const apply = () => {
    if (!checked) return
    run.mutate(
      { file: checked.file, dryRun: false },
      {
        onSuccess: (report) => {
          toast.success(t("dealermall.logistics.import.created", { count: report.created }))
          // Rows can still fail on the real run (e.g. a colleague shipped meanwhile): keep the report open then.
          if (report.rows.every((r) => r.ok)) onClose()
          else setChecked({ ...checked, report, final: true })
        },
        onError: (err) => setFailure(errorMessage(err, t("dealermall.actions.failed"))),
      }
    )
  }

  const rows = checked?.report.rows ?? []
  const good = rows.filter((r) => r.ok).length
  return (
    <div className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.logistics.import.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.logistics.import.description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.logistics.import.format")}{" "}
          <a href={templateHref} download="shipments-template.csv" className="text-ui-fg-interactive inline-flex items-center gap-x-1 hover:underline">
            <ArrowDownTray className="size-3.5" />
            {t("dealermall.logistics.import.template")}
          </a>
        </Text>
        <div className="flex items-center gap-x-3">
          <input ref={input} type="file" accept=".csv,text/csv" className="hidden" onChange={pick} data-testid="import-file" />
          <Button size="small" variant="secondary" type="button" onClick={() => input.current?.click()} isLoading={check.isPending}>
            <ArrowUpTray />
            {t(checked ? "dealermall.logistics.import.chooseAgain" : "dealermall.logistics.import.choose")}
          </Button>
          {checked && <Text size="small" className="truncate">{checked.file.name}</Text>}
        </div>
        {failure && <Alert variant="error">{failure}</Alert>}
        {checked && (
          <Alert variant={good === 0 ? "error" : good === rows.length ? "success" : "warning"} data-testid="import-summary">
            {rows.length === 0
              ? t("dealermall.logistics.import.noRows")
              : checked.final
                ? t("dealermall.logistics.import.finalSummary", { created: checked.report.created, bad: rows.length - good })
                : t("dealermall.logistics.import.checkSummary", { good, bad: rows.length - good })}
          </Alert>
        )}
        {rows.length > 0 && <ImportReportTable rows={rows} final={!!checked?.final} />}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={run.isPending}>
            {t(checked?.final ? "dealermall.logistics.import.close" : "dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        {!checked?.final && (
          <Button size="small" type="button" disabled={!checked || good === 0} isLoading={run.isPending} onClick={apply} data-testid="import-apply">
            {t("dealermall.logistics.import.apply", { count: good })}
          </Button>
        )}
      </Drawer.Footer>
    </div>
  )
}

/** CSV of tracking numbers: a dry run lists what each row would do, then the good rows ship. */
export const ImportDrawer = ({ open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content className="md:max-w-[640px]">
      <ImportForm onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
