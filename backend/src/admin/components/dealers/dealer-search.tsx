import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

type Props = { value: string; onChange: (q: string) => void; placeholder?: string }

/** Search box that waits for a pause in typing so each keystroke is not a request. */
export const DealerSearch = ({ value, onChange, placeholder }: Props) => {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(value)

  // Follow outside changes (back button, cleared filter).
  useEffect(() => setDraft(value), [value])

  useEffect(() => {
    const next = draft.trim()
    if (next === value) return
    const timer = setTimeout(() => onChange(next), 300)
    return () => clearTimeout(timer)
  }, [draft, value, onChange])

  return (
    <Input
      type="search"
      size="small"
      className="w-full lg:max-w-[360px]"
      placeholder={placeholder ?? t("dealermall.dealers.searchPlaceholder")}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
    />
  )
}
