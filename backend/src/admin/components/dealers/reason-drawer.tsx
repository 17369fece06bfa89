import { Button, Drawer, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { DealerActionInput } from "../../lib/types"
import { FormField } from "./form-field"
import { useRunDealerAction } from "./use-action-toast"

export type ReasonAction = "reject" | "request-info" | "suspend" | "reinstate"

type Props = {
  dealerId: string
  action: ReasonAction
  open: boolean
  onOpenChange: (open: boolean) => void
}

const SUBMIT_LABEL: Record<ReasonAction, string> = {
  reject: "dealermall.actions.reject",
  "request-info": "dealermall.actions.requestInfo",
  suspend: "dealermall.actions.suspend",
  reinstate: "dealermall.actions.reinstate",
}

// The API names the text differently per action; only reinstating may go without one.
function toInput(action: ReasonAction, text: string): DealerActionInput {
  switch (action) {
    case "reject":
      return { action, body: { reason: text } }
    case "request-info":
      return { action, body: { message: text } }
    case "suspend":
      return { action, body: { reason: text } }
    case "reinstate":
      return { action, body: text ? { note: text } : {} }
  }
}

const ReasonForm = ({ dealerId, action, onClose }: { dealerId: string; action: ReasonAction; onClose: () => void }) => {
  const { t } = useTranslation()
  const { run, isPending } = useRunDealerAction(dealerId, onClose)
  const [text, setText] = useState("")
  const [error, setError] = useState<string>()
  const required = action !== "reinstate"
  const danger = action === "reject" || action === "suspend"

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const value = text.trim()
    if (required && !value) {
      setError(t("dealermall.dialogs.errors.required"))
      return
    }
    run(toInput(action, value))
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t(`dealermall.dialogs.${action}.title`)}</Drawer.Title>
        <Drawer.Description>{t(`dealermall.dialogs.${action}.description`)}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <FormField id="dealer-reason" label={t(`dealermall.dialogs.${action}.label`)} error={error}>
          <Textarea
            id="dealer-reason"
            rows={5}
            autoFocus
            maxLength={1000}
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
        <Button size="small" type="submit" variant={danger ? "danger" : "primary"} isLoading={isPending}>
          {t(SUBMIT_LABEL[action])}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

// Content unmounts on close, so each opening starts with an empty text box.
export const ReasonDrawer = ({ dealerId, action, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <ReasonForm dealerId={dealerId} action={action} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
