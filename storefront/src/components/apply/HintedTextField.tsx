import TextField from "@/components/auth/TextField"
import FieldHint from "./FieldHint"

type Props = Parameters<typeof TextField>[0] & { hint?: string; hintWarn?: boolean; wide?: boolean }

/** TextField plus a hint that screen readers read with the field (and its error, if any). */
export default function HintedTextField({ hint, hintWarn, wide, ...field }: Props) {
  const hintId = `${field.id}-hint`
  const describedBy = [field.error ? `${field.id}-error` : null, hint ? hintId : null].filter(Boolean).join(" ")
  return (
    <div className={`flex min-w-0 flex-col gap-1.5 ${wide ? "md:col-span-2" : ""}`} data-field={field.name}>
      <TextField {...field} aria-describedby={describedBy || undefined} />
      {hint && <FieldHint id={hintId} text={hint} warn={hintWarn} />}
    </div>
  )
}
