import { ChevronDownMini } from "@medusajs/icons"
import { Button, DropdownMenu, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { downloadStatementPdf, recentBeijingMonths } from "../../lib/statement-pdf"

/** 对账单 PDF: pick one of the last twelve months and download the same PDF the dealer gets. */
export const StatementPdfMenu = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const download = async (month: string) => {
    setBusy(true)
    try {
      await downloadStatementPdf(dealerId, month)
    } catch (err) {
      toast.error(t("dealermall.credit.statementPdf.failed"), { description: errorMessage(err, "") })
    } finally {
      setBusy(false)
    }
  }
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <Button size="small" variant="secondary" isLoading={busy} data-testid="statement-pdf">
          {t("dealermall.credit.statementPdf.open")}
          <ChevronDownMini className="text-ui-fg-muted" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end" className="max-h-[320px] overflow-y-auto">
        <DropdownMenu.Label>{t("dealermall.credit.statementPdf.month")}</DropdownMenu.Label>
        {recentBeijingMonths().map((month) => (
          <DropdownMenu.Item key={month} onClick={() => download(month)} className="tabular-nums">
            {month}
          </DropdownMenu.Item>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
