import { Hint, Label } from "@medusajs/ui"
import { ReactNode } from "react"

type Props = { id: string; label: string; error?: string; children: ReactNode }

export const FormField = ({ id, label, error, children }: Props) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {error && <Hint variant="error">{error}</Hint>}
  </div>
)
