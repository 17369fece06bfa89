import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { daysSince } from "../../lib/locale"

/** Where an open charge stands against its due date (China calendar days). */
export const DueBadge = ({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) => {
  const { t } = useTranslation()
  const days = daysSince(dueAt)
  if (!dueAt || days === null) return <StatusBadge color="grey">{t("dealermall.credit.due.none")}</StatusBadge>
  // The server decides "overdue" (past the due instant); the day count is for reading.
  if (overdue) {
    // Past the due time but still the due day in China: not yet a whole day late.
    return (
      <StatusBadge color="red">
        {days <= 0 ? t("dealermall.credit.due.overdueToday") : t("dealermall.credit.daysOverdue", { count: days })}
      </StatusBadge>
    )
  }
  if (days === 0) return <StatusBadge color="orange">{t("dealermall.credit.due.today")}</StatusBadge>
  if (-days <= 7) return <StatusBadge color="orange">{t("dealermall.credit.due.soon", { count: -days })}</StatusBadge>
  return <StatusBadge color="green">{t("dealermall.credit.due.notYet", { count: -days })}</StatusBadge>
}
