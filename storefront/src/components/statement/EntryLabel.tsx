import { useTranslations } from "next-intl"
import { isEntryType } from "@/lib/credit/entries"

/** The ledger type in the reader's language (the Chinese labels match the backend's ENTRY_LABELS). */
export default function EntryLabel({ type }: { type: string }) {
  const t = useTranslations("Statement.types")
  return <>{isEntryType(type) ? t(type) : t("other")}</>
}
