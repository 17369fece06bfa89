import { Button, Drawer, InlineTip, Text, Textarea } from "@medusajs/ui"
import { FormEvent, ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { PaymentSlip } from "../../lib/credit-types"
import { useFormatters } from "../../lib/locale"
import { FormField } from "../dealers/form-field"
import { SlipPreview } from "./slip-file"
import { SlipKind } from "./slip-kind"
import { SlipStatusBadge } from "./slip-status-badge"
import { amountMismatch } from "./slip-table"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[120px_1fr] items-start gap-x-3 py-1.5">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small min-w-0 break-words">{children}</div>
  </div>
)

type PreviewProps = {
  slip: PaymentSlip | null
  open: boolean
  onOpenChange: (open: boolean) => void
  onConfirm: (slip: PaymentSlip) => void
  onReject: (slip: PaymentSlip) => void
  busy: boolean
}

/** The slip at full size next to what the dealer declared, with the decision buttons. */
export const SlipPreviewDrawer = ({ slip, open, onOpenChange, onConfirm, onReject, busy }: PreviewProps) => {
  const { t } = useTranslation()
  const { formatMoney, formatDateTime } = useFormatters()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="md:max-w-[640px]">
        {slip && (
          <>
            <Drawer.Header>
              <Drawer.Title>{t("dealermall.slips.previewTitle", { company: slip.dealer?.company_name ?? "" })}</Drawer.Title>
              <Drawer.Description>{t("dealermall.slips.previewDescription")}</Drawer.Description>
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
              <div className="flex flex-col">
                <Row label={t("dealermall.slips.columns.kind")}>
                  <SlipKind slip={slip} />
                </Row>
                <Row label={t("dealermall.slips.columns.amount")}>
                  <span className="txt-compact-medium-plus tabular-nums">{formatMoney(slip.amount)}</span>
                </Row>
                {slip.order && (
                  <Row label={t("dealermall.slips.orderTotalLabel")}>
                    <span className={`tabular-nums ${amountMismatch(slip) ? "text-ui-tag-orange-text" : ""}`}>
                      {formatMoney(slip.order.total)}
                    </span>
                  </Row>
                )}
                <Row label={t("dealermall.slips.columns.reference")}>
                  <span className="font-mono">{slip.reference_code}</span>
                </Row>
                <Row label={t("dealermall.slips.columns.payer")}>{slip.payer_name || "—"}</Row>
                <Row label={t("dealermall.slips.columns.uploadedAt")}>{formatDateTime(slip.created_at)}</Row>
                <Row label={t("dealermall.slips.columns.status")}>
                  <div className="flex flex-col gap-y-1">
                    <div className="flex items-center gap-x-2">
                      <SlipStatusBadge status={slip.status} />
                      {slip.decided_at && <span className="text-ui-fg-subtle">{formatDateTime(slip.decided_at)}</span>}
                    </div>
                    {slip.reason && <span className="text-ui-fg-subtle">{slip.reason}</span>}
                  </div>
                </Row>
              </div>
              {slip.status === "pending" && amountMismatch(slip) && (
                <InlineTip label={t("dealermall.reviewPanel.tip")} variant="warning">
                  {t("dealermall.slips.mismatchTip")}
                </InlineTip>
              )}
              <SlipPreview slip={slip} />
            </Drawer.Body>
            <Drawer.Footer>
              <Drawer.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  {t("dealermall.slips.close")}
                </Button>
              </Drawer.Close>
              {slip.status === "pending" && (
                <>
                  <Button size="small" variant="danger" disabled={busy} onClick={() => onReject(slip)}>
                    {t("dealermall.slips.actions.reject")}
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => onConfirm(slip)}>
                    {t("dealermall.slips.actions.confirm")}
                  </Button>
                </>
              )}
            </Drawer.Footer>
          </>
        )}
      </Drawer.Content>
    </Drawer>
  )
}

const RejectForm = ({
  slip,
  onSubmit,
  busy,
}: {
  slip: PaymentSlip
  onSubmit: (reason: string) => void
  busy: boolean
}) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const [text, setText] = useState("")
  const [error, setError] = useState<string>()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const value = text.trim()
    if (!value) {
      setError(t("dealermall.dialogs.errors.required"))
      return
    }
    onSubmit(value)
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.slips.reject.title")}</Drawer.Title>
        <Drawer.Description>
          {t("dealermall.slips.reject.description", {
            company: slip.dealer?.company_name ?? "",
            amount: formatMoney(slip.amount),
            code: slip.reference_code,
          })}
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <FormField id="slip-reject-reason" label={t("dealermall.slips.reject.label")} error={error}>
          <Textarea
            id="slip-reject-reason"
            rows={5}
            autoFocus
            maxLength={500}
            placeholder={t("dealermall.slips.reject.placeholder")}
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              setError(undefined)
            }}
            aria-invalid={!!error}
          />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={busy}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" variant="danger" isLoading={busy}>
          {t("dealermall.slips.actions.reject")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

// Content unmounts on close, so each opening starts with an empty reason.
export const RejectSlipDrawer = ({
  slip,
  open,
  onOpenChange,
  onSubmit,
  busy,
}: {
  slip: PaymentSlip | null
  open: boolean
  onOpenChange: (open: boolean) => void
  onSubmit: (slip: PaymentSlip, reason: string) => void
  busy: boolean
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>{slip && <RejectForm slip={slip} busy={busy} onSubmit={(reason) => onSubmit(slip, reason)} />}</Drawer.Content>
  </Drawer>
)
