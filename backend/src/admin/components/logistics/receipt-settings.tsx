import { CogSixTooth } from "@medusajs/icons"
import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useLogisticsSettings, useSaveLogisticsSettings } from "../../lib/logistics"
import { parseCount } from "../../lib/numbers"
import { FormField } from "../dealers/form-field"

// Past a month a dealer's silence says nothing about the goods any more; the server has the final word.
const MAX_DAYS = 60

const SettingsForm = ({ initial, onClose }: { initial: number; onClose: () => void }) => {
  const { t } = useTranslation()
  const save = useSaveLogisticsSettings()
  const [days, setDays] = useState(String(initial))
  const [error, setError] = useState<string>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = parseCount(days, 1)
    if (!parsed.ok || parsed.value === null || parsed.value > MAX_DAYS) {
      setError(t("dealermall.logistics.settings.daysInvalid", { max: MAX_DAYS }))
      return
    }
    try {
      await save.mutateAsync({ auto_receipt_days: parsed.value })
      toast.success(t("dealermall.logistics.settings.saved"))
      onClose()
    } catch (err) {
      setError(errorMessage(err, t("dealermall.actions.failed")))
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.logistics.settings.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.logistics.settings.description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4">
        <FormField id="auto-receipt-days" label={t("dealermall.logistics.settings.days")} error={error}>
          <div className="flex items-center gap-x-2">
            <Input
              id="auto-receipt-days"
              size="small"
              inputMode="numeric"
              className="w-24 tabular-nums"
              value={days}
              onChange={(e) => {
                setDays(e.target.value)
                setError(undefined)
              }}
              aria-invalid={!!error}
            />
            <Text size="small">{t("dealermall.logistics.settings.daysUnit")}</Text>
          </div>
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">{t("dealermall.actions.cancel")}</Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={save.isPending}>{t("dealermall.actions.save")}</Button>
      </Drawer.Footer>
    </form>
  )
}

/** Header button showing the current auto-confirm period; opens a drawer to change it. */
export const ReceiptSettingsButton = () => {
  const { t } = useTranslation()
  const { data } = useLogisticsSettings()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)} disabled={!data} data-testid="logistics-settings">
        <CogSixTooth />
        {data ? t("dealermall.logistics.settings.button", { count: data.auto_receipt_days }) : t("dealermall.logistics.settings.title")}
      </Button>
      <Drawer open={open} onOpenChange={setOpen}>
        <Drawer.Content>{data && <SettingsForm initial={data.auto_receipt_days} onClose={() => setOpen(false)} />}</Drawer.Content>
      </Drawer>
    </>
  )
}
