import { ChevronDownMini } from "@medusajs/icons"
import { Button, DropdownMenu, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { staffName } from "../../lib/order-reviews"
import { StaffUser } from "../../lib/order-review-types"

type Props = {
  id: string
  users: StaffUser[] | undefined
  value: string[]
  onChange: (ids: string[]) => void
}

/** Several staff users from a checklist; none chosen means anyone may decide the stage. */
export const StaffPicker = ({ id, users, value, onChange }: Props) => {
  const { t } = useTranslation()
  const byId = new Map((users ?? []).map((u) => [u.id, u]))
  const names = value.map((uid) => {
    const u = byId.get(uid)
    return u ? staffName(u) : t("dealermall.reviewSettings.stages.unknownUser")
  })
  const label =
    names.length === 0
      ? t("dealermall.reviewSettings.stages.anyStaff")
      : names.length <= 2
        ? names.join("、")
        : t("dealermall.reviewSettings.stages.staffCount", { first: names.slice(0, 2).join("、"), count: names.length })

  const toggle = (uid: string, checked: boolean) =>
    onChange(checked ? [...value.filter((x) => x !== uid), uid] : value.filter((x) => x !== uid))

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <Button
          id={id}
          type="button"
          size="small"
          variant="secondary"
          className="w-full justify-between font-normal"
          aria-label={t("dealermall.reviewSettings.stages.reviewers")}
        >
          <span className={`truncate ${value.length === 0 ? "text-ui-fg-muted" : ""}`}>{label}</span>
          <ChevronDownMini className="text-ui-fg-muted shrink-0" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="start" className="max-h-[320px] min-w-[260px] overflow-y-auto">
        {!users ? (
          <Text size="small" className="text-ui-fg-subtle px-2 py-1.5">
            {t("dealermall.reviewSettings.stages.loadingUsers")}
          </Text>
        ) : (
          users.map((u) => (
            <DropdownMenu.CheckboxItem
              key={u.id}
              checked={value.includes(u.id)}
              onCheckedChange={(c) => toggle(u.id, c === true)}
              // Keep the menu open to pick several.
              onSelect={(e) => e.preventDefault()}
            >
              <span className="flex flex-col">
                <span>{staffName(u)}</span>
                {staffName(u) !== u.email && <span className="txt-compact-xsmall text-ui-fg-subtle">{u.email}</span>}
              </span>
            </DropdownMenu.CheckboxItem>
          ))
        )}
        {value.length > 0 && (
          <>
            <DropdownMenu.Separator />
            <DropdownMenu.Item onClick={() => onChange([])}>{t("dealermall.reviewSettings.stages.clearStaff")}</DropdownMenu.Item>
          </>
        )}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
