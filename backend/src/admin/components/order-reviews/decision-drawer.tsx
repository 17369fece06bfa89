import { Button, Drawer, InlineTip, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { FormField } from "../dealers/form-field"
import { useDecide } from "./use-decide"

export type TextAction = "reject" | "request_changes"

type Props = {
  orderId: string
  displayId: number | string | null
  action: TextAction
  open: boolean
  onOpenChange: (open: boolean) => void
}

const DecisionForm = ({ orderId, displayId, action, onClose }: Omit<Props, "open" | "onOpenChange"> & { onClose: () => void }) => {
  const { t } = useTranslation()
  const { decide, isPending } = useDecide(orderId)
  const [text, setText] = useState("")
  const [error, setError] = useState<string>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const value = text.trim()
    if (!value) {
      setError(t("dealermall.dialogs.errors.required"))
      return
    }
    const ok = await decide(action, value, t(`dealermall.reviewPanel.done.${action}`, { id: displayId }))
    if (ok) onClose()
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t(`dealermall.reviewPanel.dialogs.${action}.title`, { id: displayId })}</Drawer.Title>
        <Drawer.Description>{t(`dealermall.reviewPanel.dialogs.${action}.description`)}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {action === "request_changes" && (
          <InlineTip label={t("dealermall.reviewPanel.tip")}>{t("dealermall.reviewPanel.editOrderHint")}</InlineTip>
        )}
        <FormField id="review-reason" label={t(`dealermall.reviewPanel.dialogs.${action}.label`)} error={error}>
          <Textarea
            id="review-reason"
            rows={5}
            autoFocus
            maxLength={1000}
            placeholder={t(`dealermall.reviewPanel.dialogs.${action}.placeholder`)}
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
          <Button size="small" variant="secondary" type="button" disabled={isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" variant={action === "reject" ? "danger" : "primary"} isLoading={isPending}>
          {t(`dealermall.reviewPanel.buttons.${action}`)}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

// Content unmounts on close, so each opening starts with an empty text box.
export const DecisionDrawer = ({ open, onOpenChange, ...rest }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <DecisionForm {...rest} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
