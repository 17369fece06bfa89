import { Button, Drawer, Textarea } from "@medusajs/ui"
import { FormEvent, ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { FormField } from "../dealers/form-field"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  label: string
  placeholder?: string
  /** A rejection must say why (the dealer reads it); accepting or completing may add a note. */
  required?: boolean
  submitText: string
  danger?: boolean
  busy: boolean
  onSubmit: (text: string) => void
  children?: ReactNode
}

const NoteForm = ({ title, description, label, placeholder, required, submitText, danger, busy, onSubmit, children }: Omit<Props, "open" | "onOpenChange">) => {
  const { t } = useTranslation()
  const [text, setText] = useState("")
  const [error, setError] = useState<string>()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const value = text.trim()
    if (required && !value) {
      setError(t("dealermall.dialogs.errors.required"))
      return
    }
    onSubmit(value)
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Header>
        <Drawer.Title>{title}</Drawer.Title>
        <Drawer.Description>{description}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {children}
        <FormField id="case-note" label={label} error={error}>
          <Textarea
            id="case-note"
            rows={5}
            autoFocus
            maxLength={500}
            placeholder={placeholder}
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
        <Button size="small" type="submit" variant={danger ? "danger" : "primary"} isLoading={busy} data-testid="case-note-submit">
          {submitText}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

// Content unmounts on close, so each opening starts with an empty note.
export const NoteDrawer = ({ open, onOpenChange, ...rest }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <NoteForm {...rest} />
    </Drawer.Content>
  </Drawer>
)
