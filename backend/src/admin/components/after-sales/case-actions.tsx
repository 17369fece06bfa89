import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useCaseAction } from "../../lib/after-sales"
import { AfterSalesCase, CaseAction } from "../../lib/after-sales-types"
import { useFormatters } from "../../lib/locale"
import { useMoneyToast } from "../credit/use-money-toast"
import { NoteDrawer } from "./note-drawer"
import { ReceiveDrawer } from "./receive-drawer"

type Open = "accept" | "reject" | "complete" | "receive" | "receiveGoods" | null

// These mean a colleague moved the case first: the form can no longer succeed, so it closes.
const STALE = ["case_not_open", "case_not_accepted"]

/** The next step the case's status allows; the server checks again under its lock. */
export const CaseActions = ({ data }: { data: AfterSalesCase }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const mutation = useCaseAction(data.id)
  const run = useMoneyToast()
  const [open, setOpen] = useState<Open>(null)
  const busy = mutation.isPending
  const order = data.display_id ?? ""
  const company = data.dealer?.company_name ?? ""

  const send = async (input: CaseAction, success: string) => {
    const { ok, code } = await run(() => mutation.mutateAsync(input), success)
    if (ok || STALE.includes(code ?? "")) setOpen(null)
  }
  const drawer = (key: Exclude<Open, null>) => ({ open: open === key, onOpenChange: (o: boolean) => setOpen(o ? key : null), busy })

  if (data.status === "requested") {
    return (
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" onClick={() => setOpen("reject")} data-testid="case-reject">
          {t("dealermall.afterSales.actions.reject")}
        </Button>
        <Button size="small" onClick={() => setOpen("accept")} data-testid="case-accept">
          {t("dealermall.afterSales.actions.accept")}
        </Button>
        <NoteDrawer
          {...drawer("accept")}
          title={t("dealermall.afterSales.accept.title")}
          description={t(`dealermall.afterSales.accept.${data.kind === "return" ? "descriptionReturn" : "description"}`, { id: order, company })}
          label={t("dealermall.afterSales.noteOptional")}
          submitText={t("dealermall.afterSales.actions.accept")}
          onSubmit={(note) => send({ action: "accept", ...(note ? { note } : {}) }, t("dealermall.afterSales.done.accepted"))}
        />
        <NoteDrawer
          {...drawer("reject")}
          required
          danger
          title={t("dealermall.afterSales.reject.title")}
          description={t("dealermall.afterSales.reject.description", { id: order, company })}
          label={t("dealermall.afterSales.reject.label")}
          placeholder={t("dealermall.afterSales.reject.placeholder")}
          submitText={t("dealermall.afterSales.actions.reject")}
          onSubmit={(reason) => send({ action: "reject", reason }, t("dealermall.afterSales.done.rejected"))}
        />
      </div>
    )
  }

  if (data.status === "accepted" && data.kind === "return") {
    return (
      <>
        <Button size="small" onClick={() => setOpen("receive")} data-testid="case-receive">
          {t("dealermall.afterSales.actions.receive")}
        </Button>
        <ReceiveDrawer
          {...drawer("receive")}
          data={data}
          onSubmit={(input) =>
            send(
              { action: "receive", ...input },
              input.refund_amount === undefined
                ? t("dealermall.afterSales.done.receivedDefault")
                : t("dealermall.afterSales.done.received", { amount: formatMoney(input.refund_amount) })
            )
          }
        />
      </>
    )
  }

  // An exchange or repair: the dealer's units come back into stock (no money), then staff complete it.
  const canReceiveGoods = data.status === "accepted" && !!data.return_id
  if (data.status === "accepted" || data.status === "received") {
    return (
      <>
        {canReceiveGoods && (
          <Button size="small" variant="secondary" onClick={() => setOpen("receiveGoods")} data-testid="case-receive-goods">
            {t("dealermall.afterSales.actions.receiveGoods")}
          </Button>
        )}
        <NoteDrawer
          {...drawer("receiveGoods")}
          title={t("dealermall.afterSales.receiveGoods.title")}
          description={t("dealermall.afterSales.receiveGoods.description", { id: order, company })}
          label={t("dealermall.afterSales.noteOptional")}
          submitText={t("dealermall.afterSales.actions.receiveGoods")}
          onSubmit={(note) => send({ action: "receive", refund_amount: 0, ...(note ? { note } : {}) }, t("dealermall.afterSales.done.receivedGoods"))}
        />
        <Button size="small" onClick={() => setOpen("complete")} data-testid="case-complete">
          {t("dealermall.afterSales.actions.complete")}
        </Button>
        <NoteDrawer
          {...drawer("complete")}
          title={t("dealermall.afterSales.complete.title")}
          description={t(`dealermall.afterSales.complete.${data.kind}`, { id: order, company })}
          label={t("dealermall.afterSales.complete.label")}
          placeholder={t("dealermall.afterSales.complete.placeholder")}
          submitText={t("dealermall.afterSales.actions.complete")}
          onSubmit={(note) => send({ action: "complete", ...(note ? { note } : {}) }, t("dealermall.afterSales.done.completed"))}
        />
      </>
    )
  }

  return null
}
